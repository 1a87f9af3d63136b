using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Calendar;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// Turns a case's operational facts and the customer's answers into its <see cref="CaseScore"/>.
/// Pure and deterministic: the clock is a parameter. Definitions:
/// <list type="bullet">
/// <item>FCR: resolved, at most one inbound contact, never reopened.</item>
/// <item>Resolve-by: the case's SLA time when set, else creation + the configured target in business hours;
/// met when resolved at or before it; missed when resolved after it, or still open after it.</item>
/// <item>CSAT / CES: the answer when given (surveyed), else <see cref="SatisfactionModel"/> (predicted).
/// An answer that replaces an earlier prediction (<see cref="PriorPrediction"/>) keeps that prediction
/// and the error surveyed − predicted.</item>
/// <item>NPS: only an answer; never predicted.</item>
/// <item>Composite: <see cref="CompositeWeights"/>.</item>
/// </list>
/// </summary>
public static class CaseScorer
{
    public static CaseScore Score(
        CaseSummary summary,
        FeedbackAnswers? feedback,
        ScoringSettings settings,
        BusinessCalendar calendar,
        DateTime nowUtc,
        PriorPrediction? prior = null)
    {
        if (summary == null) throw new ArgumentNullException(nameof(summary));
        if (settings == null) throw new ArgumentNullException(nameof(settings));
        if (calendar == null) throw new ArgumentNullException(nameof(calendar));
        Check(summary);
        var warnings = new List<string>();
        var created = BusinessCalendar.AsUtc(summary.CreatedOnUtc, nameof(summary));
        var now = BusinessCalendar.AsUtc(nowUtc, nameof(nowUtc));
        var resolved = summary.ResolvedOnUtc.HasValue ? BusinessCalendar.AsUtc(summary.ResolvedOnUtc.Value, nameof(summary)) : (DateTime?)null;

        DateTime resolveBy;
        ResolveBySource resolveBySource;
        if (summary.ResolveByUtc.HasValue)
        {
            resolveBy = BusinessCalendar.AsUtc(summary.ResolveByUtc.Value, nameof(summary));
            resolveBySource = ResolveBySource.Sla;
        }
        else
        {
            resolveBySource = ResolveBySource.ConfiguredTarget;
            try
            {
                resolveBy = calendar.AddBusinessHours(created, settings.ResolveByTargetBusinessHours);
            }
            catch (BusinessCalendarException e)
            {
                // Scoring must not fail on a calendar problem: fall back to elapsed hours and say so.
                resolveBy = created.AddHours(settings.ResolveByTargetBusinessHours);
                warnings.Add(e.Message + " The resolve-by target was counted in elapsed hours instead.");
            }
        }

        bool? resolveByMet = resolved.HasValue ? resolved.Value <= resolveBy : now > resolveBy ? false : null;
        var fcr = resolved.HasValue && summary.InboundContacts <= 1 && summary.ReopenCount == 0;
        double? firstResponseMinutes = summary.FirstAgentResponseUtc.HasValue
            ? Math.Round(Math.Max(0, (BusinessCalendar.AsUtc(summary.FirstAgentResponseUtc.Value, nameof(summary)) - created).TotalMinutes), 1)
            : null;
        double? resolutionHours = resolved.HasValue
            ? Math.Round(calendar.BusinessDuration(created, resolved.Value).TotalHours, 2)
            : null;

        var signals = new PredictionSignals
        {
            FirstContactResolution = fcr,
            Reopens = summary.ReopenCount,
            ExtraInboundContacts = Math.Max(0, summary.InboundContacts - 1),
            ResolveByMissed = resolveByMet == false,
            ResolutionBusinessHours = resolutionHours ?? Math.Max(0, calendar.BusinessDuration(created, now).TotalHours),
            FirstResponseHours = (firstResponseMinutes ?? 0) / 60.0,
            Handoffs = (summary.Transfers ?? 0) + (summary.OwnerChanges ?? 0),
            ExtraChannels = Math.Max(0, (summary.ChannelMix?.Count(c => c.Value > 0) ?? 0) - 1),
            SentimentAverage = summary.Sentiment != null && summary.Sentiment.Count > 0 ? summary.Sentiment.Average : 0,
            SentimentMinimum = summary.Sentiment != null && summary.Sentiment.Count > 0 ? summary.Sentiment.Minimum : 0,
        };
        var csatPrediction = settings.CsatModel.Predict(signals);
        var cesPrediction = settings.CesModel.Predict(signals);

        var csat = Combine(feedback?.Csat, csatPrediction, prior?.Csat);
        var ces = Combine(feedback?.Ces, cesPrediction, prior?.Ces);
        var sentimentKnown = summary.Sentiment != null && summary.Sentiment.Count > 0;

        var score = new CaseScore
        {
            FirstContactResolution = fcr,
            InboundContacts = summary.InboundContacts,
            OutboundContacts = summary.OutboundContacts,
            Reopens = summary.ReopenCount,
            FirstResponseMinutes = firstResponseMinutes,
            ResolutionBusinessHours = resolutionHours,
            ResolveByUtc = resolveBy,
            ResolveBySource = resolveBySource,
            ResolveByMet = resolveByMet,
            Csat = csat,
            Ces = ces,
            Nps = feedback?.Nps,
            NpsCategory = NpsCategories.FromScore(feedback?.Nps),
            SentimentAverage = sentimentKnown ? summary.Sentiment!.Average : null,
            SentimentMinimum = sentimentKnown ? summary.Sentiment!.Minimum : null,
            SentimentCount = summary.Sentiment?.Count ?? 0,
            CsatExplanation = csatPrediction.Explain(settings.CsatModel.Min, settings.CsatModel.Max),
            CesExplanation = cesPrediction.Explain(settings.CesModel.Min, settings.CesModel.Max),
            Warnings = warnings,
            Signals = signals,
        };
        return score with { Composite = Composite(score, settings.Composite) };
    }

    /// <summary>The composite 0-100 of a score's parts (see <see cref="CompositeWeights"/>).</summary>
    public static int Composite(CaseScore score, CompositeWeights weights)
    {
        if (score == null) throw new ArgumentNullException(nameof(score));
        if (weights == null) throw new ArgumentNullException(nameof(weights));
        var sum = 0.0;
        var total = 0.0;
        void Add(double weight, double? part)
        {
            if (part == null || weight <= 0)
                return;
            sum += weight * part.Value;
            total += weight;
        }
        Add(weights.Csat, (score.Csat.Value - 1) / 4);
        Add(weights.Ces, (7 - score.Ces.Value) / 6);
        Add(weights.Sentiment, score.SentimentAverage.HasValue ? (score.SentimentAverage.Value + 1) / 2 : null);
        Add(weights.FirstContactResolution, score.FirstContactResolution ? 1 : 0);
        Add(weights.ResolveBy, score.ResolveByMet.HasValue ? (score.ResolveByMet.Value ? 1 : 0) : null);
        Add(weights.Nps, score.Nps.HasValue ? score.Nps.Value / 10.0 : null);
        if (total <= 0)
            return 50;
        var value = (int)Math.Round(100 * sum / total, MidpointRounding.AwayFromZero);
        return value < 0 ? 0 : value > 100 ? 100 : value;
    }

    private static ScoredValue Combine(int? surveyed, SatisfactionPrediction prediction, double? prior)
    {
        if (surveyed == null)
            return new ScoredValue(prediction.Value, ScoreSource.Predicted, prediction.Value, null);
        double? error = prior.HasValue ? Math.Round(surveyed.Value - prior.Value, 2, MidpointRounding.AwayFromZero) : null;
        return new ScoredValue(surveyed.Value, ScoreSource.Surveyed, prior, error);
    }

    private static void Check(CaseSummary s)
    {
        if (s.ReopenCount < 0 || s.InboundContacts < 0 || s.OutboundContacts < 0 || s.Transfers < 0 || s.OwnerChanges < 0)
            throw new ArgumentException("Counts in a case summary cannot be negative.", nameof(s));
        if (s.ResolvedOnUtc.HasValue && s.ResolvedOnUtc.Value < s.CreatedOnUtc)
            throw new ArgumentException("A case cannot be resolved before it was created.", nameof(s));
    }
}
