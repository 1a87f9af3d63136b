using System;
using System.IO;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Emulator.Tests.Solution;

/// <summary>map.xml (SolutionPackager's mapping file format) points web resource content at a build output.</summary>
public sealed class SolutionReaderContentMapTests
{
    private const string Content = "WebResources/cx_/journey/timeline.js";

    private static void Map(TempSolution temp, string entries)
        => temp.Write("map.xml", $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Mapping>\n{entries}\n</Mapping>\n");

    [Fact]
    public void A_mapped_file_that_exists_is_the_content()
    {
        using var temp = new TempSolution("minimal");
        temp.Write("build/out/timeline.js", "// built");
        Map(temp, @"<FileToFile map=""WebResources\cx_\journey\timeline.js"" to="".\build\out\timeline.js"" />");

        var resource = Assert.Single(SolutionReader.Read(temp.Root).WebResources);
        Assert.Equal("build/out/timeline.js", resource.ContentFile);
        Assert.True(resource.ContentExists);
    }

    [Fact]
    public void The_target_may_lie_outside_the_solution_folder()
    {
        using var temp = new TempSolution("minimal");
        // The folder read is Solution/ inside the temporary copy; the build output is its sibling.
        foreach (var file in new[] { "Other/Solution.xml", "Other/Customizations.xml", Content + ".data.xml" })
            temp.Write("Solution/" + file, File.ReadAllText(temp.PathOf(file)));
        temp.Write("dist/timeline.js", "// built");
        temp.Write("Solution/map.xml", @"<Mapping><FileToFile map=""WebResources/cx_/journey/timeline.js"" to=""../dist/timeline.js"" /></Mapping>");

        var resource = Assert.Single(SolutionReader.Read(temp.PathOf("Solution")).WebResources);
        Assert.Equal("../dist/timeline.js", resource.ContentFile);
        Assert.True(resource.ContentExists);
    }

    [Fact]
    public void Without_the_mapped_file_the_file_beside_the_sidecar_is_used()
    {
        using var temp = new TempSolution("minimal");
        Map(temp, @"<FileToFile map=""WebResources\cx_\journey\timeline.js"" to=""build\timeline.js"" />");

        var resource = Assert.Single(SolutionReader.Read(temp.Root).WebResources);
        Assert.Equal(Content, resource.ContentFile);
        Assert.True(resource.ContentExists);
    }

    [Fact]
    public void With_neither_the_mapped_target_is_reported_missing()
    {
        using var temp = new TempSolution("minimal");
        temp.Delete(Content);
        Map(temp, @"<FileToFile map=""WebResources\cx_\journey\timeline.js"" to=""build\timeline.js"" />");

        var read = SolutionReader.Analyze(temp.Root);
        Assert.False(read.HasErrors);
        var resource = Assert.Single(read.Solution!.WebResources);
        Assert.Equal("build/timeline.js", resource.ContentFile);
        Assert.False(resource.ContentExists);
    }

    [Theory]
    [InlineData(@"<FileToPath map=""WebResources\*.*"" to=""build\**"" />", "FileToPath")]
    [InlineData(@"<Folder map=""WebResources"" to=""build"" />", "Folder")]
    [InlineData(@"<FileToFile map=""WebResources\cx_\journey\*.js"" to=""build\x.js"" />", "wildcards")]
    [InlineData(@"<FileToFile map=""WebResources\cx_\journey\timeline.js"" />", "to")]
    [InlineData(@"<FileToFile map=""a.js"" to=""b.js"" /><FileToFile map=""A.js"" to=""c.js"" />", "more than once")]
    public void Mappings_this_reader_cannot_follow_are_errors_in_map_xml(string entries, string expected)
    {
        using var temp = new TempSolution("minimal");
        Map(temp, entries);

        var read = SolutionReader.Analyze(temp.Root);
        var error = Assert.Single(read.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal("map.xml", error.Location.File);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
