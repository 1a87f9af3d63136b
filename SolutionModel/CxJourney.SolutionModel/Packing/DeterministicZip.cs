using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace CxJourney.SolutionModel.Packing;

/// <summary>One file of a package: its path inside the zip (forward slashes) and its bytes.</summary>
public sealed record PackageEntry(string Path, byte[] Content);

/// <summary>
/// Writes a zip whose bytes depend only on the entries: entries in the order given, every time
/// stamp 1980-01-01 00:00 (the first DOS date), "made by" MS-DOS 2.0 on every OS, no extra
/// fields, no comments, deflate for every entry. ZipArchive stamps the host OS into each central
/// directory record, so the same sources would give different bytes on Windows and Linux.
/// </summary>
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (sections 4.3.7, 4.3.12, 4.3.16)
public static class DeterministicZip
{
    private const ushort Version20 = 20;
    private const ushort MethodDeflate = 8;
    private const ushort FlagUtf8Names = 0x0800;
    private const ushort DosTime = 0;
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1;

    public static byte[] Create(IReadOnlyList<PackageEntry> entries)
    {
        using var stream = new MemoryStream();
        Write(stream, entries);
        return stream.ToArray();
    }

    public static void Write(Stream output, IReadOnlyList<PackageEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count > ushort.MaxValue) throw new InvalidOperationException("A solution zip holds at most 65535 files here (no Zip64).");

        var central = new MemoryStream();
        var names = new HashSet<string>(StringComparer.Ordinal);
        long offset = 0;
        foreach (var entry in entries)
        {
            if (!names.Add(entry.Path)) throw new InvalidOperationException($"The package holds '{entry.Path}' twice.");
            var name = Encoding.UTF8.GetBytes(entry.Path);
            var flags = IsAscii(entry.Path) ? (ushort)0 : FlagUtf8Names;
            var compressed = Deflate(entry.Content);
            var crc = Crc32.Compute(entry.Content);
            if (offset > uint.MaxValue || compressed.LongLength > uint.MaxValue || entry.Content.LongLength > uint.MaxValue)
                throw new InvalidOperationException("A solution zip is limited to 4 GiB here (no Zip64).");

            var local = new byte[30];
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(0), 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(4), Version20);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(6), flags);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(8), MethodDeflate);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(10), DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(12), DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(14), crc);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(18), (uint)compressed.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(22), (uint)entry.Content.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(26), (ushort)name.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(28), 0);
            output.Write(local);
            output.Write(name);
            output.Write(compressed);

            var record = new byte[46];
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(0), 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(4), Version20);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(6), Version20);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(8), flags);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(10), MethodDeflate);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(12), DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(14), DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(16), crc);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(20), (uint)compressed.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(24), (uint)entry.Content.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(28), (ushort)name.Length);
            // extra length, comment length, disk number, internal and external attributes: all zero.
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(42), (uint)offset);
            central.Write(record);
            central.Write(name);

            offset += local.Length + name.Length + compressed.Length;
        }

        if (offset > uint.MaxValue || central.Length > uint.MaxValue) throw new InvalidOperationException("A solution zip is limited to 4 GiB here (no Zip64).");
        central.Position = 0;
        central.CopyTo(output);

        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(0), 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)offset);
        output.Write(end);
    }

    private static byte[] Deflate(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }
        return buffer.ToArray();
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7e || c < 0x20) return false;
        }
        return true;
    }
}

/// <summary>CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) as zip headers carry it.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }
}
