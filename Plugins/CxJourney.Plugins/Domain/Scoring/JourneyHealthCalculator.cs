using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// A contact's journey health from its experiences, recent ones weighing more:
/// <code>
/// value(e)  = the case composite when e is a case; else feedback on 0..100:
///             NPS × 10, else (CSAT − 1) × 25, else (7 − CES) / 6 × 100
/// weight(e) = 0.5 ^ (age in days / half-life)          (future-dated experiences count as age 0)
/// health    = round( (Σ weight × value + neutralWeight × neutralScore) / (Σ weight + neutralWeight) )
/// </code>
/// The NPS category comes from the most recent NPS answer, whatever its age; null when there is none.
/// </summary>
public static class JourneyHealthCalculator
{
    public static JourneyHealth Calculate(IEnumerable<JourneyExperience> experiences, JourneyHealthSettings settings, DateTime nowUtc)
    {
        if (experiences == null) throw new ArgumentNullException(nameof(experiences));
        if (settings == null) throw new ArgumentNullException(nameof(settings));
        if (!(settings.HalfLifeDays > 0)) throw new ArgumentException("The half-life must be above zero.", nameof(settings));
        var list = experiences.Where(e => e != null).ToList();
        var latestNps = list.Where(e => e.Feedback?.Nps != null)
            .OrderByDescending(e => e.OccurredOnUtc)
            .Select(e => e.Feedback!.Nps)
            .FirstOrDefault();
        if (list.Count == 0)
            return new JourneyHealth(null, null, null, 0);

        var sum = settings.NeutralWeight * settings.NeutralScore;
        var total = settings.NeutralWeight;
        foreach (var e in list)
        {
            var ageDays = Math.Max(0, (nowUtc - e.OccurredOnUtc).TotalDays);
            var weight = Math.Pow(0.5, ageDays / settings.HalfLifeDays);
            sum += weight * Value(e);
            total += weight;
        }
        int? score = total > 0 ? (int)Math.Round(sum / total, MidpointRounding.AwayFromZero) : null;
        if (score < 0) score = 0;
        if (score > 100) score = 100;
        return new JourneyHealth(score, latestNps, NpsCategories.FromScore(latestNps), list.Count);
    }

    /// <summary>An experience on 0..100 (see the class comment).</summary>
    public static double Value(JourneyExperience e)
    {
        if (e.CaseComposite.HasValue)
            return e.CaseComposite.Value;
        var f = e.Feedback!;
        if (f.Nps.HasValue)
            return f.Nps.Value * 10.0;
        if (f.Csat.HasValue)
            return (f.Csat.Value - 1) * 25.0;
        return (7 - f.Ces!.Value) / 6.0 * 100;
    }
}
