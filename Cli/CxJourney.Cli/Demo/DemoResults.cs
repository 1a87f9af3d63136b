using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Cli.Demo;

/// <summary>The rows a replay left in the organization, read once, and everything the summary, report and export derive from them.</summary>
public sealed class DemoResults
{
    private static readonly int[] RuleOptions =
    [
        Choices.FollowUpRule.PoorCase, Choices.FollowUpRule.Detractor, Choices.FollowUpRule.Promoter, Choices.FollowUpRule.HighEffort,
        Choices.FollowUpRule.Reopened, Choices.FollowUpRule.ResolveByMissed, Choices.FollowUpRule.AngryEmail,
    ];

    private DemoResults(LocalOrganization organization, DemoReplayResult replay)
    {
        Replay = replay;
        MeasuredAt = replay.EndedAt;
        Contacts = organization.Query(Tables.Contact);
        Cases = organization.Query(Tables.Incident);
        Scores = organization.Query(Tables.CaseScore);
        Feedback = organization.Query(Tables.Feedback);
        Touchpoints = organization.Query(Tables.Touchpoint);
        FollowUps = FollowUpColumns.OnTables
            .SelectMany(table => organization.Query(table))
            .Where(row => row.GetAttributeValue<OptionSetValue>(FollowUpColumns.Rule) is not null)
            .ToList();
    }

    public DemoReplayResult Replay { get; }

    /// <summary>The end of the period: "now" for the figures (open cases not yet due are left out of resolve-by).</summary>
    public DateTime MeasuredAt { get; }

    public IReadOnlyList<Entity> Contacts { get; }
    public IReadOnlyList<Entity> Cases { get; }
    public IReadOnlyList<Entity> Scores { get; }
    public IReadOnlyList<Entity> Feedback { get; }
    public IReadOnlyList<Entity> Touchpoints { get; }

    /// <summary>Tasks, phone calls and emails the follow-up rules created (cx_followuprule set).</summary>
    public IReadOnlyList<Entity> FollowUps { get; }

    public static DemoResults Read(LocalOrganization organization, DemoReplayResult replay) => new(organization, replay);

    public KpiSet Overall => DemoKpis.Compute(Scores.ToList(), Feedback.ToList(), MeasuredAt);

    public IReadOnlyList<KpiGroup> BySegment => DemoKpis.By(CaseScoreColumns.Segment, Scores.ToList(), Feedback.ToList(), MeasuredAt);

    public IReadOnlyList<KpiGroup> ByChannel => DemoKpis.By(CaseScoreColumns.Channel, Scores.ToList(), Feedback.ToList(), MeasuredAt);

    /// <summary>Follow-ups per rule id, every rule the solution defines, in option order.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FollowUpsByRule =>
        RuleOptions.Select(option => new KeyValuePair<string, int>(
                FollowUpRuleOptions.ToRuleId(option)!,
                FollowUps.Count(f => f.GetAttributeValue<OptionSetValue>(FollowUpColumns.Rule)?.Value == option)))
            .ToList();

    /// <summary>Capture steps' service calls per touchpoint recorded; null when nothing was recorded.</summary>
    public double? CapturePerTouchpoint
    {
        get
        {
            var capture = Replay.Calls.Of(IsCapture);
            return Touchpoints.Count == 0 ? null : (double)capture.Calls / Touchpoints.Count;
        }
    }

    /// <summary>
    /// Reads the synchronous capture steps made per event they ran for (one run per source record changed): zero
    /// when the contact is on the record, one where it is not (an activity regarding a case, an account customer,
    /// a case resolution seen from its incidentresolution).
    /// </summary>
    public double? CaptureReadsPerEvent
    {
        get
        {
            var capture = Replay.Calls.Plugins.Where(IsCapture).ToList();
            var runs = capture.Sum(p => p.Runs);
            return runs == 0 ? null : (double)capture.Sum(p => p.Reads) / runs;
        }
    }

    /// <summary>
    /// The scoring step's service calls per run that scored a case: runs that wrote the score. Runs that found
    /// nothing to score, or a resolution already scored (its second report), write nothing and are left out.
    /// </summary>
    public double? ScoringPerCase
    {
        get
        {
            var scoring = Replay.Calls.Plugins.Where(IsScoring).ToList();
            var runs = scoring.Sum(p => p.RunsWithWrites);
            return runs == 0 ? null : (double)scoring.Sum(p => p.CallsOfRunsWithWrites) / runs;
        }
    }

    public static bool IsCapture(StepTotals step) => step.FullName.StartsWith("CxJourney.Plugins.Capture.", StringComparison.Ordinal);

    public static bool IsScoring(StepTotals step) => step.FullName == "CxJourney.Plugins.Scoring.CaseScoringPlugin";

    public DemoReport Report(double seconds) => new()
    {
        Contacts = Contacts.Count,
        Touchpoints = Touchpoints.Count,
        Cases = Cases.Count,
        CasesScored = Scores.Count,
        Feedback = Feedback.Count,
        FollowUps = FollowUpsByRule,
        Kpis = Overall,
        CapturePerTouchpoint = CapturePerTouchpoint,
        CaptureReadsPerEvent = CaptureReadsPerEvent,
        ScoringPerCase = ScoringPerCase,
        Seconds = seconds,
    };

    /// <summary>The contact with the most touchpoints (the first such in creation order): a timeline worth opening.</summary>
    public Guid? BusiestContact()
    {
        var counts = Touchpoints
            .Select(t => t.GetAttributeValue<EntityReference>(TouchpointColumns.Contact)?.Id)
            .Where(id => id.HasValue)
            .GroupBy(id => id!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0) return Contacts.Count > 0 ? Contacts[0].Id : null;
        int most = counts.Values.Max();
        return Contacts.Select(c => c.Id).First(id => counts.TryGetValue(id, out int n) && n == most);
    }
}
