using System;
using System.IO;

namespace CxJourney.SolutionModel.Packing;

/// <summary>
/// Where a web resource's content is: the reader's <see cref="WebResourceDefinition.ContentFile"/>, the
/// file beside its .data.xml or where Solution/map.xml maps it (the web build output). One rule for
/// the local organization, `check` and `pack`, so they cannot disagree on which file ships.
/// </summary>
public static class WebResourceContent
{
    /// <summary>The content's full path, or null when the file does not exist.</summary>
    public static string? Locate(SolutionDefinition solution, WebResourceDefinition resource)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(resource);
        return resource.ContentExists
            ? Path.GetFullPath(Path.Combine(solution.RootFolder, resource.ContentFile.Replace('/', Path.DirectorySeparatorChar)))
            : null;
    }
}
