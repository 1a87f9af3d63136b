using System;
using System.Linq;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Pipeline;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>A plug-in that triggers itself is stopped at the platform's depth limit, as Dataverse stops it.</summary>
// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.depth
// ("If the depth property increments to its maximum value ... the platform considers this behavior an infinite loop
//  and further plug-in or Workflow execution is aborted. The maximum depth (8) ...")
public class DepthTests
{
    private static Guid SeedAccount(LocalOrganization organization)
    {
        var account = new Entity("account", Guid.NewGuid()) { ["name"] = "Looping", ["numberofemployees"] = 0 };
        organization.Seed(account);
        return account.Id;
    }

    [Fact]
    public void A_recursion_is_stopped_at_the_depth_limit_and_everything_is_rolled_back()
    {
        LocalOrganization organization = PipelineFixtures.Organization("recursion");
        Guid id = SeedAccount(organization);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            organization.GetService().Update(new Entity("account", id) { ["numberofemployees"] = 1 }));

        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (SdkCorrelationTokenDepthTooHigh)
        Assert.Equal(unchecked((int)0x80044182), fault.Detail.ErrorCode);
        Assert.Equal(ErrorCodes.SdkCorrelationTokenDepthTooHigh, fault.Detail.ErrorCode);
        Assert.StartsWith("This workflow job was canceled because the workflow that started it included an infinite loop.", fault.Detail.Message);
        var runs = organization.Plugins().Log.RunsOf(typeof(RecursivePlugin));
        Assert.Equal(Enumerable.Range(1, 8), runs.Select(r => r.Depth));
        Assert.All(runs, r => Assert.Equal(StepOutcome.Failed, r.Outcome));
        Assert.Equal(0, organization.Get("account", id).GetAttributeValue<int>("numberofemployees"));
    }

    [Fact]
    public void A_plug_in_that_guards_on_depth_stops_itself()
    {
        LocalOrganization organization = PipelineFixtures.Organization("recursion-guarded");
        Guid id = SeedAccount(organization);
        organization.GetService().Update(new Entity("account", id) { ["numberofemployees"] = 1 });

        Assert.Equal(2, organization.Get("account", id).GetAttributeValue<int>("numberofemployees"));
        var runs = organization.Plugins().Log.RunsOf(typeof(RecursivePlugin));
        Assert.Equal(new[] { 1, 2 }, runs.Select(r => r.Depth));
        Assert.Equal(new[] { "depth 1" }, runs[0].Trace);
    }

    [Fact]
    public void The_depth_limit_is_a_setting()
    {
        LocalOrganization organization = PipelineFixtures.Organization("recursion", new PipelineSettings { MaxDepth = 3 });
        Guid id = SeedAccount(organization);
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            organization.GetService().Update(new Entity("account", id) { ["numberofemployees"] = 1 }));
        Assert.Equal(ErrorCodes.SdkCorrelationTokenDepthTooHigh, fault.Detail.ErrorCode);
        Assert.Equal(3, organization.Plugins().Log.RunsOf(typeof(RecursivePlugin)).Count);
    }

    [Fact]
    public void A_request_deeper_than_the_limit_that_runs_no_plug_in_is_allowed()
    {
        LocalOrganization organization = PipelineFixtures.Organization("recursion", new PipelineSettings { MaxDepth = 1 });
        Guid id = SeedAccount(organization);
        // numberofemployees is not in the update: the recursive step (filtered on it) does not run.
        organization.GetService().Update(new Entity("account", id) { ["name"] = "Renamed" });
        Assert.Equal("Renamed", organization.Get("account", id).GetAttributeValue<string>("name"));
    }
}
