using System;
using System.Linq;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>
/// "When update requests are processed that include both state/status fields plus other standard fields,
/// plug-ins registered for the Update message in PreOperation and/or PostOperation stages execute once for
/// all non-state/status fields, and then once for the state/status fields."
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior#for-plug-ins
public class StateSplitTests
{
    private readonly LocalOrganization _organization = PipelineFixtures.Organization("context");

    private Guid CreateAda() =>
        _organization.GetService().Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace" });

    private Observation[] Seen(string label) => Observations.For(_organization.OrganizationId, label).ToArray();

    [Fact]
    public void State_and_other_columns_run_pre_and_post_operation_twice_other_columns_first()
    {
        Guid id = CreateAda();

        _organization.GetService().Update(new Entity("contact", id)
        {
            ["lastname"] = "Byron",
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(2),
        });

        // update-40 has no filtering attributes: it runs for both parts, the other columns first.
        Observation[] post = Seen("update-40");
        Assert.Equal(2, post.Length);
        Assert.Equal(new[] { "lastname" }, post[0].Target!.Attributes.Keys.Where(k => k != "contactid").ToArray());
        Assert.Equal(new[] { "statecode", "statuscode" }, post[1].Target!.Attributes.Keys.Where(k => k != "contactid").Order().ToArray());

        // update-20 filters on firstname,lastname: each part is an Update event of its own, so only the first matches.
        Observation pre = Assert.Single(Seen("update-20"));
        Assert.Equal("Byron", pre.Target!.GetAttributeValue<string>("lastname"));

        Entity stored = _organization.Get("contact", id);
        Assert.Equal("Byron", stored.GetAttributeValue<string>("lastname"));
        Assert.Equal(1, stored.GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    [Fact]
    public void The_second_pass_sees_the_first_pass_s_write_in_its_pre_image()
    {
        Guid id = CreateAda();

        _organization.GetService().Update(new Entity("contact", id) { ["jobtitle"] = "Analyst", ["statecode"] = new OptionSetValue(1) });

        Observation[] post = Seen("update-40");
        Assert.Null(post[0].PreImages["pre"].GetAttributeValue<string>("jobtitle"));
        Assert.Equal(0, post[0].PreImages["pre"].GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal("Analyst", post[1].PreImages["pre"].GetAttributeValue<string>("jobtitle"));
        Assert.Equal(0, post[1].PreImages["pre"].GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    [Fact]
    public void An_update_of_other_columns_only_or_state_only_runs_once()
    {
        Guid id = CreateAda();

        _organization.GetService().Update(new Entity("contact", id) { ["jobtitle"] = "Analyst" });
        _organization.GetService().Update(new Entity("contact", id) { ["statecode"] = new OptionSetValue(1) });

        Assert.Equal(2, Seen("update-40").Length);
    }
}
