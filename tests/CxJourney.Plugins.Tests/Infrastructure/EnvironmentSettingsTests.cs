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
}
