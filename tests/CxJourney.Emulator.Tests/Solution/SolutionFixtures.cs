using System;
using System.IO;

namespace CxJourney.Emulator.Tests.Solution;

/// <summary>
/// Finds the fixture solutions of this project and the reference samples carried in
/// tests/fixtures/reference (real exports; see its README for their sources).
/// </summary>
internal static class SolutionFixtures
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Fixture(string name)
        => Path.Combine(RepoRoot, "tests", "CxJourney.Emulator.Tests", "fixtures", "solutions", name);

    public static string Reference(params string[] parts)
        => Path.GetFullPath(Path.Combine([RepoRoot, "tests", "fixtures", "reference", "solution-format", .. parts]));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CxJourney.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No CxJourney.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A throw-away copy of a fixture solution that a test may break.</summary>
internal sealed class TempSolution : IDisposable
{
    public TempSolution(string fixture)
    {
        Root = Path.Combine(Path.GetTempPath(), "cxjourney-solution-" + Guid.NewGuid().ToString("N"));
        Copy(SolutionFixtures.Fixture(fixture), Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Replaces text in a file, failing when the text is not there (so a test cannot silently test nothing).</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var path = PathOf(relative);
        var content = File.ReadAllText(path);
        if (!content.Contains(oldText, StringComparison.Ordinal))
            throw new InvalidOperationException($"'{oldText}' is not in {relative}.");
        File.WriteAllText(path, content.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Delete(string relative)
    {
        var path = PathOf(relative);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else File.Delete(path);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
