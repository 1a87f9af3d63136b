using System;
using System.Linq;
using System.ServiceModel;
using CxJourney.Emulator;
using CxJourney.Emulator.Tests.Solution;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.LocalOrganizationApi;

/// <summary>An organization built from a solution folder holds its environment variables as an import leaves them.</summary>
public sealed class SolutionEnvironmentVariableTests
{
    private static LocalOrganization FromFixture(string fixture = "minimal")
        => LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = SolutionFixtures.Fixture(fixture), IdSeed = 5 });

    [Fact]
    public void Each_definition_of_the_solution_is_a_row_with_its_columns()
    {
        LocalOrganization org = FromFixture();

        Entity definition = Assert.Single(org.Query("environmentvariabledefinition"));
        Assert.Equal("cx_ScoreThreshold", definition["schemaname"]);
        Assert.Equal("Score threshold", definition["displayname"]);
        Assert.Equal("Score below which a follow-up is created", definition["description"]);
        Assert.Equal(100000001, definition.GetAttributeValue<OptionSetValue>("type")!.Value);
        Assert.Equal("70", definition["defaultvalue"]);
        Assert.Equal(true, definition["isrequired"]);
    }

    [Fact]
    public void A_value_the_solution_ships_is_a_value_row_of_its_definition()
    {
        LocalOrganization org = FromFixture();

        Entity definition = Assert.Single(org.Query("environmentvariabledefinition"));
        Entity value = Assert.Single(org.Query("environmentvariablevalue"));
        Assert.Equal("75", value["value"]);
        Assert.Equal("cx_ScoreThreshold", value["schemaname"]);
        Assert.Equal(definition.Id, value.GetAttributeValue<EntityReference>("environmentvariabledefinitionid")!.Id);
    }

    [Fact]
    public void Without_a_values_file_there_is_no_value_row()
    {
        using var temp = new TempSolution("minimal");
        temp.Delete("environmentvariabledefinitions/cx_ScoreThreshold/environmentvariablevalues.json");

        LocalOrganization org = LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = temp.Root });

        Assert.Equal(1, org.Count("environmentvariabledefinition"));
        Assert.Equal(0, org.Count("environmentvariablevalue"));
    }

    /// <summary>schemaname is unique in Dataverse (an alternate key), so a second definition of the same name is refused.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
    [Fact]
    public void A_second_definition_with_the_same_schema_name_is_refused()
    {
        LocalOrganization org = FromFixture();

        Assert.ThrowsAny<FaultException<OrganizationServiceFault>>(() => org.GetService().Create(new Entity("environmentvariabledefinition")
        {
            ["schemaname"] = "cx_ScoreThreshold",
            ["displayname"] = "Again",
            ["type"] = new OptionSetValue(100000001),
        }));
        Assert.Equal(1, org.Count("environmentvariabledefinition"));
    }

    [Fact]
    public void The_same_solution_gives_the_same_definition_ids()
    {
        Assert.Equal(
            FromFixture().Query("environmentvariabledefinition").Single().Id,
            LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = SolutionFixtures.Fixture("minimal") }).Query("environmentvariabledefinition").Single().Id);
    }
}
