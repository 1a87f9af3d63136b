using System;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>
/// Plug-in trace logs follow the organization's setting: none when Off (the default), the failing runs
/// when Exception, every run when All; a failure's row stays although its operation rolled back.
/// https://learn.microsoft.com/power-apps/developer/data-platform/logging-tracing
/// </summary>
public sealed class PluginTraceLogTests
{
    private static LocalOrganization WithTracing(int setting)
    {
        LocalOrganization organization = PipelineFixtures.Organization("transactions");
        if (setting != 0)
        {
            Entity row = organization.Get("organization", organization.OrganizationId);
            organization.GetService().Update(new Entity("organization", row.Id) { ["plugintracelogsetting"] = new OptionSetValue(setting) });
        }
        return organization;
    }

    [Fact]
    public void Tracing_off_writes_no_trace_log()
    {
        LocalOrganization organization = WithTracing(0);
        Assert.ThrowsAny<Exception>(() => organization.GetService().Create(new Entity("account") { ["name"] = "fail-nested" }));

        Assert.Equal(0, organization.Count("plugintracelog"));
    }

    [Fact]
    public void Exception_tracing_keeps_the_failing_runs_row_after_the_rollback()
    {
        LocalOrganization organization = WithTracing(1);
        organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        Assert.Equal(0, organization.Count("plugintracelog"));

        Assert.ThrowsAny<Exception>(() => organization.GetService().Create(new Entity("account") { ["name"] = "fail-nested" }));

        Entity trace = organization.Query("plugintracelog").Single(t => t.GetAttributeValue<string>("exceptiondetails") is not null && t.GetAttributeValue<string>("typename")!.EndsWith("FailingPlugin", StringComparison.Ordinal));
        Assert.Equal("InvalidPluginExecutionException: contact refused", trace.GetAttributeValue<string>("exceptiondetails"));
        Assert.Equal("contact", trace.GetAttributeValue<string>("primaryentity"));
        Assert.Equal("Create", trace.GetAttributeValue<string>("messagename"));
        Assert.DoesNotContain(organization.Query("account"), a => a.GetAttributeValue<string>("name") == "fail-nested");
    }

    [Fact]
    public void All_tracing_writes_a_row_for_every_run()
    {
        LocalOrganization organization = WithTracing(2);
        organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });

        int runs = organization.Plugins().Log.StepRuns.Count;
        Assert.True(runs > 0);
        Assert.Equal(runs, organization.Count("plugintracelog"));
        Assert.All(organization.Query("plugintracelog"), t => Assert.Null(t.GetAttributeValue<string>("exceptiondetails")));
    }
}
