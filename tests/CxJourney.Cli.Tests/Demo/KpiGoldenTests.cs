using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CxJourney.Cli.Demo;
using CxJourney.Plugins.Model;
using CxJourney.Tests.Shared;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Cli.Tests.Demo;

/// <summary>
/// One KPI definition: tests/fixtures/kpi-golden.json holds case scores, survey answers and the figures they must give.
/// The dashboard's kpi.ts is tested against the same file (WebResources/test/kpi-golden.test.ts), so the terminal
/// summary and the browser cannot drift apart.
/// </summary>
public class KpiGoldenTests
{
    private static readonly JsonElement Golden =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "fixtures", "kpi-golden.json"))).RootElement;

    [Fact]
    public void The_demo_summary_computes_the_golden_figures()
    {
        var now = Date(Golden.GetProperty("now"))!.Value;
        var scores = Golden.GetProperty("cases").EnumerateArray().Select(Score).ToList();
        var feedback = Golden.GetProperty("feedback").EnumerateArray().Select(Answer).ToList();

        var k = DemoKpis.Compute(scores, feedback, now);

        var actual = new Dictionary<string, double?>
        {
            ["casesScored"] = k.CasesScored, ["answers"] = k.Answers, ["csatAverage"] = k.CsatAverage, ["csatTop2Percent"] = k.CsatTop2Percent,
            ["nps"] = k.Nps, ["cesAverage"] = k.CesAverage, ["fcrPercent"] = k.FcrPercent, ["resolveByMetPercent"] = k.ResolveByMetPercent,
            ["firstResponseMinutesMedian"] = k.FirstResponseMinutesMedian, ["csatPredictionMae"] = k.CsatPredictionMae,
            ["csatBaselineMae"] = k.CsatBaselineMae, ["cesPredictionMae"] = k.CesPredictionMae, ["cesBaselineMae"] = k.CesBaselineMae,
        };
        var expected = Golden.GetProperty("expected").EnumerateObject().ToList();
        Assert.Equal(expected.Select(e => e.Name).OrderBy(n => n), actual.Keys.OrderBy(n => n));
        foreach (var figure in expected)
        {
            Assert.True(actual[figure.Name].HasValue, figure.Name + " is missing");
            Assert.True(Math.Abs(figure.Value.GetDouble() - actual[figure.Name]!.Value) < 1e-5, $"{figure.Name}: expected {figure.Value.GetDouble()}, got {actual[figure.Name]}");
        }
    }

    private static Entity Score(JsonElement c)
    {
        var row = new Entity(Tables.CaseScore, Guid.NewGuid());
        Set(row, CaseScoreColumns.ResolvedOn, Date(c.GetProperty("resolvedOn")));
        Set(row, CaseScoreColumns.ResolveBy, Date(c.GetProperty("resolveBy")));
        Set(row, CaseScoreColumns.FirstContactResolution, Bool(c.GetProperty("fcr")));
        Set(row, CaseScoreColumns.ResolveByMet, Bool(c.GetProperty("resolveByMet")));
        Set(row, CaseScoreColumns.FirstResponseMinutes, Int(c.GetProperty("firstResponseMinutes")));
        Measure(row, c, "csat", CaseScoreColumns.Csat, CaseScoreColumns.CsatSource, CaseScoreColumns.PredictedCsat);
        Measure(row, c, "ces", CaseScoreColumns.Ces, CaseScoreColumns.CesSource, CaseScoreColumns.PredictedCes);
        return row;
    }

    private static void Measure(Entity row, JsonElement c, string name, string value, string source, string predicted)
    {
        var v = Decimal(c.GetProperty(name));
        if (v == null) return;
        row[value] = v;
        row[source] = new OptionSetValue(c.GetProperty(name + "Surveyed").GetBoolean() ? Choices.ScoreSource.Surveyed : Choices.ScoreSource.Predicted);
        Set(row, predicted, Decimal(c.GetProperty("predicted" + char.ToUpperInvariant(name[0]) + name.Substring(1))));
    }

    private static Entity Answer(JsonElement f)
    {
        var row = new Entity(Tables.Feedback, Guid.NewGuid());
        Set(row, FeedbackColumns.Csat, Int(f.GetProperty("csat")));
        Set(row, FeedbackColumns.Ces, Int(f.GetProperty("ces")));
        Set(row, FeedbackColumns.Nps, Int(f.GetProperty("nps")));
        return row;
    }

    private static void Set(Entity row, string column, object? value)
    {
        if (value != null) row[column] = value;
    }

    private static DateTime? Date(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null : DateTime.Parse(e.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static bool? Bool(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetBoolean();

    private static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();

    private static decimal? Decimal(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
}
