using System;
using System.IO;
using System.Linq;
using CxJourney.SolutionModel;

namespace CxJourney.Emulator.Tests.Solution;

/// <summary>
/// The web resources of Solution/WebResources: named under cx_/journey/, typed by extension, and
/// with their content taken from the build output of WebResources/ (dist) through Solution/map.xml.
/// </summary>
public sealed class ProductSolutionWebResourceTests
{
    [Fact]
    public void The_views_pages_scripts_and_styles_are_registered_under_cx_journey()
    {
        var names = ProductSolutionFiles.Solution.WebResources.Select(w => w.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["cx_/journey/dashboard.html", "cx_/journey/dashboard.js", "cx_/journey/journey.css", "cx_/journey/timeline.html", "cx_/journey/timeline.js"],
            names);
    }

    // https://learn.microsoft.com/power-apps/developer/model-driven-apps/web-resources#web-resource-types
    [Fact]
    public void Each_type_matches_the_extension_and_each_has_an_English_display_name_and_description()
    {
        foreach (var resource in ProductSolutionFiles.Solution.WebResources)
        {
            var expected = Path.GetExtension(resource.Name) switch
            {
                ".html" => WebResourceType.Html,
                ".js" => WebResourceType.JScript,
                ".css" => WebResourceType.Css,
                var other => throw new InvalidOperationException($"{resource.Name}: unexpected extension {other}"),
            };
            Assert.Equal(expected, resource.Type);
            Assert.StartsWith("cx_/journey/", resource.Name, StringComparison.Ordinal);
            Assert.Equal(1033, resource.LanguageCode);
            Assert.False(string.IsNullOrWhiteSpace(resource.DisplayName));
            Assert.NotEqual(resource.Name, resource.DisplayName);
            Assert.False(string.IsNullOrWhiteSpace(resource.Description));
        }
    }

    [Fact]
    public void Sidecars_sit_at_their_name_and_are_root_components()
    {
        var roots = ProductSolutionFiles.Solution.Manifest.RootComponents.Where(c => c.Type == 61).Select(c => c.SchemaName).ToHashSet(StringComparer.Ordinal);
        foreach (var resource in ProductSolutionFiles.Solution.WebResources)
        {
            Assert.Equal($"WebResources/{resource.Name}.data.xml", resource.Source.File);
            Assert.Equal($"/WebResources/{resource.Name}", resource.FileName);
            Assert.Contains(resource.Name, roots);
        }
        Assert.Equal(roots.Count, ProductSolutionFiles.Solution.WebResources.Count);
        Assert.Equal(5, ProductSolutionFiles.Solution.WebResources.Select(w => w.Id).Distinct().Count());
    }

    [Fact]
    public void Content_is_the_build_output_of_WebResources_not_a_committed_copy()
    {
        foreach (var resource in ProductSolutionFiles.Solution.WebResources)
        {
            var file = Path.GetFileName(resource.Name);
            Assert.Equal($"../WebResources/dist/WebResources/cx_/journey/{file}", resource.ContentFile);
            // Built or not, the reader says whether the content is there (pack and check rely on it).
            Assert.Equal(File.Exists(Path.Combine(ProductSolutionFiles.Folder, resource.ContentFile)), resource.ContentExists);
            Assert.False(File.Exists(Path.Combine(ProductSolutionFiles.Folder, "WebResources", "cx_", "journey", file)),
                $"Solution/WebResources/cx_/journey/{file} is committed; the content comes from WebResources/dist");
        }
    }
}
