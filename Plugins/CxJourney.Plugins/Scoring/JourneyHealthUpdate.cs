using System;
using System.Collections.Generic;
using System.ServiceModel;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Scoring;

/// <summary>
/// A contact's journey health (0-100, recent experience weighing more) and NPS category from all its scored cases
/// and feedback answers, with the time decay of <see cref="JourneyHealthCalculator"/>, written to its cx_journey row
/// after each case event (see <see cref="CaseScoringPlugin"/>).
/// <para><b>The ledger.</b> The journey keeps what health is computed from (<see cref="JourneyHealthLedger"/>,
/// cx_healthstate). A case event replaces its own entries in it (its score, its feedback answers) and writes the
/// health and the new ledger in ONE Update guarded by the row version it read the journey with: no read beyond what
/// the event already read. A journey with no ledger that had health written before (by a version without the ledger,
/// or whose ledger does not parse) is recomputed from the contact's scores and feedback (two queries), and the
/// ledger built from them. A journey that never had health written starts from an empty ledger: every score and
/// every answer of its contact comes with a case event that adds its own entry.</para>
/// <para><b>Concurrency.</b> Another case job of the same contact, or the rollup (which writes its own columns of the
/// same row), may write the journey in between: the Update fails on the row version, the journey is read again (one
/// Retrieve) and the entries replaced again, up to <see cref="MaxAttempts"/> times, then the system job retries.
/// The health write carries only health columns and the ledger; the rollup never writes them.</para>
/// <para><b>Not seen until a recompute.</b> A score or answer deleted, or moved to another contact, without a case
/// event of its case stays in the ledger, as it stayed in the health until the contact's next case event before.
/// An answer of this case that the case query no longer returns leaves the ledger at this case's event.</para>
/// </summary>
public static class JourneyHealthUpdate
{
    public const int MaxAttempts = 8;

    /// <summary>A ledger longer than this is not stored (the column holds 1,048,576 characters); the next case event recomputes.</summary>
    private const int MaxStateLength = 1_000_000;

    /// <summary>Traces the scoring configuration's problems, which health meets with the shipped values.</summary>
    public static void TraceProblems(ScoringConfiguration configuration, Action<string> trace)
    {
        foreach (var problem in configuration.Problems)
            trace("Configuration problem (health uses the shipped values): " + problem);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the journey's ledger, computes the health from it and writes both.
    /// <paramref name="journey"/>: the journey as the event read it (null when the contact had none).
    /// <paramref name="recompute"/>: the event cannot say its change exactly; rebuild the ledger from the stored rows.
    /// </summary>
    public static void Write(IOrganizationService service, Guid contactId, HealthJourney? journey, Func<JourneyHealthLedger, JourneyHealthLedger> change,
        JourneyHealthSettings settings, DateTime nowUtc, Action<string> trace, bool recompute = false)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (attempt > 1) journey = journey == null ? HealthJourney.Find(service, contactId) : HealthJourney.Retrieve(service, journey.Id);
            var stored = recompute ? null : JourneyHealthLedger.Parse(journey?.State);
            string how;
            JourneyHealthLedger ledger;
            if (stored != null)
            {
                ledger = stored;
                how = "updated its ledger";
            }
            else if (!recompute && (journey == null || !journey.HealthWritten))
            {
                ledger = JourneyHealthLedger.Empty;
                how = "started its ledger";
            }
            else
            {
                ledger = FromQueries(service, contactId, nowUtc);
                how = journey?.State == null ? "recomputed (no ledger yet)" : recompute ? "recomputed" : "recomputed (its ledger did not parse)";
            }
            var next = change(ledger);
            var result = next.Summarize(settings, nowUtc);
            var state = next.Serialize();
            var row = Row(journey?.Id ?? RowIds.Journey(contactId), result, nowUtc);
            row[JourneyColumns.HealthState] = state.Length <= MaxStateLength ? state : null;
            if (!TryWrite(service, contactId, journey, row, attempt, trace)) continue;
            trace($"Journey health of contact {contactId:D}: {(result.Health.Score?.ToString() ?? "none")} from {result.Health.ExperienceCount} experience(s); " +
                $"NPS category {(result.Health.NpsCategory?.ToString() ?? "none")}; {how}, attempt {attempt}.");
            return;
        }
        throw new InvalidPluginExecutionException(OperationStatus.Retry,
            $"The journey of contact {contactId:D} kept changing while its health was written; the system job will retry.");
    }

    /// <summary>Creates the journey (none yet) or updates it at the version read; false when another writer came first.</summary>
    private static bool TryWrite(IOrganizationService service, Guid contactId, HealthJourney? journey, Entity row, int attempt, Action<string> trace)
    {
        try
        {
            if (journey == null)
            {
                // By the id the rollup creates it with: whichever comes second collides on the id instead of making a second journey.
                row[JourneyColumns.Contact] = new EntityReference(Tables.Contact, contactId);
                service.Create(row);
            }
            else
            {
                // https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency
                row.RowVersion = journey.RowVersion;
                service.Execute(new UpdateRequest { Target = row, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
            }
            return true;
        }
        catch (FaultException<OrganizationServiceFault> fault) when (PlatformErrors.IsVersionMismatch(fault) || (journey == null && PlatformErrors.IsDuplicate(fault)))
        {
            trace($"The journey of contact {contactId:D} changed while its health was computed (attempt {attempt}); reading it again.");
            return false;
        }
    }

    /// <summary>The health a full recompute gives: the ledger of all the contact's scores and feedback, summarized (two queries).</summary>
    public static JourneyHealthResult Compute(Guid contactId, IOrganizationService service, JourneyHealthSettings settings, DateTime nowUtc) =>
        FromQueries(service, contactId, nowUtc).Summarize(settings, nowUtc);

    /// <summary>The ledger of the contact's stored case scores and feedback answers (two queries).</summary>
    public static JourneyHealthLedger FromQueries(IOrganizationService service, Guid contactId, DateTime nowUtc)
    {
        var scores = new QueryExpression(Tables.CaseScore)
        {
            ColumnSet = new ColumnSet(CaseScoreColumns.Case, CaseScoreColumns.CompositeScore, CaseScoreColumns.ResolvedOn, CaseScoreColumns.ScoredOn),
            NoLock = true,
        };
        scores.Criteria.AddCondition(CaseScoreColumns.Contact, ConditionOperator.Equal, contactId);
        scores.Criteria.AddCondition(CaseScoreColumns.CompositeScore, ConditionOperator.NotNull);

        var feedback = new QueryExpression(Tables.Feedback)
        {
            ColumnSet = new ColumnSet(FeedbackColumns.Csat, FeedbackColumns.Ces, FeedbackColumns.Nps, FeedbackColumns.AnsweredOn,
                FeedbackColumns.CreatedOn, FeedbackColumns.Case),
            NoLock = true,
        };
        feedback.Criteria.AddCondition(FeedbackColumns.Contact, ConditionOperator.Equal, contactId);

        var cases = new List<ScoredCaseEntry>();
        foreach (var row in service.RetrieveMultiple(scores).Entities)
        {
            // A score row is its case's (by its key); one whose case is gone is still counted, by its own id.
            var entry = ScoredCaseEntry.Of(row.GetAttributeValue<EntityReference>(CaseScoreColumns.Case)?.Id ?? row.Id,
                row.GetAttributeValue<int?>(CaseScoreColumns.CompositeScore),
                CaseQuery.UtcOrNull(row.GetAttributeValue<DateTime?>(CaseScoreColumns.ResolvedOn)),
                CaseQuery.UtcOrNull(row.GetAttributeValue<DateTime?>(CaseScoreColumns.ScoredOn)));
            if (entry != null) cases.Add(entry);
        }

        var answers = new List<FeedbackEntry>();
        foreach (var row in service.RetrieveMultiple(feedback).Entities)
        {
            var answeredOn = row.GetAttributeValue<DateTime?>(FeedbackColumns.AnsweredOn) ?? row.GetAttributeValue<DateTime?>(FeedbackColumns.CreatedOn) ?? nowUtc;
            answers.Add(FeedbackRow.Read(row.Id, row.GetAttributeValue<int?>(FeedbackColumns.Csat), row.GetAttributeValue<int?>(FeedbackColumns.Ces),
                row.GetAttributeValue<int?>(FeedbackColumns.Nps), CaseQuery.Utc(answeredOn), row.GetAttributeValue<EntityReference>(FeedbackColumns.Case)?.Id).Entry());
        }
        return JourneyHealthLedger.From(cases, answers);
    }

    /// <summary>
    /// The health columns of the journey <paramref name="journeyId"/> (<see cref="RowIds.Journey"/> of its contact when
    /// the case job creates it, the id the rollup creates it with; not the contact key, which may still be Pending after an import).
    /// </summary>
    public static Entity Row(Guid journeyId, JourneyHealthResult result, DateTime nowUtc)
    {
        var row = new Entity(Tables.Journey, journeyId)
        {
            [JourneyColumns.HealthScore] = result.Health.Score,
            [JourneyColumns.NpsCategory] = result.Health.NpsCategory.HasValue ? new OptionSetValue(CaseScoreRow.NpsCategoryChoice(result.Health.NpsCategory.Value)) : null,
            [JourneyColumns.LatestCsat] = result.LatestCsat,
            [JourneyColumns.LatestCes] = result.LatestCes,
            [JourneyColumns.LatestNps] = result.LatestNps,
            [JourneyColumns.CasesScored] = result.ScoredCases,
            [JourneyColumns.LastScoredOn] = nowUtc,
        };
        return row;
    }
}
