using System;
using System.Linq;
using System.Threading;
using CxJourney.Emulator.Pipeline;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>One plug-in instance per step, built once and shared by every call and thread, as Dataverse caches it.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/develop-iplugin-implementations-stateless
public class ConcurrencyTests
{
    [Fact]
    public void Two_threads_calling_one_step_use_one_plug_in_instance()
    {
        LocalOrganization organization = PipelineFixtures.Organization("context");
        using var start = new Barrier(2);
        void Work(string name)
        {
            start.SignalAndWait();
            for (int i = 0; i < 5; i++) organization.GetService().Create(new Entity("account") { ["name"] = $"{name} {i}" });
        }
        var first = new Thread(() => Work("first"));
        var second = new Thread(() => Work("second"));
        first.Start();
        second.Start();
        first.Join();
        second.Join();

        var seen = Observations.For(organization.OrganizationId, "account-20");
        Assert.Equal(10, seen.Count);
        Assert.Single(seen.Select(o => o.InstanceId).Distinct());
        Assert.Equal(2, seen.Select(o => o.ThreadId).Distinct().Count());
        RegisteredStep step = organization.Plugins().Steps.Find(PipelineFixtures.StepId("c0000001", 10))!;
        Assert.Equal(1, step.InstancesCreated);
        Assert.Equal(10, organization.Count("account"));
    }

    [Fact]
    public void The_instance_is_built_on_first_use_and_reused_afterwards()
    {
        LocalOrganization organization = PipelineFixtures.Organization("context");
        RegisteredStep step = organization.Plugins().Steps.Find(PipelineFixtures.StepId("c0000001", 1))!;
        Assert.Equal(0, step.InstancesCreated);
        organization.GetService().Create(new Entity("contact") { ["lastname"] = "One" });
        organization.GetService().Create(new Entity("contact") { ["lastname"] = "Two" });
        Assert.Equal(1, step.InstancesCreated);
        Assert.Single(Observations.For(organization.OrganizationId, "create-10").Select(o => o.InstanceId).Distinct());
    }
}
