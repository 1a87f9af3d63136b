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
        // Every touchpoint row copied at once would double the memory of a large replay at its very end: only the
        // CSV export needs them, so they are read when it asks; the count comes from the store.
        _touchpoints = new Lazy<IReadOnlyList<Entity>>(() => organization.Query(Tables.Touchpoint));
        TouchpointCount = organization.Count(Tables.Touchpoint);
        _organization = organization;
        // Only the activities a rule created are read (copying every email and call of the year to pick them out
        // would be the largest allocation of the run).
        FollowUps = FollowUpColumns.OnTables.SelectMany(table => Rows(organization, table, FollowUpColumns.Rule)).ToList();
    }

    public DemoReplayResult Replay { get; }

    /// <summary>The end of the period: "now" for the figures (open cases not yet due are left out of resolve-by).</summary>
    public DateTime MeasuredAt { get; }

    public IReadOnlyList<Entity> Contacts { get; }
    public IReadOnlyList<Entity> Cases { get; }
    public IReadOnlyList<Entity> Scores { get; }
    public IReadOnlyList<Entity> Feedback { get; }
    private readonly Lazy<IReadOnlyList<Entity>> _touchpoints;
    private readonly LocalOrganization _organization;

    /// <summary>Every touchpoint (read on first use).</summary>
    public IReadOnlyList<Entity> Touchpoints => _touchpoints.Value;

    public int TouchpointCount { get; }

    /// <summary>Tasks, phone calls and emails the follow-up rules created (cx_followuprule set).</summary>
    public IReadOnlyList<Entity> FollowUps { get; }

    public static DemoResults Read(LocalOrganization organization, DemoReplayResult replay) => new(organization, replay);

    /// <summary>
    /// The figures of the whole period; the prediction errors (and their baselines) only over cases resolved after the
    /// demo calibrated its models: those are the holdout, predicted by weights that never saw them.
    /// </summary>
    public KpiSet Overall
    {
        get
        {
            var all = DemoKpis.Compute(Scores.ToList(), Feedback.ToList(), MeasuredAt);
            if (Replay.CalibratedAt is not DateTime calibrated) return all;
            var later = DemoKpis.Compute(
                Scores.Where(s => s.GetAttributeValue<DateTime?>(CaseScoreColumns.ResolvedOn) is DateTime resolved && resolved >= calibrated).ToList(),
                Feedback.ToList(), MeasuredAt);
            return all with
            {
                CsatPredictionMae = later.CsatPredictionMae, CsatBaselineMae = later.CsatBaselineMae,
                CesPredictionMae = later.CesPredictionMae, CesBaselineMae = later.CesBaselineMae,
            };
        }
    }

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
            return TouchpointCount == 0 ? null : (double)capture.Calls / TouchpointCount;
        }
    }

    /// <summary>Service calls of every system job (all asynchronous steps, and what their writes set off) per touchpoint recorded.</summary>
    public double? AsyncPerTouchpoint => TouchpointCount == 0 ? null : (double)Replay.Calls.AsyncCalls / TouchpointCount;

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
    /// The case event job's service calls per run that scored a case (scoring, its follow-ups and the journey's
    /// health): runs that wrote. Runs that found nothing to score, or a resolution reported by the Update of the case
    /// (left to its incidentresolution's job), write nothing and are left out.
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
        Touchpoints = TouchpointCount,
        Cases = Cases.Count,
        CasesScored = Scores.Count,
        Feedback = Feedback.Count,
        FollowUps = FollowUpsByRule,
        Kpis = Overall,
        CapturePerTouchpoint = CapturePerTouchpoint,
        CaptureReadsPerEvent = CaptureReadsPerEvent,
        ScoringPerCase = ScoringPerCase,
        AsyncPerTouchpoint = AsyncPerTouchpoint,
        Seconds = seconds,
    };

    /// <summary>The table's rows with a value in <paramref name="column"/>, every column, a page at a time.</summary>
    private static IEnumerable<Entity> Rows(LocalOrganization organization, string table, string column)
    {
        var service = organization.GetService(organization.AdminUserId);
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression(table)
        {
            ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(true),
            PageInfo = new Microsoft.Xrm.Sdk.Query.PagingInfo { Count = 5000, PageNumber = 1 },
        };
        query.Criteria.AddCondition(column, Microsoft.Xrm.Sdk.Query.ConditionOperator.NotNull);
        query.AddOrder("createdon", Microsoft.Xrm.Sdk.Query.OrderType.Ascending);
        while (true)
        {
            EntityCollection page = service.RetrieveMultiple(query);
            foreach (Entity row in page.Entities) yield return row;
            if (!page.MoreRecords) yield break;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    /// <summary>Each touchpoint's contact, read a page at a time with that one column.</summary>
    private IEnumerable<Guid> TouchpointContacts()
    {
        var service = _organization.GetService(_organization.AdminUserId);
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression(Tables.Touchpoint)
        {
            ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(TouchpointColumns.Contact),
            PageInfo = new Microsoft.Xrm.Sdk.Query.PagingInfo { Count = 5000, PageNumber = 1 },
        };
        while (true)
        {
            EntityCollection page = service.RetrieveMultiple(query);
            foreach (Entity row in page.Entities)
                if (row.GetAttributeValue<EntityReference>(TouchpointColumns.Contact)?.Id is Guid id) yield return id;
            if (!page.MoreRecords) yield break;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    /// <summary>The contact with the most touchpoints (the first such in creation order): a timeline worth opening.</summary>
    public Guid? BusiestContact()
    {
        var counts = TouchpointContacts()
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0) return Contacts.Count > 0 ? Contacts[0].Id : null;
        int most = counts.Values.Max();
        return Contacts.Select(c => c.Id).First(id => counts.TryGetValue(id, out int n) && n == most);
    }
}
