using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Packing;

namespace CxJourney.Cli.Tests.Packing;

/// <summary>The zip is laid out the way the platform exports: entries, sections, file formats.</summary>
public sealed class PackageLayoutTests : IDisposable
{
    private readonly PackedZip _packed = PackedZip.Pack(TempSolution.FixtureFolder("good"), new Dictionary<string, string>
    {
        [FixturePluginAssembly.AssemblyName] = FixturePluginAssembly.Path,
    });

    public void Dispose() => _packed.Dispose();

    [Fact]
    public void Entries_come_in_the_platform_order_at_the_platform_paths()
    {
        // The exported sample's ZIP_LISTING: customizations.xml, [Content_Types].xml, solution.xml, then the parts.
        Assert.Equal(
        [
            "customizations.xml",
            "[Content_Types].xml",
            "solution.xml",
            "PluginAssemblies/CxJourney.Plugins-6E1D5B1A-3C2F-4B7E-9A10-2D4C8E6F0A11/CxJourney.Plugins.dll",
            "WebResources/cx_journeytimelinejs4a1f9c2b-7d3e-4e8a-b5c6-1d2e3f4a5b6c",
            "environmentvariabledefinitions/cx_ScoreThreshold/environmentvariabledefinition.xml",
            "environmentvariabledefinitions/cx_ScoreThreshold/environmentvariablevalues.json",
        ], PackedZip.Entries(_packed.Result.UnmanagedZip).Select(e => e.Name));
    }

    [Fact]
    public void Customizations_sections_follow_the_platform_order()
    {
        var root = XElement.Parse(PackedZip.Text(_packed.Result.UnmanagedZip, "customizations.xml"));
        Assert.Equal(
        [
            "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "EntityMaps", "EntityRelationships",
            "OrganizationSettings", "optionsets", "WebResources", "CustomControls", "SolutionPluginAssemblies",
            "SdkMessageProcessingSteps", "AppModuleSiteMaps", "AppModules", "EntityDataProviders", "Languages",
        ], root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["Task", "cx_Touchpoint"], root.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value));
        Assert.Equal(["cx_contact_cx_touchpoint", "cx_touchpoint_Tasks"],
            root.Element("EntityRelationships")!.Elements("EntityRelationship").Select(e => e.Attribute("Name")!.Value));
        Assert.All(root.Element("EntityRelationships")!.Elements(), e => Assert.True(e.HasElements));
    }

    [Fact]
    public void Forms_views_and_ribbon_go_back_inside_their_entity()
    {
        var root = XElement.Parse(PackedZip.Text(_packed.Result.UnmanagedZip, "customizations.xml"));
        var entity = root.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == "cx_Touchpoint");

        Assert.Equal(["Name", "EntityInfo", "FormXml", "SavedQueries", "RibbonDiffXml"], entity.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["main", "quick"], entity.Element("FormXml")!.Elements("forms").Select(f => f.Attribute("type")!.Value));
        Assert.All(entity.Element("FormXml")!.Elements("forms"), f => Assert.Single(f.Elements("systemform")));
        Assert.Equal("{5a0c1e2d-3b4f-4a6e-8c1d-000000000401}", entity.Element("SavedQueries")!.Element("savedqueries")!.Element("savedquery")!.Element("savedqueryid")!.Value);
        Assert.Equal("cx.touchpoint.ShowTimeline", entity.Element("RibbonDiffXml")!.Descendants("CommandDefinition").Single().Attribute("Id")!.Value);
    }

    [Fact]
    public void Xml_parts_are_written_as_exports_write_them()
    {
        foreach (var name in new[] { "customizations.xml", "solution.xml", "environmentvariabledefinitions/cx_ScoreThreshold/environmentvariabledefinition.xml" })
        {
            var bytes = PackedZip.Entries(_packed.Result.UnmanagedZip).Single(e => e.Name == name).Content;
            var text = Encoding.UTF8.GetString(bytes);
            Assert.StartsWith("<", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<?xml", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.EndsWith(">", text, StringComparison.Ordinal);
        }
        var customizations = PackedZip.Text(_packed.Result.UnmanagedZip, "customizations.xml");
        Assert.StartsWith("<ImportExportXml xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\r\n  <Entities>\r\n    <Entity>\r\n", customizations, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(customizations, "xmlns:xsi"));
    }

    [Fact]
    public void Content_types_name_every_extension_and_each_extension_less_web_resource()
    {
        var bytes = PackedZip.Entries(_packed.Result.UnmanagedZip).Single(e => e.Name == "[Content_Types].xml").Content;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/octet-stream\" />"
            + "<Default Extension=\"dll\" ContentType=\"application/octet-stream\" />"
            + "<Default Extension=\"json\" ContentType=\"application/octet-stream\" />"
            + "<Override PartName=\"/WebResources/cx_journeytimelinejs4a1f9c2b-7d3e-4e8a-b5c6-1d2e3f4a5b6c\" ContentType=\"application/octet-stream\" />"
            + "</Types>",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void A_web_resource_points_at_its_extension_less_content()
    {
        var root = XElement.Parse(PackedZip.Text(_packed.Result.UnmanagedZip, "customizations.xml"));
        var resource = root.Element("WebResources")!.Element("WebResource")!;
        Assert.Equal("/WebResources/cx_journeytimelinejs4a1f9c2b-7d3e-4e8a-b5c6-1d2e3f4a5b6c", resource.Element("FileName")!.Value);
        Assert.Equal("WebResource", resource.Elements().Last().Parent!.Name.LocalName);
        Assert.Equal("FileName", resource.Elements().Last().Name.LocalName);
    }

    [Fact]
    public void The_manifest_keeps_the_source_and_says_unmanaged_with_missing_dependencies()
    {
        var manifest = XElement.Parse(PackedZip.Text(_packed.Result.UnmanagedZip, "solution.xml")).Element("SolutionManifest")!;
        Assert.Equal("1.2.0.3", manifest.Element("Version")!.Value);
        Assert.Equal("0", manifest.Element("Managed")!.Value);
        Assert.Equal(10, manifest.Element("RootComponents")!.Elements().Count());
        Assert.Equal("MissingDependencies", manifest.Element("RootComponents")!.ElementsAfterSelf().Single().Name.LocalName);
    }

    [Fact]
    public void A_version_must_have_four_parts()
    {
        Assert.Throws<PackException>(() => PackedZip.Pack(TempSolution.FixtureFolder("good"), new Dictionary<string, string>
        {
            [FixturePluginAssembly.AssemblyName] = FixturePluginAssembly.Path,
        }, version: "1.2"));
    }

    [Fact]
    public void Packing_refuses_a_solution_the_reader_refuses()
    {
        using var broken = TempSolution.Copy();
        broken.Replace("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml", "<Stage>20</Stage>", "<Stage>30</Stage>");
        var error = Assert.Throws<SolutionFormatException>(() => PackedZip.Pack(broken.Folder, broken.Assemblies()));
        Assert.Contains("<Stage> 30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Packing_refuses_a_missing_plugin_binary_and_writes_nothing()
    {
        var output = Path.Combine(Path.GetTempPath(), "cxjourney-cli-tests", Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<PackException>(() => SolutionPacker.Pack(new PackRequest
        {
            SolutionFolder = TempSolution.FixtureFolder("good"),
            OutputFolder = output,
        }));
        Assert.Contains("CxJourney.Plugins.dll was not found", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
