using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel.Packing;

namespace CxJourney.Cli.Tests.Packing;

/// <summary>The same sources give byte-identical zips.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Packing_twice_gives_identical_bytes()
    {
        var folder = TempSolution.FixtureFolder("good");
        using var first = PackedZip.Pack(folder, Assemblies());
        using var second = PackedZip.Pack(folder, Assemblies());

        Assert.Equal(File.ReadAllBytes(first.Result.UnmanagedZip), File.ReadAllBytes(second.Result.UnmanagedZip));
        Assert.Equal(File.ReadAllBytes(first.Result.ManagedZip), File.ReadAllBytes(second.Result.ManagedZip));
    }

    [Fact]
    public void Where_the_sources_lie_and_when_they_were_touched_do_not_matter()
    {
        using var original = PackedZip.Pack(TempSolution.FixtureFolder("good"), Assemblies());
        using var copy = TempSolution.Copy();
        var stamp = new DateTime(2031, 7, 4, 12, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(copy.Folder, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, stamp);
        using var moved = PackedZip.Pack(copy.Folder, Assemblies());

        Assert.Equal(File.ReadAllBytes(original.Result.UnmanagedZip), File.ReadAllBytes(moved.Result.UnmanagedZip));
        Assert.Equal(File.ReadAllBytes(original.Result.ManagedZip), File.ReadAllBytes(moved.Result.ManagedZip));
    }

    [Fact]
    public void Every_entry_is_stamped_1980_01_01_and_compressed()
    {
        using var packed = PackedZip.Pack(TempSolution.FixtureFolder("good"), Assemblies());
        using var archive = ZipFile.OpenRead(packed.Result.UnmanagedZip);

        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.True(archive.GetEntry(SolutionPacker.CustomizationsEntry)!.CompressedLength * 4 < archive.GetEntry(SolutionPacker.CustomizationsEntry)!.Length);
        Assert.All(archive.Entries, e => Assert.Equal(0, e.ExternalAttributes));
    }

    [Fact]
    public void The_zip_writer_records_crc_sizes_and_utf8_names_that_other_readers_accept()
    {
        var bytes = DeterministicZip.Create(
        [
            new PackageEntry("check.txt", Encoding.ASCII.GetBytes("123456789")),
            new PackageEntry("dossier/résumé.txt", Encoding.UTF8.GetBytes("é")),
            new PackageEntry("empty", []),
        ]);
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);

        // 0xCBF43926 is CRC-32's published check value for "123456789".
        Assert.Equal(0xCBF43926u, archive.GetEntry("check.txt")!.Crc32);
        Assert.Equal(["check.txt", "dossier/résumé.txt", "empty"], archive.Entries.Select(e => e.FullName));
        Assert.Equal([9L, 2L, 0L], archive.Entries.Select(e => e.Length));
        using var reader = new StreamReader(archive.GetEntry("dossier/résumé.txt")!.Open());
        Assert.Equal("é", reader.ReadToEnd());
    }

    [Fact]
    public void The_zip_writer_refuses_the_same_path_twice()
        => Assert.Throws<InvalidOperationException>(() => DeterministicZip.Create([new PackageEntry("a.xml", []), new PackageEntry("a.xml", [])]));

    private static IReadOnlyDictionary<string, string> Assemblies()
        => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [FixturePluginAssembly.AssemblyName] = FixturePluginAssembly.Path };
}
