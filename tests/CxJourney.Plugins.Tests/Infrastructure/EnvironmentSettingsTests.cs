using System.Linq;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Tests.Infrastructure;

/// <summary>EnvironmentSettings against the organization the product import leaves: the definitions come from Solution/.</summary>
public class EnvironmentSettingsTests
{
    [Fact]
    public void A_fresh_organization_yields_the_shipped_defaults()
    {
        var organization = ProductOrganization.Create();

        var settings = EnvironmentSettings.Load(organization.GetService());

        Assert.Equal("CX Team", settings.Get(EnvironmentVariables.CxTeamQueue));
        Assert.Equal(FollowUpSettings.SolutionDefaultJson.Replace("\r\n", "\n"), settings.Get(EnvironmentVariables.FollowUpRules)!.Replace("\r\n", "\n"));
        Assert.Equal(FollowUpSettings.Default.Rules, FollowUpSettings.Parse(settings.Get(EnvironmentVariables.FollowUpRules)).Rules);
    }

    [Fact]
    public void A_value_row_overrides_the_shipped_default_and_leaves_one_definition()
    {
        var organization = ProductOrganization.Create();
        organization.SetEnvironmentVariable(EnvironmentVariables.CxTeamQueue, "Escalations");
        organization.SetEnvironmentVariable(EnvironmentVariables.CxTeamQueue, "Recovery desk");

        var settings = EnvironmentSettings.Load(organization.GetService());

        Assert.Equal("Recovery desk", settings.Get(EnvironmentVariables.CxTeamQueue));
        Assert.Single(organization.Query(Tables.EnvironmentVariableDefinition),
            d => d.GetAttributeValue<string>(EnvironmentVariableDefinitionColumns.SchemaName) == EnvironmentVariables.CxTeamQueue);
        Assert.Single(organization.Query(Tables.EnvironmentVariableValue));
    }

    [Fact]
    public void The_settings_copys_json_gives_back_every_value_exactly_and_refuses_what_it_did_not_write()
    {
        var values = new System.Collections.Generic.Dictionary<string, string?>
        {
            ["cx_A"] = "{ \"rules\": [ \"x\" ] }\r\n\twith \\ and \u0001 and é",
            ["cx_B"] = null,
            ["cx_C"] = "",
        };
        var json = EnvironmentSettings.From(values).ToJson();

        var back = EnvironmentSettings.FromJson(json)!;
        Assert.Equal(values["cx_A"], back.Get("cx_a"));
        Assert.Null(back.Get("cx_B"));
        Assert.Null(back.Get("cx_C"));
        Assert.Equal(json, back.ToJson());
        // A copy edited by hand into something else is no copy: the job reads the variables again.
        Assert.Null(EnvironmentSettings.FromJson("{ \"cx_A\": 3 }"));
        Assert.Null(EnvironmentSettings.FromJson("[]"));
        Assert.Null(EnvironmentSettings.FromJson("{ \"cx_A\": "));
        Assert.Null(EnvironmentSettings.FromJson(null));
    }
}
