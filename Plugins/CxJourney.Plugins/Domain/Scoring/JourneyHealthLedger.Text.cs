using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CxJourney.Plugins.Domain.Json;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// The ledger as stored in cx_healthstate: compact JSON, read back with the plugin's own reader
/// (<see cref="JsonReader"/>). Instants are UTC ticks, so nothing is lost to a date format:
/// <code>{"v":1,"cases":[[caseId,ticks,composite],...],"answers":[[id,caseId|null,ticks,csat|null,ces|null,nps|null],...]}</code>
/// Anything unreadable (another version, a truncated value, an answer off its scale) reads as no ledger, and the
/// case job recomputes it from the contact's scores and feedback.
/// </summary>
public sealed partial class JourneyHealthLedger
{
    private const int Version = 1;

    /// <summary>The stored text; entries in a fixed order, so the same ledger always gives the same text.</summary>
    public string Serialize()
    {
        var text = new StringBuilder(32 + 64 * (_cases.Count + _answers.Count));
        text.Append("{\"v\":").Append(Int(Version)).Append(",\"cases\":[");
        var first = true;
        foreach (var c in Cases)
        {
            if (!first) text.Append(',');
            first = false;
            text.Append('[').Append(Id(c.CaseId)).Append(',').Append(Ticks(c.OnUtc)).Append(',').Append(Int(c.Composite)).Append(']');
        }
        text.Append("],\"answers\":[");
        first = true;
        foreach (var a in Answers)
        {
            if (!first) text.Append(',');
            first = false;
            text.Append('[').Append(Id(a.Id)).Append(',').Append(a.CaseId.HasValue ? Id(a.CaseId.Value) : "null").Append(',').Append(Ticks(a.AnsweredOnUtc))
                .Append(',').Append(Int(a.Csat)).Append(',').Append(Int(a.Ces)).Append(',').Append(Int(a.Nps)).Append(']');
        }
        text.Append("]}");
        return text.ToString();
    }

    /// <summary>The ledger in <paramref name="text"/>, or null when there is none or it cannot be read.</summary>
    public static JourneyHealthLedger? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            var root = JsonReader.Parse(text);
            if (root.Kind != JsonKind.Object || root.Property("v") is not JsonValue v || v.Kind != JsonKind.Number || v.AsInt32() != Version) return null;
            var cases = new List<ScoredCaseEntry>();
            foreach (var item in Items(root, "cases", 3))
            {
                var composite = item[2].AsInt32();
                if (composite < 0 || composite > 100) return null;
                cases.Add(new ScoredCaseEntry(ToId(item[0]), FromTicks(item[1]), composite));
            }
            var answers = new List<FeedbackEntry>();
            foreach (var item in Items(root, "answers", 6))
            {
                var csat = OptionalInt(item[3]);
                var ces = OptionalInt(item[4]);
                var nps = OptionalInt(item[5]);
                if (csat is < 1 or > 5 || ces is < 1 or > 7 || nps is < 0 or > 10) return null;
                answers.Add(new FeedbackEntry(ToId(item[0]), item[1].IsNull ? null : ToId(item[1]), FromTicks(item[2]), csat, ces, nps));
            }
            return From(cases, answers);
        }
        catch (JsonConfigurationException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The arrays of <paramref name="width"/> items under <paramref name="name"/>; throws FormatException for any other shape.</summary>
    private static IEnumerable<IReadOnlyList<JsonValue>> Items(JsonValue root, string name, int width)
    {
        var list = root.Property(name);
        if (list == null || list.Kind != JsonKind.Array) throw new FormatException($"No {name} list.");
        foreach (var item in list.Items)
        {
            if (item.Kind != JsonKind.Array || item.Items.Count != width) throw new FormatException($"An entry of {name} is not a list of {width}.");
            yield return item.Items;
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Int(int? value) => value.HasValue ? Int(value.Value) : "null";

    private static int? OptionalInt(JsonValue value) => value.IsNull ? null : value.AsInt32();

    private static string Id(Guid id) => "\"" + id.ToString("D") + "\"";

    private static Guid ToId(JsonValue value) => Guid.ParseExact(value.AsString(), "D");

    private static string Ticks(DateTime at) => at.Ticks.ToString(CultureInfo.InvariantCulture);

    // DateTime's constructor throws ArgumentOutOfRangeException (an ArgumentException) for ticks off its range.
    private static DateTime FromTicks(JsonValue value) => new(value.AsInt64(), DateTimeKind.Utc);
}
