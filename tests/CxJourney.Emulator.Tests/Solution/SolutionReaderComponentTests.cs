using System;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Emulator.Tests.Solution;

public class SolutionReaderComponentTests
{
    private static readonly SolutionDefinition Minimal = SolutionReader.Read(SolutionFixtures.Fixture("minimal"));

    [Fact]
    public void Reads_an_environment_variable_with_default_and_shipped_value()
    {
        var variable = Assert.Single(Minimal.EnvironmentVariables);
        Assert.Equal("cx_ScoreThreshold", variable.SchemaName);
        Assert.Equal("Score threshold", variable.DisplayName);
        Assert.Equal("Score below which a follow-up is created", variable.Description);
        Assert.Equal(EnvironmentVariableType.Number, variable.Type);
        Assert.Equal("70", variable.DefaultValue);
        Assert.Equal("75", variable.CurrentValue);
        Assert.Equal("75", variable.EffectiveValue);
        Assert.True(variable.IsRequired);
        Assert.Same(variable, Minimal.FindEnvironmentVariable("CX_SCORETHRESHOLD"));
    }

    [Fact]
    public void Without_a_values_file_the_default_is_the_effective_value()
    {
        using var temp = new TempSolution("minimal");
        temp.Delete("environmentvariabledefinitions/cx_ScoreThreshold/environmentvariablevalues.json");
        var variable = Assert.Single(SolutionReader.Read(temp.Root).EnvironmentVariables);
        Assert.Null(variable.CurrentValue);
        Assert.Equal("70", variable.EffectiveValue);
    }

    [Fact]
    public void Reads_a_web_resource_and_locates_its_content()
    {
        var resource = Assert.Single(Minimal.WebResources);
        Assert.Equal(new Guid("4a1f9c2b-7d3e-4e8a-b5c6-1d2e3f4a5b6c"), resource.Id);
        Assert.Equal("cx_/journey/timeline.js", resource.Name);
        Assert.Equal("Journey timeline", resource.DisplayName);
        Assert.Equal(WebResourceType.JScript, resource.Type);
        Assert.Equal("WebResources/cx_/journey/timeline.js", resource.ContentFile);
        Assert.True(resource.ContentExists);
        Assert.Equal("/WebResources/cx_/journey/timeline.js", resource.FileName);
    }

    [Fact]
    public void A_web_resource_without_its_content_file_is_read_and_flagged_as_missing_content()
    {
        using var temp = new TempSolution("minimal");
        temp.Delete("WebResources/cx_/journey/timeline.js");
        var resource = Assert.Single(SolutionReader.Read(temp.Root).WebResources);
        Assert.False(resource.ContentExists);
    }

    [Fact]
    public void Reads_a_security_role_with_privilege_depths()
    {
        var role = Assert.Single(Minimal.Roles);
        Assert.Equal("CX Journey Agent", role.Name);
        Assert.Equal(new Guid("8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f"), role.Id);
        Assert.False(role.IsAutoAssigned);
        Assert.Equal(3, role.Privileges.Count);
        Assert.Equal(("prvReadContact", PrivilegeDepth.Global), (role.Privileges[0].Name, role.Privileges[0].Depth));
        Assert.Equal(PrivilegeDepth.Basic, role.Privileges[1].Depth);
        Assert.Equal(PrivilegeDepth.Deep, role.Privileges[2].Depth);
        Assert.Equal("Roles/CX Journey Agent.xml", role.Source.File);
    }
}
