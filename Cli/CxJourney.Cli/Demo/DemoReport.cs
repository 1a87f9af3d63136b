using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace CxJourney.Cli.Demo;

/// <summary>
/// The demo's summary as `--report FILE` writes it. Keys and their order are stable (the README
/// documents them); every figure is rounded to two decimals, null where there was nothing to measure.
/// </summary>
public sealed record DemoReport
{
    public required int Contacts { get; init; }
    public required int Touchpoints { get; init; }
    public required int Cases { get; init; }
    public required int CasesScored { get; init; }
    public required int Feedback { get; init; }

    /// <summary>Follow-up activities (task, phone call, email) per rule id of cx_FollowUpRules, every rule listed.</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> FollowUps { get; init; }

    public required KpiSet Kpis { get; init; }

    /// <summary>Service calls the capture steps made per touchpoint recorded.</summary>
    public required double? CapturePerTouchpoint { get; init; }

    /// <summary>Reads the capture steps made per event (per run).</summary>
    public required double? CaptureReadsPerEvent { get; init; }

    /// <summary>Service calls per case scoring (a run of the scoring step that scored a case).</summary>
    public required double? ScoringPerCase { get; init; }

    /// <summary>Service calls of all system jobs (asynchronous steps and what their writes set off) per touchpoint recorded.</summary>
    public required double? AsyncPerTouchpoint { get; init; }

    public required double Seconds { get; init; }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("contacts", Contacts);
            json.WriteNumber("touchpoints", Touchpoints);
            json.WriteNumber("cases", Cases);
            json.WriteNumber("casesScored", CasesScored);
            json.WriteNumber("feedback", Feedback);
            json.WriteStartObject("followUps");
            foreach (var (rule, count) in FollowUps) json.WriteNumber(rule, count);
            json.WriteEndObject();
            json.WriteStartObject("kpis");
            Figure(json, "csatAverage", Kpis.CsatAverage);
            Figure(json, "csatTop2Percent", Kpis.CsatTop2Percent);
            Figure(json, "nps", Kpis.Nps);
            Figure(json, "cesAverage", Kpis.CesAverage);
            Figure(json, "fcrPercent", Kpis.FcrPercent);
            Figure(json, "resolveByMetPercent", Kpis.ResolveByMetPercent);
            Figure(json, "firstResponseMinutesMedian", Kpis.FirstResponseMinutesMedian);
            Figure(json, "csatPredictionMae", Kpis.CsatPredictionMae);
            Figure(json, "csatBaselineMae", Kpis.CsatBaselineMae);
            Figure(json, "cesPredictionMae", Kpis.CesPredictionMae);
            Figure(json, "cesBaselineMae", Kpis.CesBaselineMae);
            json.WriteEndObject();
            json.WriteStartObject("serviceCalls");
            Figure(json, "capturePerTouchpoint", CapturePerTouchpoint);
            Figure(json, "captureReadsPerEvent", CaptureReadsPerEvent);
            Figure(json, "scoringPerCase", ScoringPerCase);
            Figure(json, "asyncPerTouchpoint", AsyncPerTouchpoint);
            json.WriteEndObject();
            json.WriteNumber("seconds", Math.Round(Seconds, 1));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static double? Round(double? value) => value is double v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    private static void Figure(Utf8JsonWriter json, string name, double? value)
    {
        if (Round(value) is double rounded) json.WriteNumber(name, rounded);
        else json.WriteNull(name);
    }
}
