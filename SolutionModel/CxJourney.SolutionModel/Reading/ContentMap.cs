using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>
/// map.xml at the root of an unpacked solution, in the format of SolutionPackager's /map file
/// (<c>pac solution pack --map</c>): content that is a build output, not committed, is found
/// elsewhere. Each <c>&lt;FileToFile map="WebResources\cx_\journey\timeline.js" to="..\WebResources\dist\timeline.js" /&gt;</c>
/// names a file of the solution folder (<c>map</c>, relative to the folder) and where its content is
/// (<c>to</c>, relative to the folder holding map.xml). Only FileToFile is read: a wildcard or
/// folder mapping would make "which file is packed" depend on what happens to lie on disk.
/// </summary>
// https://learn.microsoft.com/power-platform/alm/solution-packager-tool#use-the-map-command-argument
internal sealed class ContentMap
{
    public const string FileName = "map.xml";

    private readonly Dictionary<string, string> _targets;

    private ContentMap(Dictionary<string, string> targets)
    {
        _targets = targets;
    }

    public static ContentMap Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>The map of the folder, or an empty one when the folder has no map.xml.</summary>
    public static ContentMap Load(ReadContext context, string rootFolder)
    {
        var path = Path.Combine(rootFolder, FileName);
        if (!File.Exists(path)) return Empty;
        var document = context.Load(path, "Mapping");
        if (document is null) return Empty;

        var targets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in document.Root!.Elements())
        {
            switch (entry.Name.LocalName)
            {
                case "FileToFile":
                    Add(context, entry, rootFolder, targets);
                    break;
                case "FileToPath":
                case "Folder":
                    context.Error(entry, $"<{entry.Name.LocalName}> is not supported here; map each file with <FileToFile map=\"...\" to=\"...\" />");
                    break;
                default:
                    context.Error(entry, $"<{entry.Name.LocalName}> is not a mapping (FileToFile)");
                    break;
            }
        }
        return new ContentMap(targets);
    }

    /// <summary>
    /// Where the content of a file of the folder is: its mapped target when that exists, else the
    /// file itself when that exists (as SolutionPackager falls back to it), else the mapped target,
    /// so a report names the file a build should produce.
    /// </summary>
    public (string FullPath, bool Exists) Locate(string fullPath, string relativePath)
    {
        if (!_targets.TryGetValue(relativePath, out var target)) return (fullPath, File.Exists(fullPath));
        if (File.Exists(target)) return (target, true);
        return File.Exists(fullPath) ? (fullPath, true) : (target, false);
    }

    private static void Add(ReadContext context, XElement entry, string rootFolder, Dictionary<string, string> targets)
    {
        var map = context.RequiredAttr(entry, "map");
        var to = context.RequiredAttr(entry, "to");
        if (map.Length == 0 || to.Length == 0) return;
        if (map.Contains('*', StringComparison.Ordinal) || to.Contains('*', StringComparison.Ordinal))
        {
            context.Error(entry, "wildcards are not supported; name one file in map and one in to");
            return;
        }

        var key = Normalize(map);
        var target = Path.GetFullPath(Path.Combine(rootFolder, Normalize(to).Replace('/', Path.DirectorySeparatorChar)));
        if (!targets.TryAdd(key, target)) context.Error(entry, $"'{map}' is mapped more than once");
    }

    /// <summary>Forward slashes, no leading "./" or "/": the form <see cref="ReadContext.Relative"/> gives.</summary>
    private static string Normalize(string path)
    {
        var normalized = path.Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized[2..];
        return normalized.TrimStart('/');
    }
}
