using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CxJourney.Cli.Tests.Demo;

/// <summary>
/// An exported CSV file read as a reader elsewhere would read it (RFC 4180: quoted fields may hold commas,
/// doubled quotes and line breaks), written here rather than borrowed from the exporter so the test checks
/// the files, not the code that wrote them.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public static CsvTable Read(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        if (records.Count == 0) throw new InvalidDataException($"{path} has no header.");
        foreach (var record in records.Skip(1))
        {
            if (record.Count != records[0].Count) throw new InvalidDataException($"{path}: a row has {record.Count} fields, the header {records[0].Count}.");
        }
        return new CsvTable(records[0], records.Skip(1).ToList());
    }

    public string Cell(IReadOnlyList<string> row, string column) =>
        _columns.TryGetValue(column, out int i) ? row[i] : throw new KeyNotFoundException($"No column '{column}' in [{string.Join(", ", Header)}].");

    public double? Number(IReadOnlyList<string> row, string column)
    {
        string cell = Cell(row, column);
        return cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public bool? Bool(IReadOnlyList<string> row, string column) => Cell(row, column) switch
    {
        "" => null,
        "true" => true,
        "false" => false,
        var other => throw new FormatException($"'{other}' in {column} is not true or false."),
    };

    public DateTime? Time(IReadOnlyList<string> row, string column)
    {
        string cell = Cell(row, column);
        return cell.Length == 0 ? null : DateTime.ParseExact(cell, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = new List<string>();
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }
}
