using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using CxJourney.SolutionModel.Packing;

namespace CxJourney.Cli.Tests.Support;

/// <summary>Packs fixture solutions into a temporary folder and opens what was written.</summary>
internal sealed class PackedZip : IDisposable
{
    private PackedZip(string folder, PackResult result)
    {
        Folder = folder;
        Result = result;
    }

    public string Folder { get; }
    public PackResult Result { get; }

    public static PackedZip Pack(string solutionFolder, IReadOnlyDictionary<string, string> assemblies, string? version = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cxjourney-cli-tests", Guid.NewGuid().ToString("N"));
        var result = SolutionPacker.Pack(new PackRequest
        {
            SolutionFolder = solutionFolder,
            OutputFolder = Path.Combine(folder, "out"),
            Version = version,
            AssemblyFiles = assemblies,
        });
        return new PackedZip(folder, result);
    }

    /// <summary>The zip's entries in zip order, with their bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Content, DateTimeOffset LastWrite)> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray(), e.LastWriteTime);
        }).ToList();
    }

    public static string Text(string zip, string entry)
        => Encoding.UTF8.GetString(Entries(zip).Single(e => e.Name == entry).Content);

    /// <summary>Extracts a zip into a new folder of this pack's temporary area.</summary>
    public string Extract(string zip)
    {
        var target = Path.Combine(Folder, "extracted-" + Path.GetFileNameWithoutExtension(zip));
        ZipFile.ExtractToDirectory(zip, target);
        return target;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
