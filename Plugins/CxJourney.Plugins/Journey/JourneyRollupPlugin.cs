using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Journey;

/// <summary>
/// Rolls a new touchpoint into its contact's journey (asynchronous, post-operation, on Create of cx_touchpoint).
/// <para><b>Exact under concurrency and re-delivery.</b> Nothing is incremented: the journey's counters, dates,
/// stage, waits, reply times and sentiment are recomputed from queries of the contact's touchpoints
/// (<see cref="JourneyQueries"/>) by the domain's rollup, so running twice writes the same values, and a
/// touchpoint is counted once however many jobs see it. What a recompute cannot prevent alone is a stale
/// write: job A reads the touchpoints, job B (which saw one more) writes, then A overwrites B. So the journey
/// is written with the row version read BEFORE the queries (optimistic concurrency); if any rollup wrote the
/// journey in between, the write fails and the job reads and computes again. Hence the last successful write
/// was computed from queries that ran after every other successful write began, and every touchpoint's own
/// job writes after its touchpoint committed: the final journey includes every committed touchpoint.
/// Counters derived from queries were chosen over version-checked increments because increments cannot be
/// made idempotent without remembering which touchpoints were counted, and re-delivery must change nothing.</para>
/// <para><b>Cost.</b> One query for settings, one for the touchpoint, one (or two, the first time) for the
/// journey, one update of the touchpoint (its journey, feedback band and stage on arrival), three queries and
/// the changed replies for reply times when it is a conversation message, then per attempt: the aggregate, the
/// wait-start query when a thread waits since an earlier answer, one or two sentiment queries, and the write.</para>
/// </summary>
public sealed class JourneyRollupPlugin : PluginBase
{
    public const int MaxAttempts = 8;

    public JourneyRollupPlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var service = context.SystemService;
        var ids = TouchpointIds(execution);
        var touchpoints = StoredTouchpoint.Read(service, ids).Where(t => t.Contact is not null).ToList();
        if (touchpoints.Count == 0)
        {
            context.Trace($"Touchpoint(s) {string.Join(", ", ids.Select(i => i.ToString("D")))} no longer exist; nothing to roll up.");
            return;
        }

        var options = JourneySettings.Load(service, out var status);
        if (status is not null) context.Trace(status);

        foreach (var contact in touchpoints.GroupBy(t => t.Contact!.Id))
        {
            var journey = JourneyRecord.Ensure(service, contact.First().Contact!, context.Trace);
            foreach (var t in contact)
            {
                Link(service, t, journey, options, context.Trace);
                if (t.IsActive && t.IsThreadRelevant) ReplyTimes.Maintain(service, t, context.Trace);
            }
            Roll(service, contact.Key, journey, options, status, execution.OperationCreatedOn, context.Trace);
        }
    }

    /// <summary>Sets the touchpoint's journey, its feedback band under the configured thresholds, and (first time only) the stage it arrived in.</summary>
    private static void Link(IOrganizationService service, StoredTouchpoint t, JourneyRecord journey, JourneyOptions options, Action<string> trace)
    {
        var band = t.BandUnder(options);
        if (t.JourneyId == journey.Id && t.Band == band) return;
        var update = new Entity(Tables.Touchpoint, t.Id)
        {
            [TouchpointColumns.Journey] = new EntityReference(Tables.Journey, journey.Id),
            [TouchpointColumns.FeedbackBand] = band.HasValue ? new OptionSetValue(band.Value) : null,
        };
        if (t.JourneyId is null) update[TouchpointColumns.JourneyStage] = journey.Stage.HasValue ? new OptionSetValue(journey.Stage.Value) : null;
        service.Update(update);
        trace($"Touchpoint {t.Id:D}: journey {journey.Id:D}, feedback band {band?.ToString() ?? "none"}.");
    }

    private static void Roll(IOrganizationService service, Guid contactId, JourneyRecord journey, JourneyOptions options, string? status,
        DateTime rolledUpOn, Action<string> trace)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (attempt > 1)
            {
                journey = JourneyRecord.Find(service, contactId)
                    ?? throw new InvalidPluginExecutionException($"The journey of contact {contactId:D} was deleted during its rollup.");
            }
            var aggregate = JourneyAggregate.From(JourneyQueries.Groups(service, contactId));
            var cutoffs = aggregate.WaitCutoffs;
            var starts = cutoffs.Count == 0 ? new Dictionary<string, DateTime>() : JourneyQueries.WaitStarts(service, contactId, cutoffs);
            var recent = JourneyQueries.RecentSentiments(service, contactId, 2 * options.SentimentWindow);
            var result = JourneyRollup.FromSummary(aggregate.ToSummary(starts, recent), options);
            var row = JourneyColumnValues.Build(journey, aggregate, result, recent, rolledUpOn, status);
            try
            {
                // https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency
                service.Execute(new UpdateRequest { Target = row, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                trace($"Journey {journey.Id:D} of contact {contactId:D}: {aggregate.Total} touchpoint(s), stage {result.Stage} ({result.StageReason}), " +
                      $"{result.WaitingThreadCount} thread(s) waiting, {result.FirstResponseCount} response(s) measured; attempt {attempt}.");
                return;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (PlatformErrors.IsVersionMismatch(fault))
            {
                trace($"Journey {journey.Id:D} changed during the rollup (attempt {attempt}); computing it again.");
            }
        }
        throw new InvalidPluginExecutionException(OperationStatus.Retry,
            $"The journey of contact {contactId:D} kept changing under concurrent rollups; the system job will retry.");
    }

    /// <summary>The created touchpoint (Create; a CreateMultiple of touchpoints runs this Create step once per item).</summary>
    private static IReadOnlyCollection<Guid> TouchpointIds(IPluginExecutionContext context)
    {
        var ids = new HashSet<Guid>();
        if (context.OutputParameters.Contains("Ids") && context.OutputParameters["Ids"] is Guid[] created) ids.UnionWith(created);
        if (context.OutputParameters.Contains("id") && context.OutputParameters["id"] is Guid one) ids.Add(one);
        if (ids.Count == 0 && context.PrimaryEntityId != Guid.Empty) ids.Add(context.PrimaryEntityId);
        return ids;
    }
}
