using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Journey;

/// <summary>A touchpoint's source record (cx_sourcetable, cx_sourceid).</summary>
internal sealed record SourceRef(string? Table, string? Id);

/// <summary>
/// The rollup's one read: the contacts' happened touchpoints not linked to a journey yet, each with its contact's journey
/// (outer join on the contact: its id, row version, stage and ledger) and the settings copy the journey links to. A job whose touchpoint is linked finds
/// nothing to do here and ends after this read; a job that rolls up gets every touchpoint waiting on the
/// journey, whichever job queued it, and the journey's state to add them to.
/// </summary>
internal static class PendingTouchpoints
{
    /// <summary>Sources asked for by one read; a CreateMultiple of more sources counts the rest through its contacts.</summary>
    public const int MaxSources = 50;

    private const string JourneyAlias = "j";
    private const string SettingsAlias = "s";

    /// <summary>A contact's journey (null when it has none yet) and its unlinked touchpoints.</summary>
    public sealed class Pending
    {
        public Pending(JourneyRecord? journey, SettingsCopy.Found? settings)
        {
            Journey = journey;
            SettingsCopy = settings;
        }

        public JourneyRecord? Journey { get; }

        /// <summary>The settings copy the journey links to; null when there is no journey or it has no link yet.</summary>
        public SettingsCopy.Found? SettingsCopy { get; }

        public List<StoredTouchpoint> Touchpoints { get; } = new();
    }

    /// <summary>
    /// Per contact with unlinked touchpoints, of <paramref name="contacts"/> or from one of <paramref name="sources"/>
    /// (the other contacts of the same email): its journey and those touchpoints.
    /// </summary>
    public static Dictionary<Guid, Pending> Read(IOrganizationService service, IReadOnlyCollection<Guid> contacts, IReadOnlyCollection<SourceRef> sources)
    {
        var result = new Dictionary<Guid, Pending>();
        if (contacts.Count == 0) return result;
        var query = new QueryExpression(Tables.Touchpoint)
        {
            ColumnSet = new ColumnSet(StoredTouchpoint.ColumnNames),
            PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
        };
        query.Criteria.AddCondition(TouchpointColumns.Journey, ConditionOperator.Null);
        // A planned or cancelled moment waits for nothing: it is counted (and linked) when its status becomes Happened,
        // by the job the Update of cx_status queues (or any later rollup of the contact).
        query.Criteria.AddFilter(ThreadFilters.Happened());
        var whose = query.Criteria.AddFilter(LogicalOperator.Or);
        if (contacts.Count == 1) whose.AddCondition(TouchpointColumns.Contact, ConditionOperator.Equal, contacts.First());
        else whose.AddCondition(TouchpointColumns.Contact, ConditionOperator.In, contacts.Cast<object>().ToArray());
        foreach (var source in sources)
        {
            var same = whose.AddFilter(LogicalOperator.And);
            same.AddCondition(TouchpointColumns.SourceId, ConditionOperator.Equal, source.Id!);
            same.AddCondition(TouchpointColumns.SourceTable, ConditionOperator.Equal, source.Table!);
        }
        var journey = query.AddLink(Tables.Journey, TouchpointColumns.Contact, JourneyColumns.Contact, JoinOperator.LeftOuter);
        journey.EntityAlias = JourneyAlias;
        journey.Columns = new ColumnSet(JourneyColumns.Id, QueryRows.VersionNumber, JourneyColumns.Stage, JourneyColumns.RollupState);
        // The job's settings come with the journey: no read of the environment variables (see SettingsCopy).
        SettingsCopy.LinkFrom(journey, SettingsAlias);
        query.AddOrder(TouchpointColumns.Id, OrderType.Ascending);

        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                var touchpoint = new StoredTouchpoint(row);
                if (touchpoint.Contact is null) continue;
                if (!result.TryGetValue(touchpoint.Contact.Id, out var entry))
                {
                    entry = new Pending(JourneyOf(row), SettingsCopy.FromAliased(row, SettingsAlias));
                    result[touchpoint.Contact.Id] = entry;
                }
                entry.Touchpoints.Add(touchpoint);
            }
            if (!page.MoreRecords) return result;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    private static JourneyRecord? JourneyOf(Entity row)
    {
        if (row.Aliased(JourneyAlias, JourneyColumns.Id) is not Guid id) return null;
        return new JourneyRecord(id, QueryRows.Version(row.Aliased(JourneyAlias, QueryRows.VersionNumber)),
            (row.Aliased(JourneyAlias, JourneyColumns.Stage) as OptionSetValue)?.Value, row.Aliased(JourneyAlias, JourneyColumns.RollupState) as string);
    }
}
