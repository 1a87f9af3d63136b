using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Journey;

/// <summary>
/// Rolls new touchpoints into their contact's journey (asynchronous, post-operation, on Create of cx_touchpoint, and on
/// Update of its cx_status: a planned call that happened is counted then, as the pending read counts Happened
/// touchpoints only; see <see cref="ThreadFilters.Happened"/>). The same job, one per new touchpoint, answers an
/// upset email about a case (<see cref="UpsetEmail"/>).
/// <para><b>What has been counted.</b> The journey keeps its own running aggregates (<see cref="JourneyLedger"/>,
/// cx_rollupstate). A touchpoint is counted when it is linked to the journey, or listed in the ledger as counted
/// but not linked yet (a new journey is created first, then its touchpoints are linked; an existing one links them in
/// its own Update). So the job reads, in one
/// query (<see cref="PendingTouchpoints"/>), its contacts' unlinked touchpoints with their journeys: when its own
/// touchpoint is not among them another job counted it, and it ends after that one read; otherwise it counts
/// every touchpoint waiting on the journey at once, whichever job queued them.</para>
/// <para><b>Adding, or recomputing.</b> The waiting touchpoints are added to the ledger when that is exact (see
/// <see cref="JourneyLedger.Add"/>): the common case of events arriving in time order. When a customer message,
/// reply or closure arrives before something its thread already paired, or the journey has no ledger, the
/// journey is recomputed from aggregate queries of the counted touchpoints (<see cref="JourneyQueries"/>) after
/// the reply times of the affected windows are recomputed (<see cref="ReplyTimes"/>), and the ledger is rebuilt
/// from those queries: both paths give the journey the domain computes from the touchpoints.</para>
/// <para><b>Exact under concurrency and re-delivery.</b> The journey is written with the row version it was read
/// with (optimistic concurrency): when another rollup wrote it in between, the write fails and this contact is
/// read and computed again, so no two jobs count one touchpoint and none is skipped. A re-delivered job finds its
/// touchpoint linked and does nothing. A job whose own touchpoint is counted but still unlinked (its first run
/// failed after writing the journey) recomputes, so the reply times it would have stored are stored.</para>
/// <para><b>Cost.</b> A job whose touchpoint is covered, or whose status was only written again: 1 call, or none. A job
/// that adds: the read (which returns the settings too: <see cref="SettingsCopy"/>) and the journey's Update
/// carrying its touchpoints' links and reply times as related rows: 2 calls for however many touchpoints were
/// waiting. The journey's first write is a Create: the settings copy is read by its id, and its touchpoints are linked
/// by one more request (4 calls).</para>
/// </summary>
public sealed class JourneyRollupPlugin : PluginBase
{
    public const int MaxAttempts = 8;

    /// <summary>A ledger longer than this is not stored (the column holds 1,048,576 characters); the next rollup recomputes.</summary>
    private const int MaxStateLength = 1_000_000;

    public JourneyRollupPlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var settings = new Settings(context.SystemService, PluginClock.Now(execution), context.Trace);
        RollUp(context, settings);
        // The one job of a new touchpoint also answers an upset email (the angry-email rule), with the variables the
        // rollup read: a second asynchronous step would queue a system job for every touchpoint to act on a few.
        if (execution.MessageName == "Create" && execution.InputParameters.Contains("Target") && execution.InputParameters["Target"] is Entity created)
            UpsetEmail.Check(context, created, () => settings.Environment);
    }

    private static void RollUp(ILocalPluginContext context, Settings settings)
    {
        var execution = context.ExecutionContext;
        if (CountedMomentChanged(execution))
        {
            Recount(context, settings);
            return;
        }
        if (NotHappened(execution) is int status)
        {
            // A planned call or a cancelled one counts nowhere: nothing to roll up, no call. When it happens, the
            // Update of its cx_status queues this job again.
            context.Trace($"Touchpoint {execution.PrimaryEntityId:D} has status {status}: not a moment that happened, nothing to roll up.");
            return;
        }
        if (HappenedBefore(execution))
        {
            // The same status written again (a resolution captured by both of its reports): counted when it first happened.
            context.Trace($"Touchpoint {execution.PrimaryEntityId:D} had happened already: its status was written again, nothing to roll up.");
            return;
        }
        var service = context.SystemService;
        var ids = TouchpointIds(execution);
        var contacts = ContactsOf(execution);
        if (contacts.Count == 0)
            contacts = StoredTouchpoint.Read(service, ids).Where(t => t.Contact is not null).Select(t => t.Contact!.Id).Distinct().ToList();
        if (contacts.Count == 0)
        {
            context.Trace($"Touchpoint(s) {string.Join(", ", ids.Select(i => i.ToString("D")))} no longer exist; nothing to roll up.");
            return;
        }

        var pending = PendingTouchpoints.Read(service, contacts, SourcesOf(execution));
        foreach (var read in pending.Values) settings.Offer(read.SettingsCopy);
        var links = new List<TouchpointLinks.Link>();
        foreach (var contact in contacts.Concat(pending.Keys).Distinct())
        {
            pending.TryGetValue(contact, out var waiting);
            links.AddRange(RollContact(service, contact, waiting, ids, settings, execution.OperationCreatedOn, context.Trace));
        }
        if (links.Count > 0) TouchpointLinks.Write(service, links, context.Trace);
    }

    /// <summary>
    /// A counted (linked) touchpoint whose moment no longer happened (an appointment cancelled after it was booked, a
    /// call reopened and cancelled), or happened again: the running aggregates cannot take a row out, so the journey is
    /// recomputed from the touchpoints that count, after the reply times around it (it may have been the reply that
    /// ended a wait, or be one again). The touchpoint stays linked: it is the journey's, counted or not.
    /// Cost: the touchpoint, the reply-time window, the pending read, the settings, the aggregate queries, the Update.
    /// </summary>
    private static void Recount(ILocalPluginContext context, Settings settings)
    {
        var service = context.SystemService;
        var execution = context.ExecutionContext;
        var ids = TouchpointIds(execution);
        var moment = StoredTouchpoint.Read(service, ids).FirstOrDefault(t => t.Contact is not null);
        if (moment is null)
        {
            context.Trace($"Touchpoint {execution.PrimaryEntityId:D} no longer exists; nothing to recount.");
            return;
        }
        var contactId = moment.Contact!.Id;
        context.Trace($"Touchpoint {moment.Id:D} {(moment.IsActive ? "counts again" : "no longer counts")} (its status changed after it was counted): recomputing the journey of contact {contactId:D}.");
        if (moment.IsThreadRelevant) ReplyTimes.Maintain(service, moment, context.Trace);
        PendingTouchpoints.Read(service, new[] { contactId }, Array.Empty<SourceRef>()).TryGetValue(contactId, out var waiting);
        settings.Offer(waiting?.SettingsCopy);
        var links = RollContact(service, contactId, waiting, ids, settings, execution.OperationCreatedOn, context.Trace, recompute: true);
        if (links.Count > 0) TouchpointLinks.Write(service, links, context.Trace);
    }

    /// <summary>Writes the contact's journey; answers the touchpoints to link to it (none when every touchpoint was counted already).</summary>
    private static IReadOnlyList<TouchpointLinks.Link> RollContact(IOrganizationService service, Guid contactId, PendingTouchpoints.Pending? read,
        IReadOnlyCollection<Guid> ownIds, Settings settings, DateTime rolledUpOn, Action<string> trace, bool recompute = false)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (attempt > 1) read = PendingTouchpoints.Read(service, new[] { contactId }, Array.Empty<SourceRef>()).TryGetValue(contactId, out var again) ? again : null;
            settings.Offer(read?.SettingsCopy);
            var unlinked = read?.Touchpoints ?? new List<StoredTouchpoint>();
            // The pending read finds the journey through the touchpoints waiting on it; a recount may find none waiting.
            var found = read?.Journey ?? (recompute ? JourneyRecord.Find(service, contactId) : null);
            var ledger = JourneyLedger.Parse(found?.State);
            var counted = new HashSet<string>(ledger?.Unlinked ?? (IEnumerable<string>)Array.Empty<string>(), StringComparer.Ordinal);
            var fresh = unlinked.Where(t => !counted.Contains(t.Key)).ToList();
            var recovering = unlinked.Where(t => counted.Contains(t.Key) && ownIds.Contains(t.Id)).ToList();
            if (fresh.Count == 0 && recovering.Count == 0 && !recompute)
            {
                trace($"Contact {contactId:D}: every touchpoint is counted{(unlinked.Count > 0 ? $" ({unlinked.Count} being linked by the job that counted them)" : "")}; nothing to roll up.");
                return Array.Empty<TouchpointLinks.Link>();
            }

            var options = settings.Options;
            var take = 2 * options.SentimentWindow;
            var journey = found ?? JourneyRecord.New();
            IReadOnlyDictionary<string, decimal?>? minutes = null;
            var next = !recompute && recovering.Count == 0 && (journey.IsNew || ledger is not null)
                ? (ledger ?? JourneyLedger.Empty(take)).Add(fresh.Select(t => t.Counted(t.BandUnder(options))).ToList(), take, out minutes)
                : null;
            if (next is null)
            {
                minutes = null;
                next = Recompute(service, contactId, journey, unlinked, fresh.Concat(recovering).ToList(), take, trace);
            }
            var stillUnlinked = new HashSet<string>(unlinked.Select(t => t.Key), StringComparer.Ordinal);
            next = next.WithUnlinked(next.Unlinked.Where(stillUnlinked.Contains));

            var aggregate = next.Aggregate();
            var recent = next.Recent(take);
            var result = JourneyRollup.FromSummary(aggregate.ToSummary(next.WaitStarts, recent), options);
            var state = next.Serialize();
            var row = JourneyColumnValues.Build(journey, aggregate, result, recent, rolledUpOn, settings.Status);
            row[JourneyColumns.RollupState] = state.Length <= MaxStateLength ? state : null;
            // A journey read without its settings copy links to it now, so its next jobs read the settings with it.
            if (read?.SettingsCopy is null && settings.CopyExists) row[JourneyColumns.SettingsCopy] = new EntityReference(Tables.SettingsCopy, SettingsCopy.Id);
            var links = fresh.Concat(recovering)
                .Select(t => new TouchpointLinks.Link(t, journey.IsNew ? RowIds.Journey(contactId) : journey.Id, journey.Stage, t.BandUnder(options),
                    minutes is not null && minutes.ContainsKey(t.Key), minutes is not null && minutes.TryGetValue(t.Key, out var m) ? m : null))
                .ToList();
            // An existing journey links its touchpoints, with the reply times the ledger computed, in its own Update: one
            // request, one transaction, guarded by the journey's row version, so no rollup's links and times can land
            // without the journey they were computed from. A new journey (a Create) links after.
            var linkedInUpdate = !journey.IsNew;
            if (linkedInUpdate) TouchpointLinks.AttachTo(row, links);
            var journeyId = TryWrite(service, journey, row, unlinked.FirstOrDefault()?.Contact ?? new EntityReference(Tables.Contact, contactId),
                unlinked.Select(t => t.Owner).FirstOrDefault(o => o != null), attempt, trace);
            if (journeyId is null) continue;
            trace($"Journey {journeyId:D} of contact {contactId:D}: {(minutes is null ? "recomputed" : "added")} {fresh.Count + recovering.Count} touchpoint(s), " +
                  $"{aggregate.Total} in all, stage {result.Stage} ({result.StageReason}), {result.WaitingThreadCount} thread(s) waiting, " +
                  $"{result.FirstResponseCount} response(s) measured{(linkedInUpdate ? ", linked in the same request" : "")}; attempt {attempt}.");
            return linkedInUpdate ? Array.Empty<TouchpointLinks.Link>() : links;
        }
        throw new InvalidPluginExecutionException(OperationStatus.Retry,
            $"The journey of contact {contactId:D} kept changing under concurrent rollups; the system job will retry.");
    }

    /// <summary>
    /// The exact recompute: reply times of the new thread-relevant touchpoints' windows, then the aggregate
    /// queries over the counted touchpoints (linked ones and the unlinked ones read), rebuilt into a ledger.
    /// <para>The unlinked ones another rollup counted (a new journey's, linked by the request after its Create) may not
    /// carry their reply times yet: that rollup computed them and writes them with the links. Their windows are
    /// recomputed here too, so the aggregate queries sum every reply time; that rollup's link write then keeps these
    /// (it drops a reply time whose touchpoint changed since it read it: <see cref="TouchpointLinks"/>).</para>
    /// </summary>
    private static JourneyLedger Recompute(IOrganizationService service, Guid contactId, JourneyRecord journey, List<StoredTouchpoint> unlinked,
        List<StoredTouchpoint> counting, int take, Action<string> trace)
    {
        var inFlight = unlinked.Where(t => !counting.Contains(t)).ToList();
        if (inFlight.Count > 0)
            trace($"Journey {journey.Id:D}: {inFlight.Count} touchpoint(s) counted by another rollup are not linked yet; their reply times are computed here too.");
        foreach (var t in counting.Concat(inFlight).Where(t => t.IsActive && t.IsThreadRelevant)) ReplyTimes.Maintain(service, t, trace);
        var ids = unlinked.Select(t => t.Id).ToList();
        var groups = JourneyQueries.Groups(service, contactId, ids);
        var aggregate = JourneyAggregate.From(groups);
        var cutoffs = aggregate.WaitCutoffs;
        var starts = cutoffs.Count == 0 ? new Dictionary<string, DateTime>() : JourneyQueries.WaitStarts(service, contactId, cutoffs, ids);
        var recent = JourneyQueries.RecentSentiments(service, contactId, take, ids);
        trace($"Journey {journey.Id:D}: recomputed from the touchpoints ({(journey.IsNew ? "new journey" : journey.State is null ? "no rollup state" : "out-of-order or unfinished touchpoints")}).");
        return JourneyLedger.FromQueries(groups, starts, recent, take, unlinked.Select(t => t.Key));
    }

    /// <summary>Creates or updates the journey; its id, or null when a concurrent rollup wrote it first.</summary>
    private static Guid? TryWrite(IOrganizationService service, JourneyRecord journey, Entity row, EntityReference contact, EntityReference? owner, int attempt, Action<string> trace)
    {
        try
        {
            if (journey.IsNew)
            {
                row.RowVersion = null;
                // Derived from the contact (RowIds.Journey), as the case job's health Upsert addresses it: one that created it
                // first collides on the id (retried as an update) instead of a second journey appearing, and no key is needed.
                row.Id = RowIds.Journey(contact.Id);
                row[JourneyColumns.Contact] = new EntityReference(Tables.Contact, contact.Id);
                row[JourneyColumns.Name] = JourneyRecord.NameFor(contact);
                // Its touchpoints' owner is its contact's: given, the ownership step need not read the contact.
                if (owner != null) row[JourneyColumns.OwnerId] = owner;
                var created = service.Create(row);
                trace($"Created the journey of contact {contact.Id:D}.");
                return created;
            }
            else
            {
                // https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency
                service.Execute(new UpdateRequest { Target = row, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                return journey.Id;
            }
        }
        catch (FaultException<OrganizationServiceFault> fault) when (PlatformErrors.IsVersionMismatch(fault) || PlatformErrors.IsDuplicate(fault))
        {
            trace($"Journey of contact {contact.Id:D} changed during the rollup (attempt {attempt}); computing it again.");
            return null;
        }
    }

    /// <summary>
    /// The execution's settings (<see cref="JobSettings"/>: from the settings copy the pending read returned with the
    /// journey, no request) and the journey settings among them.
    /// </summary>
    private sealed class Settings
    {
        private readonly JobSettings _job;
        private JourneyOptions? _options;

        public Settings(IOrganizationService service, DateTime now, Action<string> trace) { _job = new JobSettings(service, now, trace); }

        public void Offer(SettingsCopy.Found? copy) => _job.Offer(copy);

        public bool CopyExists => _job.CopyExists;

        public EnvironmentSettings Environment => _job.Environment;

        public string? Status { get; private set; }

        public JourneyOptions Options
        {
            get
            {
                if (_options is null)
                {
                    _options = JourneySettings.From(Environment, out var status);
                    Status = status;
                }
                return _options;
            }
        }
    }

    /// <summary>The status the single Target carries when it is not Happened (capture always writes it); null otherwise.</summary>
    private static int? NotHappened(IPluginExecutionContext context) =>
        context.InputParameters.Contains("Target") && context.InputParameters["Target"] is Entity target &&
        target.GetAttributeValue<OptionSetValue>(TouchpointColumns.Status)?.Value is int status && !Choices.TouchpointStatus.Counts(status)
            ? status
            : null;

    /// <summary>
    /// An Update of cx_status on a touchpoint already counted (linked to its journey, as the pre-image says) that moved it
    /// out of the moments that happened, or back into them.
    /// </summary>
    private static bool CountedMomentChanged(IPluginExecutionContext context)
    {
        if (context.MessageName != "Update" || context.GetPreImage(ImageAliases.Before) is not Entity before) return false;
        if (before.GetAttributeValue<EntityReference>(TouchpointColumns.Journey) is null) return false;
        if (!(context.InputParameters.Contains("Target") && context.InputParameters["Target"] is Entity target) || !target.Contains(TouchpointColumns.Status)) return false;
        var was = Choices.TouchpointStatus.Counts(before.GetAttributeValue<OptionSetValue>(TouchpointColumns.Status)?.Value);
        var now = Choices.TouchpointStatus.Counts(target.GetAttributeValue<OptionSetValue>(TouchpointColumns.Status)?.Value);
        return was != now;
    }

    /// <summary>An Update whose pre-image says the touchpoint was a moment that happened already (its cx_status written again).</summary>
    private static bool HappenedBefore(IPluginExecutionContext context) =>
        context.MessageName == "Update" && context.GetPreImage(ImageAliases.Before) is Entity before &&
        before.GetAttributeValue<OptionSetValue>(TouchpointColumns.Status)?.Value is int status && Choices.TouchpointStatus.Counts(status);

    /// <summary>The contacts of the created touchpoint(s), as the event carries them.</summary>
    private static List<Guid> ContactsOf(IPluginExecutionContext context)
    {
        var targets = new List<Entity>();
        if (context.InputParameters.Contains("Target") && context.InputParameters["Target"] is Entity target) targets.Add(target);
        if (context.InputParameters.Contains("Targets") && context.InputParameters["Targets"] is EntityCollection many) targets.AddRange(many.Entities);
        var contacts = targets.Select(t => t.GetAttributeValue<EntityReference>(TouchpointColumns.Contact)?.Id).ToList();
        return targets.Count == 0 || contacts.Any(c => c is null) ? new List<Guid>() : contacts.Select(c => c!.Value).Distinct().ToList();
    }

    /// <summary>The source records of the created touchpoint(s): one email to five contacts makes five touchpoints, and the first job counts them all.</summary>
    private static List<SourceRef> SourcesOf(IPluginExecutionContext context)
    {
        var targets = new List<Entity>();
        if (context.InputParameters.Contains("Target") && context.InputParameters["Target"] is Entity target) targets.Add(target);
        if (context.InputParameters.Contains("Targets") && context.InputParameters["Targets"] is EntityCollection many) targets.AddRange(many.Entities);
        return targets
            .Select(t => new SourceRef(t.GetAttributeValue<string>(TouchpointColumns.SourceTable), t.GetAttributeValue<string>(TouchpointColumns.SourceId)))
            .Where(s => !string.IsNullOrEmpty(s.Table) && !string.IsNullOrEmpty(s.Id))
            .Distinct().Take(PendingTouchpoints.MaxSources).ToList();
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
