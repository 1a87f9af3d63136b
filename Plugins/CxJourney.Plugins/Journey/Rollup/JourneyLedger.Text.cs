using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CxJourney.Plugins.Domain.Journey;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>
/// The ledger as stored in cx_rollupstate: one line per fact, tab-separated, invariant culture, instants as UTC
/// ticks, floating-point values round-trip ("R"). Lines: a header <c>cxledger 1 capacity</c>; <c>r</c> group rows;
/// <c>w</c> wait starts; <c>s</c> latest scored inbound touchpoints; <c>u</c> counted but unlinked touchpoints.
/// Anything unreadable (another version, a truncated value) reads as no ledger, and the rollup recomputes.
/// </summary>
public sealed partial class JourneyLedger
{
    private const string Header = "cxledger";
    private const string Format = "1";

    /// <summary>The stored text; ordered so the same ledger always gives the same text.</summary>
    public string Serialize()
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\t').Append(Format).Append('\t').Append(Int(RecentCapacity)).Append('\n');
        foreach (var r in _rows.Values.OrderBy(r => r.ThreadKey ?? string.Empty, StringComparer.Ordinal)
                     .ThenBy(r => r.Channel).ThenBy(r => r.Direction).ThenBy(r => r.Kind).ThenBy(r => r.Band ?? -1))
        {
            text.Append('r').Append('\t').Append(Escape(r.ThreadKey)).Append('\t').Append(Int(r.Channel)).Append('\t').Append(Int(r.Direction))
                .Append('\t').Append(Int(r.Kind)).Append('\t').Append(r.Band.HasValue ? Int(r.Band.Value) : "-").Append('\t').Append(Int(r.Count))
                .Append('\t').Append(Ticks(r.FirstOn)).Append('\t').Append(Ticks(r.LastOn))
                .Append('\t').Append(r.SentimentSum.ToString("R", CultureInfo.InvariantCulture)).Append('\t').Append(Int(r.SentimentCount))
                .Append('\t').Append(r.ResponseMinutesSum.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Int(r.ResponseCount))
                .Append('\t').Append(r.LongestResponseMinutes.HasValue ? r.LongestResponseMinutes.Value.ToString(CultureInfo.InvariantCulture) : "-")
                .Append('\n');
        }
        foreach (var w in _waitStarts.OrderBy(w => w.Key, StringComparer.Ordinal))
            text.Append('w').Append('\t').Append(Escape(w.Key)).Append('\t').Append(Ticks(w.Value)).Append('\n');
        foreach (var s in _recent)
            text.Append('s').Append('\t').Append(Escape(s.Key)).Append('\t').Append(Ticks(s.OccurredOn)).Append('\t')
                .Append(s.Value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var u in _unlinked.OrderBy(u => u, StringComparer.Ordinal))
            text.Append('u').Append('\t').Append(Escape(u)).Append('\n');
        return text.ToString();
    }

    /// <summary>The ledger in <paramref name="text"/>, or null when there is none or it cannot be read.</summary>
    public static JourneyLedger? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            var lines = text!.Split('\n');
            var head = lines[0].Split('\t');
            if (head.Length != 3 || head[0] != Header || head[1] != Format) return null;
            var rows = new List<GroupRow>();
            var starts = new Dictionary<string, DateTime>(StringComparer.Ordinal);
            var recent = new List<SentimentPoint>();
            var unlinked = new List<string>();
            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0) continue;
                var f = lines[i].Split('\t');
                switch (f[0])
                {
                    case "r" when f.Length == 14:
                        rows.Add(new GroupRow(Unescape(f[1]), ToInt(f[2]), ToInt(f[3]), ToInt(f[4]), f[5] == "-" ? null : ToInt(f[5]), ToInt(f[6]),
                            FromTicks(f[7]), FromTicks(f[8]))
                        {
                            SentimentSum = double.Parse(f[9], NumberStyles.Float, CultureInfo.InvariantCulture),
                            SentimentCount = ToInt(f[10]),
                            ResponseMinutesSum = decimal.Parse(f[11], NumberStyles.Number, CultureInfo.InvariantCulture),
                            ResponseCount = ToInt(f[12]),
                            LongestResponseMinutes = f[13] == "-" ? null : decimal.Parse(f[13], NumberStyles.Number, CultureInfo.InvariantCulture),
                        });
                        break;
                    case "w" when f.Length == 3:
                        starts[Unescape(f[1])] = FromTicks(f[2]);
                        break;
                    case "s" when f.Length == 4:
                        recent.Add(new SentimentPoint(Unescape(f[1]), FromTicks(f[2]), double.Parse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture)));
                        break;
                    case "u" when f.Length == 2:
                        unlinked.Add(Unescape(f[1]));
                        break;
                    default:
                        return null;
                }
            }
            return FromQueries(rows, starts, recent, ToInt(head[2]), unlinked);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int ToInt(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static string Ticks(DateTime at) => at.Ticks.ToString(CultureInfo.InvariantCulture);

    private static DateTime FromTicks(string text) => new(long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture), DateTimeKind.Utc);

    // Thread keys are free text (a conversation id): a tab, line feed or backslash in one must not break the line.
    private static string Escape(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : value!.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n");

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0) return value;
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }
            var next = value[++i];
            text.Append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
        }
        return text.ToString();
    }
}
