using System;
using System.Collections.Generic;

namespace CxJourney.SolutionModel.Packing;

/// <summary>What to pack: the unpacked solution, where to write, and the built plugin assemblies.</summary>
public sealed record PackRequest
{
    /// <summary>The unpacked solution folder (Solution/).</summary>
    public required string SolutionFolder { get; init; }

    /// <summary>Where the two zips go; created when missing.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>A four-part version stamped into solution.xml and the zip names; null keeps the manifest's.</summary>
    public string? Version { get; init; }

    /// <summary>The built binary of each plugin assembly the solution registers, by assembly name (CxJourney.Plugins).</summary>
    public IReadOnlyDictionary<string, string> AssemblyFiles { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The folder as already read by <see cref="Reading.SolutionReader"/>, to spare a second read; null reads it.</summary>
    public SolutionDefinition? Solution { get; init; }
}

/// <summary>The two zips written, and the version they carry.</summary>
public sealed record PackResult(string UnmanagedZip, string ManagedZip, string Version, int EntryCount);
