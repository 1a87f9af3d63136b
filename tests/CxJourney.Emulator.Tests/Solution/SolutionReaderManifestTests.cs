using System;
using System.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Emulator.Tests.Solution;

public class SolutionReaderManifestTests
{
    private static readonly SolutionDefinition Minimal = SolutionReader.Read(SolutionFixtures.Fixture("minimal"));

    [Fact]
    public void Reads_the_manifest_and_publisher()
    {
        var manifest = Minimal.Manifest;
        Assert.Equal(SolutionLayout.Unpacked, Minimal.Layout);
        Assert.Equal("CxJourneyFixture", manifest.UniqueName);
        Assert.Equal("CX Journey (fixture)", manifest.LocalizedName);
        Assert.Equal("Minimal valid solution for reader tests", manifest.Description);
        Assert.Equal("1.2.0.3", manifest.Version);
        Assert.Equal(SolutionPackageKind.Unmanaged, manifest.Managed);
        Assert.Equal(1033, manifest.LanguageCode);
        Assert.Equal("cxjourney", manifest.Publisher.UniqueName);
        Assert.Equal("cx", manifest.Publisher.CustomizationPrefix);
        Assert.Equal(10000, manifest.Publisher.OptionValuePrefix);
        // xsi:nil elements read as absent, not as empty strings.
        Assert.Null(manifest.Publisher.EMailAddress);
        Assert.Equal("Other/Solution.xml", manifest.Source.File);
    }

    [Fact]
    public void Reads_root_components_with_type_id_and_schema_name()
    {
        var components = Minimal.Manifest.RootComponents;
        Assert.Equal(3, components.Count);
        Assert.Equal("cx_touchpoint", components[0].SchemaName);
        Assert.Equal(1, components[0].Type);
        var assembly = components.Single(c => c.Type == 91);
        Assert.Equal(new Guid("6e1d5b1a-3c2f-4b7e-9a10-2d4c8e6f0a11"), assembly.Id);
        Assert.StartsWith("CxJourney.Plugins, Version=1.0.0.0", assembly.SchemaName);
    }

    [Fact]
    public void Reads_languages_from_customizations_and_records_where_it_was()
    {
        Assert.Equal(new[] { 1033 }, Minimal.Languages);
        Assert.Equal("Other/Customizations.xml", Minimal.Customizations.File);
        Assert.Empty(Minimal.Warnings);
    }
}
