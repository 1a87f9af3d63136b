using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CxJourney.Emulator.Solution;

namespace CxJourney.Cli.Packing;

/// <summary>
/// Where a web resource's content is: the file beside its .data.xml in Solution/ when it is
/// committed there, else the web build's output, laid out by web resource name the way Dynamics
/// serves them (WebResources/dist/WebResources/cx_/journey/timeline.js for cx_/journey/timeline.js).
/// </summary>
public static class WebResourceContent
{
    public static string? Locate(SolutionDefinition solution, WebResourceDefinition resource, IReadOnlyList<string> buildFolders)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(buildFolders);
        if (resource.ContentExists) return Path.Combine(solution.RootFolder, resource.ContentFile.Replace('/', Path.DirectorySeparatorChar));

        var parts = resource.Name.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p is "." or ".." || p.Contains('\\', StringComparison.Ordinal))) return null;
        foreach (var folder in buildFolders)
        {
            var candidate = Path.Combine([folder, .. parts]);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
