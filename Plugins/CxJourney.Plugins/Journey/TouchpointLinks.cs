using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Journey;

/// <summary>
/// Links counted touchpoints to their journey (journey, feedback band, the stage they arrived in) and stores the
/// reply times the ledger computed: inside the journey's own Update when it exists (<see cref="AttachTo"/>), otherwise
/// (the journey was just created) in ONE request: an Update for one touchpoint, UpdateMultiple for more
/// (asynchronous code may use bulk requests). Each row carries the version it was read with: a reply time is
/// computed from the journey's state when read, and when a concurrent recompute of the thread changed the row in
/// between (ReplyTimes, which reads the stored thread), its value is the newer one and this write leaves the
/// time alone and only links.
/// https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
/// </summary>
internal static class TouchpointLinks
{
    private const int MaxAttempts = 4;
    private const int BatchSize = 1000;

    /// <summary>A touchpoint to link: its journey, the stage it arrived in, its band, and the reply time to store when <paramref name="HasMinutes"/>.</summary>
    public sealed record Link(StoredTouchpoint Touchpoint, Guid JourneyId, int? ArrivalStage, int? Band, bool HasMinutes, decimal? Minutes);

    /// <summary>Links every touchpoint of <paramref name="links"/> (of one or several journeys) with one request per 1,000.</summary>
    public static void Write(IOrganizationService service, IReadOnlyList<Link> links, Action<string> trace)
    {
        for (var i = 0; i < links.Count; i += BatchSize)
            WriteBatch(service, links.Skip(i).Take(BatchSize).ToList(), trace);
    }

    private static void WriteBatch(IOrganizationService service, List<Link> links, Action<string> trace)
    {
        var versions = links.ToDictionary(l => l.Touchpoint.Id, l => l.Touchpoint.RowVersion);
        var keepMinutes = new HashSet<Guid>(links.Where(l => l.HasMinutes).Select(l => l.Touchpoint.Id));
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var rows = links.Select(l => Row(l, versions[l.Touchpoint.Id], keepMinutes.Contains(l.Touchpoint.Id))).ToList();
            var concurrency = keepMinutes.Count > 0 ? ConcurrencyBehavior.IfRowVersionMatches : ConcurrencyBehavior.Default;
            try
            {
                if (rows.Count == 1) service.Execute(new UpdateRequest { Target = rows[0], ConcurrencyBehavior = concurrency });
                else service.Execute(UpdateMultiple(rows, concurrency));
                trace($"Linked {rows.Count} touchpoint(s) to {links.Select(l => l.JourneyId).Distinct().Count()} journey(s); {keepMinutes.Count} reply time(s) stored.");
                return;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (PlatformErrors.IsVersionMismatch(fault))
            {
                // Someone recomputed a reply time in between: read the versions again and leave changed rows' times alone.
                var current = CurrentVersions(service, versions.Keys);
                foreach (var id in versions.Keys.ToList())
                {
                    current.TryGetValue(id, out var now);
                    if (!string.Equals(now, versions[id], StringComparison.Ordinal)) keepMinutes.Remove(id);
                    versions[id] = now;
                }
                trace($"A touchpoint changed while it was linked (attempt {attempt}); linking again, {keepMinutes.Count} reply time(s) kept.");
            }
        }
        throw new InvalidPluginExecutionException(OperationStatus.Retry,
            "Touchpoints kept changing while they were linked to their journey; the system job will retry.");
    }

    /// <summary>
    /// UpdateMultiple by its message name: the request class is not in the oldest SDK build the assembly must load
    /// against (9.0.2.9), the message and its parameters are.
    /// </summary>
    private static OrganizationRequest UpdateMultiple(List<Entity> rows, ConcurrencyBehavior concurrency) =>
        new("UpdateMultiple")
        {
            ["Targets"] = new EntityCollection(rows) { EntityName = Tables.Touchpoint },
            ["ConcurrencyBehavior"] = concurrency,
        };

    /// <summary>
    /// The links, with their reply times, as related rows of their journey's Update (one request writes the journey and
    /// its touchpoints: "update related entities in one operation"). The journey's row version guards them all: the
    /// Update fails as a whole when another rollup wrote the journey since it was read, and a reply time recomputed by
    /// a concurrent recompute (<see cref="ReplyTimes"/>, which writes before its journey) is written again by that
    /// job's retry, whose touchpoint this Update left unlinked or counted from the same rows.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#update-related-entities-in-one-operation
    /// </summary>
    public static void AttachTo(Entity journey, IReadOnlyList<Link> links)
    {
        journey.RelatedEntities[new Relationship(Relationships.JourneyTouchpoints)] =
            new EntityCollection(links.Select(l => Row(l, null, l.HasMinutes)).ToList()) { EntityName = Tables.Touchpoint };
    }

    private static Entity Row(Link link, string? version, bool withMinutes)
    {
        var row = new Entity(Tables.Touchpoint, link.Touchpoint.Id)
        {
            RowVersion = version,
            [TouchpointColumns.Journey] = new EntityReference(Tables.Journey, link.JourneyId),
            [TouchpointColumns.FeedbackBand] = link.Band.HasValue ? new OptionSetValue(link.Band.Value) : null,
            [TouchpointColumns.JourneyStage] = link.ArrivalStage.HasValue ? new OptionSetValue(link.ArrivalStage.Value) : null,
        };
        if (withMinutes) row[TouchpointColumns.ResponseMinutes] = link.Minutes;
        return row;
    }

    private static Dictionary<Guid, string?> CurrentVersions(IOrganizationService service, IEnumerable<Guid> ids)
    {
        var query = new QueryExpression(Tables.Touchpoint) { ColumnSet = new ColumnSet(TouchpointColumns.Id) };
        query.Criteria.AddCondition(TouchpointColumns.Id, ConditionOperator.In, ids.Cast<object>().ToArray());
        return service.RetrieveMultiple(query).Entities.ToDictionary(e => e.Id, e => e.RowVersion);
    }
}
