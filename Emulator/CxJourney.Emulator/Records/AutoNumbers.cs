using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// Values of auto-number columns, filled on Create when the request leaves them empty:
/// {SEQNUM:n} (a per-column sequence from 1000, zero-padded to n digits), {RANDSTRING:n}
/// (n letters and digits) and {DATETIMEUTC:format}. A case's ticketnumber follows the
/// platform's "CAS-{SEQNUM:5}-{RANDSTRING:6}" pattern.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/create-auto-number-attributes
internal sealed partial class AutoNumbers
{
    private const string CaseNumberFormat = "CAS-{SEQNUM:5}-{RANDSTRING:6}";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private readonly OrganizationCore _core;
    private readonly Dictionary<(string Table, string Column), long> _sequences = new();

    public AutoNumbers(OrganizationCore core) { _core = core; }

    public void Fill(TableMetadata table, Entity row)
    {
        foreach (ColumnMetadata column in table.Columns)
        {
            string? format = column.AutoNumberFormat;
            if (format is null && table.LogicalName == "incident" && column.LogicalName == "ticketnumber") format = CaseNumberFormat;
            if (string.IsNullOrEmpty(format) || row.GetAttributeValue<string>(column.LogicalName) is { Length: > 0 }) continue;
            row[column.LogicalName] = Format(table.LogicalName, column.LogicalName, format);
        }
    }

    private string Format(string table, string column, string format) => Token().Replace(format, match =>
    {
        string kind = match.Groups[1].Value.ToUpperInvariant();
        string argument = match.Groups[2].Value;
        switch (kind)
        {
            case "SEQNUM":
                long next = _sequences.TryGetValue((table, column), out long current) ? current + 1 : 1000;
                _sequences[(table, column)] = next;
                int digits = int.TryParse(argument, NumberStyles.Integer, CultureInfo.InvariantCulture, out int d) ? d : 1;
                return next.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
            case "RANDSTRING":
                int length = int.TryParse(argument, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : 6;
                byte[] bytes = _core.Ids.NewId().ToByteArray();
                var text = new StringBuilder(length);
                for (int i = 0; i < length; i++) text.Append(Alphabet[bytes[i % bytes.Length] % Alphabet.Length]);
                return text.ToString();
            case "DATETIMEUTC":
                return _core.Clock.UtcNow.ToString(argument, CultureInfo.InvariantCulture);
            default:
                return match.Value;
        }
    });

    [GeneratedRegex(@"\{(SEQNUM|RANDSTRING|DATETIMEUTC):([^}]*)\}", RegexOptions.IgnoreCase)]
    private static partial Regex Token();
}
