using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using CxJourney.Tests.Shared;

namespace CxJourney.Cli.Tests.Packing;

/// <summary>Pack, unzip, read back through the same reader: the model equals the source.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void The_unmanaged_zip_reads_back_as_the_source_model()
    {
        var source = SolutionReader.Read(TempSolution.FixtureFolder("good"));
        using var packed = PackedZip.Pack(source.RootFolder, Assemblies());
        var extracted = SolutionReader.Read(packed.Extract(packed.Result.UnmanagedZip));

        Assert.Equal(SolutionLayout.Packed, extracted.Layout);
        Assert.Empty(extracted.Warnings);
        Assert.Equal(ModelSnapshot.Of(source), ModelSnapshot.Of(extracted));
    }

    [Fact]
    public void Every_kind_of_component_survives_the_round_trip()
    {
        var source = SolutionReader.Read(TempSolution.FixtureFolder("good"));
        using var packed = PackedZip.Pack(source.RootFolder, Assemblies());
        var back = SolutionReader.Read(packed.Extract(packed.Result.UnmanagedZip));

        var touchpoint = back.FindTable("cx_touchpoint")!;
        Assert.Equal(source.FindTable("cx_touchpoint")!.Columns.Select(c => c.LogicalName), touchpoint.Columns.Select(c => c.LogicalName));
        Assert.Equal(["cx_externalid"], touchpoint.AlternateKeys.Single().KeyAttributes);
        Assert.Equal(["cx_followuprule"], back.FindTable("task")!.Columns.Select(c => c.LogicalName));
        Assert.Equal(["cx_contact_cx_touchpoint", "cx_touchpoint_Tasks"], back.Relationships.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(3, back.FindGlobalOptionSet("cx_sentiment")!.Options.Count);

        var score = back.Steps.Single(s => s.MessageName == "Update");
        Assert.Equal(["cx_score", "cx_channel"], score.FilteringAttributes);
        Assert.Equal("{\"weight\":2}", score.Configuration);
        Assert.Equal(["cx_score", "cx_channel"], score.Images.Single().Attributes);
        Assert.Equal(StepImageType.PostImage, back.Steps.Single(s => s.MessageName == "Create").Images.Single().ImageType);

        var threshold = back.FindEnvironmentVariable("cx_ScoreThreshold")!;
        Assert.Equal(("70", "75"), (threshold.DefaultValue, threshold.CurrentValue));

        var resource = back.WebResources.Single();
        Assert.True(resource.ContentExists);
        Assert.Equal(File.ReadAllBytes(Path.Combine(source.RootFolder, "WebResources/cx_/journey/timeline.js")),
            File.ReadAllBytes(Path.Combine(back.RootFolder, resource.ContentFile)));

        var assembly = back.PluginAssemblies.Single();
        Assert.Equal(File.ReadAllBytes(FixturePluginAssembly.Path), File.ReadAllBytes(Path.Combine(back.RootFolder, assembly.AssemblyFile!)));
        Assert.Single(back.Roles);

        var app = back.AppModules.Single();
        Assert.Equal(("cx_Fixture", "Fixture app"), (app.UniqueName, app.DisplayName));
        Assert.Equal(["cx_touchpoint"], app.Tables);
        Assert.Equal([back.Roles.Single().Id], app.RoleIds);
        Assert.Equal([("cx_sub_touchpoints", "cx_touchpoint")], back.SiteMaps.Single().SubAreas.Select(s => (s.Id, s.Entity)));
    }

    [Fact]
    public void The_managed_zip_reads_back_as_the_source_model_marked_managed()
    {
        var source = SolutionReader.Read(TempSolution.FixtureFolder("good"));
        using var packed = PackedZip.Pack(source.RootFolder, Assemblies());
        var extracted = SolutionReader.Read(packed.Extract(packed.Result.ManagedZip));

        Assert.Equal(SolutionPackageKind.Managed, extracted.Manifest.Managed);
        var expected = source with { Manifest = source.Manifest with { Managed = SolutionPackageKind.Managed } };
        Assert.Equal(ModelSnapshot.Of(expected), ModelSnapshot.Of(extracted));
    }

    [Fact]
    public void A_stamped_version_is_the_only_change_to_the_model()
    {
        var source = SolutionReader.Read(TempSolution.FixtureFolder("good"));
        using var packed = PackedZip.Pack(source.RootFolder, Assemblies(), version: "2.5.7.11");
        var extracted = SolutionReader.Read(packed.Extract(packed.Result.UnmanagedZip));

        Assert.Equal("CxJourneyFixture_2_5_7_11.zip", Path.GetFileName(packed.Result.UnmanagedZip));
        Assert.Equal("CxJourneyFixture_2_5_7_11_managed.zip", Path.GetFileName(packed.Result.ManagedZip));
        var expected = source with { Manifest = source.Manifest with { Version = "2.5.7.11" } };
        Assert.Equal(ModelSnapshot.Of(expected), ModelSnapshot.Of(extracted));
    }

    [Fact]
    public void Web_resource_content_not_in_the_solution_comes_from_the_web_build_output()
    {
        using var copy = TempSolution.Copy();
        var built = Path.Combine(Path.GetDirectoryName(copy.Folder)!, "dist", "WebResources");
        Directory.CreateDirectory(Path.Combine(built, "cx_", "journey"));
        File.WriteAllText(Path.Combine(built, "cx_", "journey", "timeline.js"), "/* built */");
        copy.Delete("WebResources/cx_/journey/timeline.js");
        copy.Write("map.xml", "<Mapping><FileToFile map=\"WebResources\\cx_\\journey\\timeline.js\" to=\"..\\dist\\WebResources\\cx_\\journey\\timeline.js\" /></Mapping>");

        var folder = Path.Combine(Path.GetDirectoryName(copy.Folder)!, "out");
        var result = CxJourney.SolutionModel.Packing.SolutionPacker.Pack(new CxJourney.SolutionModel.Packing.PackRequest
        {
            SolutionFolder = copy.Folder,
            OutputFolder = folder,
            AssemblyFiles = Assemblies(),
        });

        Assert.Equal("/* built */", PackedZip.Text(result.UnmanagedZip, "WebResources/cx_journeytimelinejs4a1f9c2b-7d3e-4e8a-b5c6-1d2e3f4a5b6c"));
    }

    /// <summary>
    /// The repository's own Solution/ round-trips too: the local organization, the packer and this
    /// test read it with the same reader. The packer copies binaries and web content unread, so the
    /// plugin assembly is stood in for by the net10.0 build beside the tests and web content by
    /// <see cref="RepoSolution.WithWebContent"/>.
    /// </summary>
    [Fact]
    public void The_repository_solution_round_trips()
    {
        using var repo = RepoSolution.WithWebContent();
        var source = SolutionReader.Read(repo.Folder);
        using var packed = PackedZip.Pack(source.RootFolder, RepoSolution.Assemblies(source));
        var extracted = SolutionReader.Read(packed.Extract(packed.Result.UnmanagedZip));

        Assert.NotEmpty(source.Tables);
        Assert.Equal(ModelSnapshot.Of(source), ModelSnapshot.Of(extracted));
    }

    private static IReadOnlyDictionary<string, string> Assemblies()
        => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [FixturePluginAssembly.AssemblyName] = FixturePluginAssembly.Path };
}
