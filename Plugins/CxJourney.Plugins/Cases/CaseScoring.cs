using System;
using System.Collections.Generic;
using CxJourney.Plugins.Domain.Scoring;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Cases;

/// <summary>A case, its score and the problems met while scoring it.</summary>
public sealed record ScoredCase(CaseRecord Case, CaseScore Score, IReadOnlyList<string> Notes);

/// <summary>
/// Scores a case from what the plugins read: the case query and the touchpoint aggregate (two service calls,
/// whatever the case's history). Used by the case event job (which plans its follow-ups from the same score) and by
/// `cxjourney calibrate`.
/// </summary>
public static class CaseScoring
{
    /// <summary>Reads and scores the case; null when it no longer exists.</summary>
    public static ScoredCase? Read(IOrganizationService service, Guid caseId, ScoringConfiguration configuration, DateTime nowUtc)
    {
        var record = CaseQuery.Read(service, caseId);
        if (record == null)
            return null;
        return Score(record, service, configuration, nowUtc);
    }

    /// <summary>Scores a case already read: one aggregate query over its touchpoints.</summary>
    public static ScoredCase Score(CaseRecord record, IOrganizationService service, ScoringConfiguration configuration, DateTime nowUtc)
    {
        var groups = CaseTouchpointTotals.Read(service, record.Id, record.ResolvedOn);
        var score = Score(record, groups, configuration, nowUtc);
        var notes = new List<string>(configuration.Problems);
        notes.AddRange(score.Warnings);
        foreach (var f in record.Feedback)
            if (f.Ignored != null) notes.Add(f.Ignored);
        return new ScoredCase(record, score, notes);
    }

    /// <summary>
    /// The case's score. The model's prediction is always computed from the operational facts and kept next to
    /// a surveyed answer, whichever of the resolution and the answer is scored first: asynchronous jobs run in
    /// any order, and the prediction error (surveyed − predicted) must not depend on it.
    /// </summary>
    public static CaseScore Score(CaseRecord record, IReadOnlyList<CaseTouchpointGroup> groups, ScoringConfiguration configuration, DateTime nowUtc)
    {
        var summary = TouchpointCounting.Summarize(record, groups);
        if (summary.ResolvedOnUtc.HasValue && summary.ResolvedOnUtc.Value < summary.CreatedOnUtc)
            summary = summary with { CreatedOnUtc = summary.ResolvedOnUtc.Value };
        var predicted = CaseScorer.Score(summary, null, configuration.Settings, configuration.Calendar, nowUtc);
        var answers = record.LatestAnswers();
        if (answers == null)
            return predicted;
        var prior = new PriorPrediction(predicted.Csat.Value, predicted.Ces.Value);
        return CaseScorer.Score(summary, answers, configuration.Settings, configuration.Calendar, nowUtc, prior);
    }
}
