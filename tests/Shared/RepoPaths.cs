using System;
using System.IO;
using System.Reflection;

namespace CxJourney.Tests.Shared;

/// <summary>Where the repository and its build outputs are, seen from a running test assembly.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding CxJourney.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Real exports carried in as fixtures (tests/fixtures/reference; its README names their sources).</summary>
    public static string ReferenceFixtures => Path.Combine(Root, "tests", "fixtures", "reference");

    /// <summary>The build configuration this test assembly was built in (Debug from an IDE, Release from test.sh).</summary>
    public static string Configuration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>A built project output: e.g. Output("Plugins/CxJourney.Plugins", "net462", "CxJourney.Plugins.dll").</summary>
    public static string Output(string projectFolder, string targetFramework, string fileName)
    {
        var path = Path.Combine(Root, projectFolder, "bin", Configuration, targetFramework, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Build output missing: {path}. Build the solution first (./test.sh does).", path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CxJourney.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No CxJourney.sln above {AppContext.BaseDirectory}.");
    }
}
