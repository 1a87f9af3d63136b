using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;
using CxJourney.Tests.Shared;

namespace CxJourney.Cli.Tests.Support;

/// <summary>A private copy of a fixture solution (fixtures/solutions/NAME) that a test may break; deleted afterwards.</summary>
internal sealed class TempSolution : IDisposable
{
    private TempSolution(string folder)
    {
        Folder = folder;
    }

    public string Folder { get; }

    public static string FixtureFolder(string name) => Path.Combine(RepoPaths.Root, "tests", "CxJourney.Cli.Tests", "fixtures", "solutions", name);

    public static TempSolution Copy(string name = "good")
    {
        var target = Path.Combine(Path.GetTempPath(), "cxjourney-cli-tests", Guid.NewGuid().ToString("N"), name);
        CopyDirectory(FixtureFolder(name), target);
        return new TempSolution(target);
    }

    public string PathOf(string relative) => Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Replaces text in a file, failing when the text is not there (so a test cannot silently break nothing).</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var path = PathOf(relative);
        var text = File.ReadAllText(path);
        if (!text.Contains(oldText, StringComparison.Ordinal)) throw new InvalidOperationException($"'{oldText}' is not in {relative}.");
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Edit(string relative, Action<XElement> edit)
    {
        var path = PathOf(relative);
        var document = XDocument.Load(path);
        edit(document.Root!);
        document.Save(path);
    }

    public void Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Delete(string relative)
    {
        var path = PathOf(relative);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else File.Delete(path);
    }

    public IReadOnlyDictionary<string, string> Assemblies(string? path = null)
        => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [FixturePluginAssembly.AssemblyName] = path ?? FixturePluginAssembly.Path };

    public void Dispose()
    {
        var parent = Path.GetDirectoryName(Folder)!;
        if (Directory.Exists(parent)) Directory.Delete(parent, recursive: true);
    }

    internal static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var directory in Directory.EnumerateDirectories(source)) CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
    }
}
