using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>
/// The reference files embedded in this assembly (Reference/*.tsv, one per standard table),
/// each read once. A table without a file keeps its hand-written definition.
/// </summary>
internal static class StandardReference
{
    /// <summary>The resource name prefix the project file gives each Reference/*.tsv.</summary>
    public const string ResourcePrefix = "StandardReference/";

    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceTable>> Loaded = new(ReadAll);

    /// <summary>Every reference table by logical name.</summary>
    public static IReadOnlyDictionary<string, ReferenceTable> Tables => Loaded.Value;

    public static bool TryGet(string logicalName, out ReferenceTable table)
    {
        if (Tables.TryGetValue(logicalName, out var found))
        {
            table = found;
            return true;
        }
        table = null!;
        return false;
    }

    /// <summary>The names of the embedded files (contact.tsv, ...), ordered.</summary>
    public static IReadOnlyList<string> FileNames()
    {
        var names = new List<string>();
        foreach (var resource in typeof(StandardReference).Assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)) names.Add(resource[ResourcePrefix.Length..]);
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Reads every embedded file afresh (<see cref="Tables"/> keeps the first reading).</summary>
    internal static IReadOnlyDictionary<string, ReferenceTable> ReadAll()
    {
        Assembly assembly = typeof(StandardReference).Assembly;
        var tables = new Dictionary<string, ReferenceTable>(StringComparer.Ordinal);
        foreach (var fileName in FileNames())
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var table = ReferenceReader.Read(fileName, reader);
            tables.Add(table.LogicalName, table);
        }
        return tables;
    }
}
