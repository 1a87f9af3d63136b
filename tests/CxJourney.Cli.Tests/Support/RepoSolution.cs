using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using CxJourney.Tests.Shared;

namespace CxJourney.Cli.Tests.Support;

/// <summary>
/// The repository's Solution/ and stand-ins for its build outputs. The plugin assembly is the
/// net10.0 build the test project copies beside itself: the same classes and the same identity as
/// the net462 binary Dataverse loads. Web content is where Solution/map.xml maps it
/// (WebResources/dist/WebResources) when `npm run build` has run; otherwise (a fresh clone, where
/// the .NET suites run before the web ones) a copy of Solution/ with a placeholder at each mapped
/// path, since the web suites test the content itself.
/// </summary>
internal static class RepoSolution
{
    public static string Folder => Path.Combine(RepoPaths.Root, "Solution");

    public static IReadOnlyDictionary<string, string> Assemblies(SolutionDefinition solution)
        => solution.PluginAssemblies.ToDictionary(a => a.Name, a => Path.Combine(AppContext.BaseDirectory, a.Name + ".dll"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Solution/ itself when every web resource's content exists, else a temporary copy where it does.</summary>
    public static WithContent WithWebContent()
    {
        var solution = SolutionReader.Read(Folder);
        if (solution.WebResources.All(r => r.ContentExists)) return new WithContent(Folder, null);

        var temporary = Path.Combine(Path.GetTempPath(), "cxjourney-cli-tests", Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(temporary, "Solution");
        TempSolution.CopyDirectory(Folder, copy);
        foreach (var resource in solution.WebResources.Where(r => !r.ContentExists))
        {
            var path = Path.GetFullPath(Path.Combine(copy, resource.ContentFile.Replace('/', Path.DirectorySeparatorChar)));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // A page's source (WebResources/pages/) loads the same script and style sheet names as its build output.
            var page = Path.Combine(RepoPaths.Root, "WebResources", "pages", Path.GetFileName(path));
            if (resource.Type == WebResourceType.Html && File.Exists(page)) File.Copy(page, path);
            else File.WriteAllText(path, $"/* placeholder for {resource.Name}: run npm run build in WebResources/ */");
        }
        return new WithContent(copy, temporary);
    }

    public sealed class WithContent(string folder, string? temporary) : IDisposable
    {
        /// <summary>The solution folder to check or pack.</summary>
        public string Folder { get; } = folder;

        public void Dispose()
        {
            if (temporary is not null && Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
    }
}
