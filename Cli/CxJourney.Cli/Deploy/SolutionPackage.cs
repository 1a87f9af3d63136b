using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Cli.Deploy;

/// <summary>Which solutions `deploy --solution` sends.</summary>
public enum SolutionChoice
{
    Core,
    Sales,
    Both,
}

/// <summary>A solution zip `pack` wrote, read back with the one solution reader.</summary>
public sealed record SolutionPackage(string ZipPath, SolutionDefinition Definition)
{
    /// <summary>The core solution's unique name (Other/Solution.xml).</summary>
    public const string CoreUniqueName = "CxJourney";

    public string UniqueName => Definition.Manifest.UniqueName;

    public string Version => Definition.Manifest.Version;

    public bool Managed => Definition.Manifest.Managed == SolutionPackageKind.Managed;

    public bool IsCore => string.Equals(UniqueName, CoreUniqueName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a zip (extracted into <paramref name="scratch"/>, which the definition points at).</summary>
    public static SolutionPackage Read(string zipPath, string scratch)
    {
        string folder = Path.Combine(scratch, Path.GetFileNameWithoutExtension(zipPath));
        Directory.CreateDirectory(folder);
        try
        {
            ZipFile.ExtractToDirectory(zipPath, folder, overwriteFiles: true);
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"{zipPath} is not a solution zip: {error.Message}", error);
        }
        return new SolutionPackage(zipPath, SolutionReader.Read(folder));
    }

    /// <summary>
    /// The packages to deploy from <paramref name="folder"/> (what `pack` wrote): for each solution
    /// the newest version, managed or unmanaged as asked; the core solution first, as the sales
    /// solution builds on it. "core" is the solution named CxJourney, "sales" any other CxJourney one.
    /// </summary>
    public static IReadOnlyList<SolutionPackage> Select(string folder, SolutionChoice choice, bool managed, string scratch, out string? problem)
    {
        problem = null;
        if (!Directory.Exists(folder))
        {
            problem = $"{folder} does not exist: run `cxjourney pack` first (or pass --packages DIR).";
            return Array.Empty<SolutionPackage>();
        }
        var zips = Directory.GetFiles(folder, "*.zip")
            .Where(path => Path.GetFileNameWithoutExtension(path).EndsWith("_managed", StringComparison.OrdinalIgnoreCase) == managed)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        var packages = zips.Select((zip, i) => Read(zip, Path.Combine(scratch, i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Where(p => p.UniqueName.StartsWith(CoreUniqueName, StringComparison.OrdinalIgnoreCase))
            .GroupBy(p => p.UniqueName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(p => System.Version.TryParse(p.Version, out var v) ? v : new System.Version(0, 0)).First())
            .OrderBy(p => p.IsCore ? 0 : 1).ThenBy(p => p.UniqueName, StringComparer.Ordinal)
            .ToList();
        string kind = managed ? "managed" : "unmanaged";
        var chosen = choice switch
        {
            SolutionChoice.Core => packages.Where(p => p.IsCore).ToList(),
            SolutionChoice.Sales => packages.Where(p => !p.IsCore).ToList(),
            _ => packages,
        };
        if (chosen.Count == 0)
        {
            problem = choice switch
            {
                SolutionChoice.Sales => $"{folder} holds no {kind} sales solution zip (a CxJourney solution other than {CoreUniqueName}); run `cxjourney pack`.",
                SolutionChoice.Core => $"{folder} holds no {kind} zip of the {CoreUniqueName} solution; run `cxjourney pack`.",
                _ => $"{folder} holds no {kind} CxJourney solution zip; run `cxjourney pack`.",
            };
        }
        return chosen;
    }
}
