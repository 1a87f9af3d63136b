using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Cli.Demo;

/// <summary>The customer-experience figures of a set of case scores and survey answers; null where there is nothing to measure.</summary>
public sealed record KpiSet(
    int CasesScored,
    int Answers,
    double? CsatAverage,
    double? CsatTop2Percent,
    double? Nps,
    double? CesAverage,
    double? FcrPercent,
    double? ResolveByMetPercent,
    double? FirstResponseMinutesMedian,
    double? CsatPredictionMae = null,
    double? CsatBaselineMae = null,
    double? CesPredictionMae = null,
    double? CesBaselineMae = null);

/// <summary>A breakdown row: the figures of one segment or channel.</summary>
public sealed record KpiGroup(string Label, KpiSet Kpis);

/// <summary>
/// The figures, with the definitions the dashboard uses (WebResources/src/dashboard/kpi.ts), so the
/// terminal and the browser agree:
/// <list type="bullet">
/// <item>CSAT average and top-2-box %: over surveyed CSAT answers (cx_feedback.cx_csat, 1-5); top-2-box is the share of 4s and 5s.</item>
/// <item>NPS: % promoters (9-10) minus % detractors (0-6) over NPS answers (cx_feedback.cx_nps).</item>
/// <item>CES average: over CES answers (cx_feedback.cx_ces, 1-7, lower is better).</item>
/// <item>FCR %: case scores with a resolution time (cx_resolvedon) and cx_firstcontactresolution known, share Yes.</item>
/// <item>Resolve-by met %: case scores with cx_resolvebymet known, except open cases not yet due at the end of the
///   period (no cx_resolvedon and cx_resolveby still ahead), share Yes.</item>
/// <item>First response median: median of cx_firstresponseminutes over case scores that have one.</item>
/// <item>Prediction error (CSAT, CES): over case scores whose value was surveyed and which kept the model's prediction,
///   the mean absolute error |surveyed − predicted|; its baseline is the mean absolute error of always answering the
///   mean of those same surveyed values (a model worth having beats it).</item>
/// </list>
/// tests/fixtures/kpi-golden.json holds data and expected figures that both implementations are tested against.
/// Anonymous answers (kiosk) count in the totals. Breakdowns group case scores by their cx_segment / cx_channel
/// and answers by theirs.
/// </summary>
public static class DemoKpis
{
    public const string None = "(none)";

    public static KpiSet Compute(IReadOnlyCollection<Entity> scores, IReadOnlyCollection<Entity> feedback, DateTime now)
    {
        var csat = Values(feedback, FeedbackColumns.Csat);
        var nps = Values(feedback, FeedbackColumns.Nps);
        var ces = Values(feedback, FeedbackColumns.Ces);

        var resolved = scores.Where(s => s.Contains(CaseScoreColumns.ResolvedOn) && s.Contains(CaseScoreColumns.FirstContactResolution)).ToList();
        var decided = scores.Where(s => s.Contains(CaseScoreColumns.ResolveByMet) && !OpenAndNotYetDue(s, now)).ToList();
        var firstResponse = Values(scores, CaseScoreColumns.FirstResponseMinutes);
        var csatPrediction = Prediction(scores, CaseScoreColumns.Csat, CaseScoreColumns.CsatSource, CaseScoreColumns.PredictedCsat);
        var cesPrediction = Prediction(scores, CaseScoreColumns.Ces, CaseScoreColumns.CesSource, CaseScoreColumns.PredictedCes);

        return new KpiSet(
            scores.Count,
            feedback.Count,
            csat.Count == 0 ? null : csat.Average(),
            csat.Count == 0 ? null : 100.0 * csat.Count(v => v >= 4) / csat.Count,
            nps.Count == 0 ? null : 100.0 * (nps.Count(v => v >= 9) - nps.Count(v => v <= 6)) / nps.Count,
            ces.Count == 0 ? null : ces.Average(),
            resolved.Count == 0 ? null : 100.0 * resolved.Count(s => s.GetAttributeValue<bool>(CaseScoreColumns.FirstContactResolution)) / resolved.Count,
            decided.Count == 0 ? null : 100.0 * decided.Count(s => s.GetAttributeValue<bool>(CaseScoreColumns.ResolveByMet)) / decided.Count,
            Median(firstResponse),
            csatPrediction.Model,
            csatPrediction.Baseline,
            cesPrediction.Model,
            cesPrediction.Baseline);
    }

    /// <summary>Model and constant-mean baseline MAE over the scores whose value was surveyed and kept a prediction.</summary>
    private static (double? Model, double? Baseline) Prediction(IEnumerable<Entity> scores, string value, string source, string predicted)
    {
        var pairs = scores
            .Where(s => s.GetAttributeValue<OptionSetValue>(source)?.Value == Choices.ScoreSource.Surveyed && s.Contains(value) && s.Contains(predicted))
            .Select(s => (Actual: Number(s[value]!), Predicted: Number(s[predicted]!)))
            .ToList();
        if (pairs.Count == 0) return (null, null);
        var mean = pairs.Average(p => p.Actual);
        return (pairs.Average(p => Math.Abs(p.Actual - p.Predicted)), pairs.Average(p => Math.Abs(p.Actual - mean)));
    }

    /// <summary>The figures per value of a choice column that both tables have (cx_segment, cx_channel), in option order, "(none)" last.</summary>
    public static IReadOnlyList<KpiGroup> By(string choiceColumn, IReadOnlyCollection<Entity> scores, IReadOnlyCollection<Entity> feedback, DateTime now)
    {
        var keys = scores.Concat(feedback).Select(row => Key(row, choiceColumn)).Distinct()
            .OrderBy(k => k.Value ?? int.MaxValue).ToList();
        return keys.Select(k => new KpiGroup(
                k.Label,
                Compute(
                    scores.Where(s => Key(s, choiceColumn).Value == k.Value).ToList(),
                    feedback.Where(f => Key(f, choiceColumn).Value == k.Value).ToList(),
                    now)))
            .ToList();
    }

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.OrderBy(v => v).ToList();
        int mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static bool OpenAndNotYetDue(Entity score, DateTime now) =>
        !score.Contains(CaseScoreColumns.ResolvedOn)
        && score.GetAttributeValue<DateTime?>(CaseScoreColumns.ResolveBy) is DateTime due
        && due > now;

    private static List<double> Values(IEnumerable<Entity> rows, string column) =>
        rows.Select(r => r.Contains(column) ? r[column] : null).OfType<object>().Select(Number).ToList();

    private static double Number(object value) => value switch
    {
        int i => i,
        double d => d,
        decimal m => (double)m,
        long l => l,
        _ => throw new InvalidOperationException($"Not a number: {value.GetType().Name}"),
    };

    private static (int? Value, string Label) Key(Entity row, string column)
    {
        int? value = row.GetAttributeValue<OptionSetValue>(column)?.Value;
        if (value is null) return (null, None);
        return (value, row.FormattedValues.TryGetValue(column, out string? label) ? label : value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
