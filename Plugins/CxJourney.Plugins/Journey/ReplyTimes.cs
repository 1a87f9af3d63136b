using System;
using System.Collections.Generic;
using System.ServiceModel;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Journey;

/// <summary>
/// Keeps cx_responseminutes right on the replies a new touchpoint affects, so the journey can sum reply times
/// with an aggregate query instead of replaying whole threads.
/// <para>A touchpoint at instant t in a thread can only change the replies between the thread's last answer
/// before t (tA) and its first answer after t (tB): a customer message there starts or extends the wait the next
/// answer ends; a reply or closure there ends a wait and starts a new window. So the work is bounded by that
/// window, not by the thread: two top-1 queries find tA and tB, a third reads the window [tA, tB] (both ends
/// included, to order same-instant touchpoints as the domain does), <see cref="ReplyWaits"/> recomputes the
/// window's replies after tA, and the ones that differ are updated.</para>
/// <para>Each update carries the row version it was computed from (optimistic concurrency): when a concurrent
/// rollup changed a reply in between, the window is read and computed again, so the last write of a reply's
/// time is always computed from a window that includes every touchpoint written before it.</para>
/// </summary>
internal static class ReplyTimes
{
    public const int MaxAttempts = 8;

    /// <summary>Recomputes the replies around <paramref name="t"/>; answers how many were updated.</summary>
    public static int Maintain(IOrganizationService service, StoredTouchpoint t, Action<string> trace)
    {
        var contactId = t.Contact!.Id;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var before = AnswerTime(service, contactId, t.ThreadKey, t.OccurredOn, after: false);
            var after = AnswerTime(service, contactId, t.ThreadKey, t.OccurredOn, after: true);
            var versions = new Dictionary<string, string?>(StringComparer.Ordinal);
            var rows = Window(service, contactId, t.ThreadKey, before, after, versions);
            var waits = ReplyWaits.Compute(rows);
            var updated = 0;
            var conflict = false;
            foreach (var row in rows)
            {
                if (!row.IsReply || (before.HasValue && row.OccurredOn <= before.Value)) continue;
                if (!waits.TryGetValue(row.Key, out var minutes) || minutes == row.ResponseMinutes) continue;
                if (!TryUpdate(service, row.Key, versions[row.Key], minutes))
                {
                    conflict = true;
                    break;
                }
                updated++;
            }
            if (!conflict)
            {
                trace($"Reply times of thread '{t.ThreadKey ?? "(general)"}' around {t.OccurredOn:u}: {rows.Count} touchpoint(s) in the window, {updated} reply time(s) updated.");
                return updated;
            }
            trace($"A reply of thread '{t.ThreadKey ?? "(general)"}' changed while it was recomputed (attempt {attempt}); reading the window again.");
        }
        throw new InvalidPluginExecutionException(OperationStatus.Retry,
            $"The reply times of touchpoint {t.Id:D} kept changing under concurrent rollups; the system job will retry.");
    }

    /// <summary>The last answer strictly before, or the first strictly after, the instant.</summary>
    private static DateTime? AnswerTime(IOrganizationService service, Guid contactId, string? threadKey, DateTime at, bool after)
    {
        var query = new QueryExpression(Tables.Touchpoint) { ColumnSet = new ColumnSet(TouchpointColumns.OccurredOn), TopCount = 1 };
        ThreadFilters.Thread(query.Criteria, contactId, threadKey);
        query.Criteria.AddFilter(ThreadFilters.Answer());
        query.Criteria.AddCondition(TouchpointColumns.OccurredOn, after ? ConditionOperator.GreaterThan : ConditionOperator.LessThan, at);
        query.AddOrder(TouchpointColumns.OccurredOn, after ? OrderType.Ascending : OrderType.Descending);
        var rows = service.RetrieveMultiple(query).Entities;
        return rows.Count == 0 ? null : rows[0].GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn);
    }

    private static List<ThreadRow> Window(IOrganizationService service, Guid contactId, string? threadKey, DateTime? from, DateTime? to,
        Dictionary<string, string?> versions)
    {
        var query = new QueryExpression(Tables.Touchpoint)
        {
            ColumnSet = new ColumnSet(TouchpointColumns.Channel, TouchpointColumns.Direction, TouchpointColumns.Kind,
                TouchpointColumns.OccurredOn, TouchpointColumns.ThreadKey, TouchpointColumns.ResponseMinutes),
            PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
        };
        ThreadFilters.Thread(query.Criteria, contactId, threadKey);
        query.Criteria.AddFilter(ThreadFilters.Relevant());
        if (from.HasValue) query.Criteria.AddCondition(TouchpointColumns.OccurredOn, ConditionOperator.GreaterEqual, from.Value);
        if (to.HasValue) query.Criteria.AddCondition(TouchpointColumns.OccurredOn, ConditionOperator.LessEqual, to.Value);
        query.AddOrder(TouchpointColumns.OccurredOn, OrderType.Ascending);
        query.AddOrder(TouchpointColumns.Id, OrderType.Ascending);

        var rows = new List<ThreadRow>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var e in page.Entities)
            {
                var key = e.Id.ToString("D");
                versions[key] = e.RowVersion;
                rows.Add(new ThreadRow(key,
                    e.GetAttributeValue<OptionSetValue>(TouchpointColumns.Channel)?.Value ?? Choices.Channel.Other,
                    e.GetAttributeValue<OptionSetValue>(TouchpointColumns.Direction)?.Value ?? Choices.Direction.Internal,
                    e.GetAttributeValue<OptionSetValue>(TouchpointColumns.Kind)?.Value ?? Choices.TouchpointKind.Created,
                    e.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn),
                    e.GetAttributeValue<string>(TouchpointColumns.ThreadKey),
                    e.GetAttributeValue<decimal?>(TouchpointColumns.ResponseMinutes)));
            }
            if (!page.MoreRecords) return rows;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency
    private static bool TryUpdate(IOrganizationService service, string key, string? version, decimal? minutes)
    {
        var reply = new Entity(Tables.Touchpoint, Guid.Parse(key)) { RowVersion = version };
        reply[TouchpointColumns.ResponseMinutes] = minutes;
        try
        {
            service.Execute(new UpdateRequest { Target = reply, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
            return true;
        }
        catch (FaultException<OrganizationServiceFault> fault) when (PlatformErrors.IsVersionMismatch(fault))
        {
            return false;
        }
    }
}
