using System.Collections.Generic;
using System.Globalization;
using CxJourney.Plugins.Domain.Scoring;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>
/// Decides whether each rule's condition holds for an event. Each fact is judged once, at the event that
/// reveals it, so a fact does not fire the same rule twice:
/// <list type="bullet">
/// <item>poor-case: a survey CSAT at or below the threshold when the answer arrives; a predicted CSAT (if accepted) at resolution.</item>
/// <item>detractor: an NPS answer at or below the threshold, when it arrives.</item>
/// <item>promoter: an NPS answer at or above its threshold; or a CSAT at or above its threshold (surveyed on arrival,
/// predicted at resolution if accepted) with no effort issue, where "effort issue" is the high-effort rule's condition
/// (judged with its thresholds even when that rule is disabled).</item>
/// <item>high-effort: at resolution, inbound contacts or reopens at or above their thresholds, or a predicted CES (if accepted);
/// on arrival, a surveyed CES at or above the threshold.</item>
/// <item>reopened: every reopening. resolve-by-missed: a resolution after the resolve-by time.</item>
/// <item>angry-email: an inbound email at or below the sentiment threshold on an open case.</item>
/// </list>
/// </summary>
public static class RuleEvaluator
{
    public static RuleVerdict Evaluate(FollowUpRuleSettings rule, FollowUpEvent ev, FollowUpSettings settings)
    {
        var t = rule.When;
        switch (rule.Id)
        {
            case FollowUpRuleIds.PoorCase: return PoorCase(t, ev);
            case FollowUpRuleIds.Detractor:
                if (ev.Trigger != FollowUpTrigger.FeedbackReceived)
                    return NotOn(ev);
                if (ev.Feedback!.Nps == null)
                    return RuleVerdict.No("no NPS answer");
                return ev.Feedback.Nps <= t.NpsAtMost
                    ? RuleVerdict.Yes($"NPS {ev.Feedback.Nps} <= {t.NpsAtMost}")
                    : RuleVerdict.No($"NPS {ev.Feedback.Nps} > {t.NpsAtMost}");
            case FollowUpRuleIds.Promoter: return Promoter(t, ev, settings);
            case FollowUpRuleIds.HighEffort: return HighEffort(t, ev);
            case FollowUpRuleIds.Reopened:
                return ev.Trigger == FollowUpTrigger.CaseReopened ? RuleVerdict.Yes("the case was reopened") : NotOn(ev);
            case FollowUpRuleIds.ResolveByMissed:
                if (ev.Trigger != FollowUpTrigger.CaseResolved)
                    return NotOn(ev);
                return ev.Score!.ResolveByMet == false
                    ? RuleVerdict.Yes($"resolved after its resolve-by time {F(ev.Score.ResolveByUtc)} UTC ({ev.Score.ResolveBySource})")
                    : RuleVerdict.No("resolved by its resolve-by time");
            case FollowUpRuleIds.AngryEmail:
                if (ev.Trigger != FollowUpTrigger.InboundEmail)
                    return NotOn(ev);
                if (!ev.Case!.IsOpen)
                    return RuleVerdict.No("the case is not open");
                return ev.EmailSentiment <= t.SentimentAtMost
                    ? RuleVerdict.Yes($"email sentiment {F(ev.EmailSentiment!.Value)} <= {F(t.SentimentAtMost!.Value)}")
                    : RuleVerdict.No($"email sentiment {F(ev.EmailSentiment!.Value)} > {F(t.SentimentAtMost!.Value)}");
            default:
                return RuleVerdict.No("unknown rule");
        }
    }

    private static RuleVerdict PoorCase(RuleThresholds t, FollowUpEvent ev)
    {
        if (ev.Trigger == FollowUpTrigger.FeedbackReceived)
        {
            var csat = ev.Feedback!.Csat;
            if (csat == null)
                return RuleVerdict.No("no CSAT answer");
            return csat <= t.CsatAtMost
                ? RuleVerdict.Yes($"surveyed CSAT {csat} <= {F(t.CsatAtMost!.Value)}")
                : RuleVerdict.No($"surveyed CSAT {csat} > {F(t.CsatAtMost!.Value)}");
        }
        if (ev.Trigger != FollowUpTrigger.CaseResolved)
            return NotOn(ev);
        var score = ev.Score!.Csat;
        if (score.IsSurveyed)
            return RuleVerdict.No("CSAT is surveyed; it was judged when the answer arrived");
        if (!t.AcceptPredicted)
            return RuleVerdict.No("only surveyed CSAT counts for this rule");
        return score.Value <= t.CsatAtMost
            ? RuleVerdict.Yes($"predicted CSAT {F(score.Value)} <= {F(t.CsatAtMost!.Value)}")
            : RuleVerdict.No($"predicted CSAT {F(score.Value)} > {F(t.CsatAtMost!.Value)}");
    }

    private static RuleVerdict Promoter(RuleThresholds t, FollowUpEvent ev, FollowUpSettings settings)
    {
        double? csat;
        string source;
        if (ev.Trigger == FollowUpTrigger.FeedbackReceived)
        {
            var nps = ev.Feedback!.Nps;
            if (nps >= t.NpsAtLeast)
                return RuleVerdict.Yes($"NPS {nps} >= {t.NpsAtLeast}");
            csat = ev.Feedback.Csat;
            source = "surveyed";
            if (csat == null)
                return RuleVerdict.No(nps == null ? "no NPS or CSAT answer" : $"NPS {nps} < {t.NpsAtLeast} and no CSAT answer");
        }
        else if (ev.Trigger == FollowUpTrigger.CaseResolved)
        {
            if (ev.Score!.Csat.IsSurveyed)
                return RuleVerdict.No("CSAT is surveyed; it was judged when the answer arrived");
            if (!t.AcceptPredicted)
                return RuleVerdict.No("only answers count for this rule, and there is none yet");
            csat = ev.Score.Csat.Value;
            source = "predicted";
        }
        else
        {
            return NotOn(ev);
        }
        if (csat < t.CsatAtLeast)
            return RuleVerdict.No($"{source} CSAT {F(csat!.Value)} < {F(t.CsatAtLeast!.Value)}");
        var effort = settings.Rule(FollowUpRuleIds.HighEffort)?.When ?? new RuleThresholds();
        var issues = EffortIssues(effort, ev, countSurveyedScore: true);
        if (issues.Count > 0)
            return RuleVerdict.No($"{source} CSAT {F(csat!.Value)} but effort issues: {string.Join(", ", issues)}");
        return RuleVerdict.Yes($"{source} CSAT {F(csat!.Value)} >= {F(t.CsatAtLeast!.Value)} with no effort issues");
    }

    private static RuleVerdict HighEffort(RuleThresholds t, FollowUpEvent ev)
    {
        if (ev.Trigger == FollowUpTrigger.FeedbackReceived)
        {
            var ces = ev.Feedback!.Ces;
            if (ces == null)
                return RuleVerdict.No("no CES answer");
            return ces >= t.CesAtLeast
                ? RuleVerdict.Yes($"surveyed CES {ces} >= {F(t.CesAtLeast!.Value)}")
                : RuleVerdict.No($"surveyed CES {ces} < {F(t.CesAtLeast!.Value)}");
        }
        if (ev.Trigger != FollowUpTrigger.CaseResolved)
            return NotOn(ev);
        var issues = EffortIssues(t, ev, countSurveyedScore: false);
        return issues.Count > 0
            ? RuleVerdict.Yes(string.Join(", ", issues))
            : RuleVerdict.No("no effort signal reached its threshold");
    }

    /// <summary>
    /// The high-effort signals an event shows, judged with <paramref name="t"/>. A surveyed CES already in the
    /// score counts only for the promoter check: for the high-effort rule itself it was judged on arrival.
    /// </summary>
    private static List<string> EffortIssues(RuleThresholds t, FollowUpEvent ev, bool countSurveyedScore)
    {
        var issues = new List<string>();
        var answer = ev.Feedback?.Ces;
        if (answer != null && answer >= t.CesAtLeast)
            issues.Add($"surveyed CES {answer} >= {F(t.CesAtLeast!.Value)}");
        var score = ev.Score;
        if (score == null)
            return issues;
        if (answer == null && score.Ces.Value >= t.CesAtLeast && (score.Ces.IsSurveyed ? countSurveyedScore : t.AcceptPredicted))
            issues.Add($"{(score.Ces.IsSurveyed ? "surveyed" : "predicted")} CES {F(score.Ces.Value)} >= {F(t.CesAtLeast!.Value)}");
        if (score.InboundContacts >= t.InboundContactsAtLeast)
            issues.Add($"{score.InboundContacts} inbound contacts >= {t.InboundContactsAtLeast}");
        if (score.Reopens >= t.ReopensAtLeast)
            issues.Add($"{score.Reopens} reopens >= {t.ReopensAtLeast}");
        return issues;
    }

    private static RuleVerdict NotOn(FollowUpEvent ev) => RuleVerdict.No("not evaluated on " + ev.Trigger);

    private static string F(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static string F(System.DateTime d) => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
