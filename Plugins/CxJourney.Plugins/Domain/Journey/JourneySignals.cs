using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// The few dates the journey stage depends on, and the state of each case. Every field only ever moves by
/// "earliest of" or "latest of", so <see cref="Apply"/> and <see cref="Merge"/> are commutative, associative
/// and idempotent: applying the same touchpoints in any order, with any of them delivered twice, yields the
/// same signals — and so the same stage. That is what lets asynchronous steps, which Dataverse runs in no
/// guaranteed order, update a journey without locks, and lets a rollup rebuild it from an aggregate query
/// (<see cref="FromSummary"/>) with the same result as from the raw touchpoints.
/// Immutable; safe to share.
/// </summary>
public sealed class JourneySignals
{
    private static readonly IReadOnlyDictionary<string, CaseState> NoCases = new Dictionary<string, CaseState>(StringComparer.Ordinal);

    public static JourneySignals Empty { get; } = new();

    private JourneySignals()
    {
        Cases = NoCases;
    }

    public DateTime? FirstTouchOn { get; private set; }
    public DateTime? LastTouchOn { get; private set; }

    /// <summary>Latest opportunity/quote activity or appointment (see <see cref="TouchpointRules.IsConsideration"/>).</summary>
    public DateTime? LastConsiderationOn { get; private set; }

    /// <summary>Latest opportunity or quote lost.</summary>
    public DateTime? LastLostOn { get; private set; }

    public DateTime? FirstPurchaseOn { get; private set; }
    public DateTime? LastPurchaseOn { get; private set; }

    /// <summary>Latest interaction that is not a sales record (email, call, chat, case, visit, survey...).</summary>
    public DateTime? LastInteractionOn { get; private set; }

    /// <summary>Earliest case resolution.</summary>
    public DateTime? FirstResolvedOn { get; private set; }

    /// <summary>Latest good or promoter feedback (<see cref="FeedbackClassifier"/>).</summary>
    public DateTime? LastGoodFeedbackOn { get; private set; }

    /// <summary>Latest promoter answer or referral.</summary>
    public DateTime? LastAdvocacyOn { get; private set; }

    /// <summary>Latest negative feedback (detractor answer, low CSAT, clearly negative inbound message).</summary>
    public DateTime? LastNegativeFeedbackOn { get; private set; }

    /// <summary>State of each case seen, by case (thread) key.</summary>
    public IReadOnlyDictionary<string, CaseState> Cases { get; private set; }

    public int OpenCaseCount => Cases.Values.Count(c => c.IsOpen);

    /// <summary>These signals with one more touchpoint taken into account.</summary>
    public JourneySignals Apply(TouchpointFact fact, JourneyOptions options)
    {
        if (fact == null) throw new ArgumentNullException(nameof(fact));
        if (options == null) throw new ArgumentNullException(nameof(options));
        var next = Clone();
        next.Observe(fact.Channel, fact.Kind, FeedbackClassifier.Classify(fact, options), fact.OccurredOn, fact.OccurredOn);
        if (TouchpointRules.IsCaseOpen(fact))
            next.MergeCase(fact.EffectiveThreadKey, new CaseState(fact.OccurredOn, null));
        else if (TouchpointRules.IsCaseClose(fact))
            next.MergeCase(fact.EffectiveThreadKey, new CaseState(null, fact.OccurredOn));
        return next;
    }

    /// <summary>Signals of the touchpoints behind both this and <paramref name="other"/>.</summary>
    public JourneySignals Merge(JourneySignals other)
    {
        if (other == null) throw new ArgumentNullException(nameof(other));
        var next = Clone();
        next.FirstTouchOn = DateMath.Min(FirstTouchOn, other.FirstTouchOn);
        next.LastTouchOn = DateMath.Max(LastTouchOn, other.LastTouchOn);
        next.LastConsiderationOn = DateMath.Max(LastConsiderationOn, other.LastConsiderationOn);
        next.LastLostOn = DateMath.Max(LastLostOn, other.LastLostOn);
        next.FirstPurchaseOn = DateMath.Min(FirstPurchaseOn, other.FirstPurchaseOn);
        next.LastPurchaseOn = DateMath.Max(LastPurchaseOn, other.LastPurchaseOn);
        next.LastInteractionOn = DateMath.Max(LastInteractionOn, other.LastInteractionOn);
        next.FirstResolvedOn = DateMath.Min(FirstResolvedOn, other.FirstResolvedOn);
        next.LastGoodFeedbackOn = DateMath.Max(LastGoodFeedbackOn, other.LastGoodFeedbackOn);
        next.LastAdvocacyOn = DateMath.Max(LastAdvocacyOn, other.LastAdvocacyOn);
        next.LastNegativeFeedbackOn = DateMath.Max(LastNegativeFeedbackOn, other.LastNegativeFeedbackOn);
        foreach (var c in other.Cases)
            next.MergeCase(c.Key, c.Value);
        return next;
    }

    /// <summary>Signals rebuilt from an aggregate summary: group first/last dates and per-thread case state.</summary>
    public static JourneySignals FromSummary(JourneySummary summary)
    {
        if (summary == null) throw new ArgumentNullException(nameof(summary));
        var s = Empty.Clone();
        foreach (var g in summary.Groups)
        {
            if (g.Count > 0)
                s.Observe(g.Channel, g.Kind, g.Feedback, g.FirstOn, g.LastOn);
        }
        foreach (var t in summary.Threads)
        {
            if (t.CaseOpenedOn.HasValue || t.CaseClosedOn.HasValue)
                s.MergeCase(t.ThreadKey, new CaseState(t.CaseOpenedOn, t.CaseClosedOn));
        }
        return s;
    }

    // One rule set for a single fact (first = last) and for a group of like facts (first..last).
    private void Observe(TouchpointChannel channel, TouchpointKind kind, FeedbackBand feedback, DateTime first, DateTime last)
    {
        FirstTouchOn = DateMath.Min(FirstTouchOn, first);
        LastTouchOn = DateMath.Max(LastTouchOn, last);
        if (TouchpointRules.IsConsideration(channel, kind))
            LastConsiderationOn = DateMath.Max(LastConsiderationOn, last);
        if (TouchpointRules.IsLostDeal(channel, kind))
            LastLostOn = DateMath.Max(LastLostOn, last);
        if (TouchpointRules.IsPurchase(channel, kind))
        {
            FirstPurchaseOn = DateMath.Min(FirstPurchaseOn, first);
            LastPurchaseOn = DateMath.Max(LastPurchaseOn, last);
        }
        if (!TouchpointRules.IsSalesRecord(channel))
            LastInteractionOn = DateMath.Max(LastInteractionOn, last);
        if (channel == TouchpointChannel.Case && kind == TouchpointKind.Resolved)
            FirstResolvedOn = DateMath.Min(FirstResolvedOn, first);
        if (feedback == FeedbackBand.Good || feedback == FeedbackBand.Promoter)
            LastGoodFeedbackOn = DateMath.Max(LastGoodFeedbackOn, last);
        if (feedback == FeedbackBand.Promoter || kind == TouchpointKind.Referred)
            LastAdvocacyOn = DateMath.Max(LastAdvocacyOn, last);
        if (feedback == FeedbackBand.Negative)
            LastNegativeFeedbackOn = DateMath.Max(LastNegativeFeedbackOn, last);
    }

    private void MergeCase(string key, CaseState state)
    {
        var cases = new Dictionary<string, CaseState>(Cases.Count + 1, StringComparer.Ordinal);
        foreach (var c in Cases)
            cases[c.Key] = c.Value;
        cases[key] = cases.TryGetValue(key, out var existing) ? existing.Merge(state) : state;
        Cases = new System.Collections.ObjectModel.ReadOnlyDictionary<string, CaseState>(cases);
    }

    private JourneySignals Clone() => (JourneySignals)MemberwiseClone();
}
