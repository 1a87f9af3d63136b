using System;
using System.IO;

namespace CxJourney.TestSupport;

/// <summary>
/// The repository seen from a running test or benchmark. BenchmarkDotNet runs each case from a generated
/// project under bin/, so the folder is found by walking up to CxJourney.sln rather than from the
/// working directory alone.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The product's unpacked solution (tables, keys, steps): what ships.</summary>
    public static string Solution => System.IO.Path.Combine(Path, "Solution");

    private static string Find()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "CxJourney.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No CxJourney.sln above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}.");
    }
}
