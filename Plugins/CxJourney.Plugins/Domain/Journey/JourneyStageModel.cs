using System;
using System.Globalization;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// Decides a contact's <see cref="JourneyStage"/> from <see cref="JourneySignals"/>. Rules, first match wins:
/// <list type="number">
/// <item><b>Service</b> — at least one case is open: a case event Created/Reopened later than that case's latest
///   Resolved/Cancelled (case events are matched by their thread key, the case id; one without it is ignored here). Service overrides everything, even advocacy, until the last open case closes;
///   then the contact falls back to whatever the other rules say (a stage is not a ratchet).</item>
/// <item><b>Advocacy</b> — a promoter answer (NPS ≥ <see cref="JourneyOptions.PromoterNps"/>) or a referral,
///   with no negative feedback strictly after it.</item>
/// <item><b>Loyalty</b> — has purchased, and either bought again more than
///   <see cref="JourneyOptions.RepeatPurchaseGapDays"/> after the first purchase, or gave good feedback
///   (NPS passive or promoter, high CSAT, clearly positive inbound message) after a case had been resolved,
///   with no negative feedback strictly after that good feedback.</item>
/// <item><b>Onboarding</b> — has purchased, and the latest interaction (any channel but sales records) came
///   after the latest purchase and at most <see cref="JourneyOptions.OnboardingDays"/> days after it.</item>
/// <item><b>Purchase</b> — has purchased (order/invoice Purchased, opportunity/quote Won) and none of the above:
///   nothing since the purchase, or the latest interaction came after the onboarding window closed.</item>
/// <item><b>Consideration</b> — an opportunity/quote is being worked or an appointment was made, and no deal was
///   lost strictly after that (a lost deal with no newer evaluation drops the contact back to awareness).</item>
/// <item><b>Awareness</b> — any other touchpoint (web visit, social, lead, first emails).</item>
/// <item><b>None</b> — no touchpoint.</item>
/// </list>
/// Ties resolve pessimistically: feedback at the same instant as a negative one, a deal lost at the same instant as
/// it was worked, a case closed at the instant it was opened, all count against the better stage.
/// <para><b>Out-of-order and repeated events.</b> The stage depends only on the signals, and the signals merge by
/// earliest/latest dates, so applying a set of touchpoints in any order, or one twice, ends in the same stage as
/// applying them in time order. What ordering can change is the stage shown between two deliveries: if a case's
/// Resolved event is processed before its Created event, the contact is not put into Service at all, which is the
/// right end state. Rules compare the events' own OccurredOn instants, never the processing time, so evaluation
/// is deterministic and does not drift with the clock; a contact whose onboarding window has passed moves on at
/// their next interaction.</para>
/// Pure and thread-safe.
/// </summary>
public static class JourneyStageModel
{
    /// <summary>The stage the signals imply, with the rule that decided it.</summary>
    public static StageDecision Evaluate(JourneySignals signals, JourneyOptions options)
    {
        if (signals == null) throw new ArgumentNullException(nameof(signals));
        if (options == null) throw new ArgumentNullException(nameof(options));
        var s = signals;

        var open = s.OpenCaseCount;
        if (open > 0)
            return new StageDecision(JourneyStage.Service, open == 1 ? "a case is open" : $"{open} cases are open");

        if (DateMath.After(s.LastAdvocacyOn, s.LastNegativeFeedbackOn))
            return new StageDecision(JourneyStage.Advocacy, $"promoter answer or referral on {Day(s.LastAdvocacyOn)}");

        if (s.FirstPurchaseOn.HasValue && s.LastPurchaseOn.HasValue)
        {
            if ((s.LastPurchaseOn.Value - s.FirstPurchaseOn.Value).TotalDays > options.RepeatPurchaseGapDays)
                return new StageDecision(JourneyStage.Loyalty, $"repeat purchase on {Day(s.LastPurchaseOn)}");
            if (s.FirstResolvedOn.HasValue && DateMath.After(s.LastGoodFeedbackOn, s.FirstResolvedOn) &&
                DateMath.After(s.LastGoodFeedbackOn, s.LastNegativeFeedbackOn))
                return new StageDecision(JourneyStage.Loyalty, $"good feedback on {Day(s.LastGoodFeedbackOn)} after a resolved case");

            var purchase = s.LastPurchaseOn.Value;
            if (DateMath.After(s.LastInteractionOn, purchase) && s.LastInteractionOn!.Value <= purchase.AddDays(options.OnboardingDays))
                return new StageDecision(JourneyStage.Onboarding, $"interaction within {options.OnboardingDays} days of the purchase on {Day(purchase)}");
            return new StageDecision(JourneyStage.Purchase, $"purchase on {Day(purchase)}");
        }

        if (DateMath.After(s.LastConsiderationOn, s.LastLostOn))
            return new StageDecision(JourneyStage.Consideration, $"opportunity, quote or appointment on {Day(s.LastConsiderationOn)}");

        if (s.LastTouchOn.HasValue)
            return new StageDecision(JourneyStage.Awareness,
                s.LastLostOn.HasValue ? $"deal lost on {Day(s.LastLostOn)}" : $"first touchpoint on {Day(s.FirstTouchOn)}");

        return new StageDecision(JourneyStage.None, "no touchpoints");
    }

    public static JourneyStage Derive(JourneySignals signals, JourneyOptions options) => Evaluate(signals, options).Stage;

    /// <summary>
    /// The incremental step: the stage after one more touchpoint, given the signals stored before it.
    /// <paramref name="current"/> is only compared with the result (<see cref="StageTransition.Changed"/>);
    /// the new stage comes from the merged signals alone, so replaying or reordering facts cannot corrupt it.
    /// </summary>
    public static StageTransition Next(JourneyStage current, TouchpointFact fact, JourneySignals before, JourneyOptions options)
    {
        if (before == null) throw new ArgumentNullException(nameof(before));
        var after = before.Apply(fact, options);
        var decision = Evaluate(after, options);
        return new StageTransition(current, decision.Stage, decision.Reason, after);
    }

    private static string Day(DateTime? d) => d.HasValue ? d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "?";
}

/// <summary>A stage and the rule that chose it, in words for the journey timeline and traces.</summary>
public sealed class StageDecision
{
    public StageDecision(JourneyStage stage, string reason)
    {
        Stage = stage;
        Reason = reason;
    }

    public JourneyStage Stage { get; }

    public string Reason { get; }

    public override string ToString() => Stage + " (" + Reason + ")";
}

/// <summary>Result of <see cref="JourneyStageModel.Next"/>: the move, why, and the signals to store for next time.</summary>
public sealed class StageTransition
{
    public StageTransition(JourneyStage from, JourneyStage to, string reason, JourneySignals signals)
    {
        From = from;
        To = to;
        Reason = reason;
        Signals = signals;
    }

    public JourneyStage From { get; }

    public JourneyStage To { get; }

    public string Reason { get; }

    public JourneySignals Signals { get; }

    public bool Changed => From != To;
}
