using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Journey;

/// <summary>
/// The rollup's one read: the contacts' touchpoints not linked to a journey yet, each with its contact's journey
/// (outer join on the contact: its id, row version, stage and ledger). A job whose touchpoint is linked finds
/// nothing to do here and ends after this read; a job that rolls up gets every touchpoint waiting on the
/// journey, whichever job queued it, and the journey's state to add them to.
/// </summary>
internal static class PendingTouchpoints
{
    private const string JourneyAlias = "j";
    private const string VersionNumber = "versionnumber";

    /// <summary>A contact's journey (null when it has none yet) and its unlinked touchpoints.</summary>
    public sealed class Pending
    {
        public Pending(JourneyRecord? journey) { Journey = journey; }

        public JourneyRecord? Journey { get; }

        public List<StoredTouchpoint> Touchpoints { get; } = new();
    }

    /// <summary>Per contact with unlinked touchpoints: its journey and those touchpoints.</summary>
    public static Dictionary<Guid, Pending> Read(IOrganizationService service, IReadOnlyCollection<Guid> contacts)
    {
        var result = new Dictionary<Guid, Pending>();
        if (contacts.Count == 0) return result;
        var query = new QueryExpression(Tables.Touchpoint)
        {
            ColumnSet = new ColumnSet(StoredTouchpoint.ColumnNames),
            PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
        };
        query.Criteria.AddCondition(TouchpointColumns.Contact, ConditionOperator.In, contacts.Cast<object>().ToArray());
        query.Criteria.AddCondition(TouchpointColumns.Journey, ConditionOperator.Null);
        var journey = query.AddLink(Tables.Journey, TouchpointColumns.Contact, JourneyColumns.Contact, JoinOperator.LeftOuter);
        journey.EntityAlias = JourneyAlias;
        journey.Columns = new ColumnSet(JourneyColumns.Id, VersionNumber, JourneyColumns.Stage, JourneyColumns.RollupState);
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
                    entry = new Pending(JourneyOf(row));
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
        if (Aliased(row, JourneyColumns.Id) is not Guid id) return null;
        var version = Aliased(row, VersionNumber) switch
        {
            long l => l.ToString(CultureInfo.InvariantCulture),
            null => null,
            object o => Convert.ToString(o, CultureInfo.InvariantCulture),
        };
        return new JourneyRecord(id, version, (Aliased(row, JourneyColumns.Stage) as OptionSetValue)?.Value, Aliased(row, JourneyColumns.RollupState) as string);
    }

    private static object? Aliased(Entity row, string column) =>
        row.Attributes.TryGetValue(JourneyAlias + "." + column, out var value) && value is AliasedValue aliased ? aliased.Value : null;
}
