using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CxJourney.Emulator.Solution;
using CxJourney.Tests.Shared;

namespace CxJourney.Cli.Tests.Support;

/// <summary>
/// The repository's Solution/ and stand-ins for its build outputs. The plugin assembly is the
/// net10.0 build the test project copies beside itself: the same classes and the same identity as
/// the net462 binary Dataverse loads. Web content is WebResources/dist/WebResources when
/// `npm run build` has run; otherwise (a fresh clone, where the .NET suites run before the web
/// ones) a placeholder file per web resource, since the web suites test the content itself.
/// </summary>
internal static class RepoSolution
{
    public static string Folder => Path.Combine(RepoPaths.Root, "Solution");

    public static string WebBuildOutput => Path.Combine(RepoPaths.Root, "WebResources", "dist", "WebResources");

    public static IReadOnlyDictionary<string, string> Assemblies(SolutionDefinition solution)
        => solution.PluginAssemblies.ToDictionary(a => a.Name, a => Path.Combine(AppContext.BaseDirectory, a.Name + ".dll"), StringComparer.OrdinalIgnoreCase);

    public static ContentFolders WebResourceFolders(SolutionDefinition solution)
    {
        if (Directory.Exists(WebBuildOutput)) return new ContentFolders([WebBuildOutput], null);
        var placeholder = Path.Combine(Path.GetTempPath(), "cxjourney-cli-tests", Guid.NewGuid().ToString("N"));
        foreach (var resource in solution.WebResources)
        {
            var path = Path.Combine([placeholder, .. resource.Name.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"/* placeholder for {resource.Name}: run npm run build in WebResources/ */");
        }
        return new ContentFolders([placeholder], placeholder);
    }

    public sealed class ContentFolders(IReadOnlyList<string> folders, string? temporary) : IDisposable
    {
        public IReadOnlyList<string> Folders { get; } = folders;

        public void Dispose()
        {
            if (temporary is not null && Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
    }
}
