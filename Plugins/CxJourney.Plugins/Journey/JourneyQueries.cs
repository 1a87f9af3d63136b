using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security;
using System.Text;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Journey;

/// <summary>
/// The queries a journey is rebuilt from, all over the contact's active touchpoints:
/// <list type="number">
/// <item>one FetchXML aggregate grouped by thread, channel, direction, kind and feedback band (counts, first and
///   last instant, sentiment sum and count, reply-time sum, count and maximum): the counters are computed by the
///   database from the rows, never incremented;</item>
/// <item>for threads waiting since an earlier answer, one aggregate for when each wait began (batched);</item>
/// <item>the latest 2N scored inbound touchpoints for the sentiment trend (N = the sentiment window).</item>
/// </list>
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
/// (an aggregate reads at most 50,000 rows: a contact with more touchpoints cannot be rolled up this way).
/// </summary>
internal static class JourneyQueries
{
    private const int CutoffsPerQuery = 50;

    public static List<GroupRow> Groups(IOrganizationService service, Guid contactId, IReadOnlyCollection<Guid> unlinked)
    {
        var fetch = new StringBuilder();
        fetch.Append("<fetch aggregate=\"true\"><entity name=\"").Append(Tables.Touchpoint).Append("\">");
        GroupBy(fetch, TouchpointColumns.ThreadKey, "thread");
        GroupBy(fetch, TouchpointColumns.Channel, "channel");
        GroupBy(fetch, TouchpointColumns.Direction, "direction");
        GroupBy(fetch, TouchpointColumns.Kind, "kind");
        GroupBy(fetch, TouchpointColumns.FeedbackBand, "band");
        Aggregate(fetch, TouchpointColumns.Id, "count", "count");
        Aggregate(fetch, TouchpointColumns.OccurredOn, "min", "first");
        Aggregate(fetch, TouchpointColumns.OccurredOn, "max", "last");
        Aggregate(fetch, TouchpointColumns.Sentiment, "sum", "sentimentsum");
        Aggregate(fetch, TouchpointColumns.Sentiment, "countcolumn", "sentimentcount");
        Aggregate(fetch, TouchpointColumns.ResponseMinutes, "sum", "replysum");
        Aggregate(fetch, TouchpointColumns.ResponseMinutes, "countcolumn", "replycount");
        Aggregate(fetch, TouchpointColumns.ResponseMinutes, "max", "replymax");
        fetch.Append("<filter>");
        Condition(fetch, TouchpointColumns.Contact, "eq", contactId.ToString("D"));
        Condition(fetch, TouchpointColumns.StateCode, "eq", "0");
        Counted(fetch, unlinked);
        fetch.Append("</filter></entity></fetch>");

        var rows = new List<GroupRow>();
        foreach (var e in service.RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities)
        {
            var count = Convert.ToInt32(Value(e, "count"), CultureInfo.InvariantCulture);
            if (count == 0) continue;
            rows.Add(new GroupRow(
                Value(e, "thread") as string,
                Option(e, "channel") ?? Choices.Channel.Other,
                Option(e, "direction") ?? Choices.Direction.Internal,
                Option(e, "kind") ?? Choices.TouchpointKind.Created,
                Option(e, "band"),
                count,
                (DateTime)Value(e, "first")!,
                (DateTime)Value(e, "last")!)
            {
                SentimentSum = Value(e, "sentimentsum") is object s ? Convert.ToDouble(s, CultureInfo.InvariantCulture) : 0,
                SentimentCount = Value(e, "sentimentcount") is object c ? Convert.ToInt32(c, CultureInfo.InvariantCulture) : 0,
                ResponseMinutesSum = Value(e, "replysum") is object rs ? Convert.ToDecimal(rs, CultureInfo.InvariantCulture) : 0m,
                ResponseCount = Value(e, "replycount") is object rc ? Convert.ToInt32(rc, CultureInfo.InvariantCulture) : 0,
                LongestResponseMinutes = Value(e, "replymax") is object rm ? Convert.ToDecimal(rm, CultureInfo.InvariantCulture) : null,
            });
        }
        return rows;
    }

    /// <summary>For each cutoff's thread (key "" for the general conversation), the earliest customer message after its last answer.</summary>
    public static Dictionary<string, DateTime> WaitStarts(IOrganizationService service, Guid contactId, IReadOnlyList<WaitCutoff> cutoffs,
        IReadOnlyCollection<Guid> unlinked)
    {
        var starts = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        for (var i = 0; i < cutoffs.Count; i += CutoffsPerQuery)
        {
            var batch = cutoffs.Skip(i).Take(CutoffsPerQuery).ToList();
            var fetch = new StringBuilder();
            fetch.Append("<fetch aggregate=\"true\"><entity name=\"").Append(Tables.Touchpoint).Append("\">");
            GroupBy(fetch, TouchpointColumns.ThreadKey, "thread");
            Aggregate(fetch, TouchpointColumns.OccurredOn, "min", "start");
            fetch.Append("<filter>");
            Condition(fetch, TouchpointColumns.Contact, "eq", contactId.ToString("D"));
            Condition(fetch, TouchpointColumns.StateCode, "eq", "0");
            Condition(fetch, TouchpointColumns.Direction, "eq", Choices.Direction.Inbound.ToString(CultureInfo.InvariantCulture));
            In(fetch, TouchpointColumns.Channel, ThreadRoles.ConversationChannels);
            In(fetch, TouchpointColumns.Kind, ThreadRoles.CustomerMessageKinds);
            Counted(fetch, unlinked);
            fetch.Append("<filter type=\"or\">");
            foreach (var cutoff in batch)
            {
                fetch.Append("<filter>");
                if (cutoff.ThreadKey is null) fetch.Append("<condition attribute=\"").Append(TouchpointColumns.ThreadKey).Append("\" operator=\"null\" />");
                else Condition(fetch, TouchpointColumns.ThreadKey, "eq", cutoff.ThreadKey);
                Condition(fetch, TouchpointColumns.OccurredOn, "gt", cutoff.AnsweredAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                fetch.Append("</filter>");
            }
            fetch.Append("</filter></filter></entity></fetch>");
            foreach (var e in service.RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities)
            {
                if (Value(e, "start") is DateTime start) starts[Value(e, "thread") as string ?? string.Empty] = start;
            }
        }
        return starts;
    }

    /// <summary>
    /// The latest <paramref name="take"/> scored inbound touchpoints, chosen as <see cref="JourneyRollup"/> chooses
    /// them (newest first; at the same instant the greater key first). One row more than needed is read: when it
    /// shares the instant of the last one taken, every row of that instant is read, so a tie at the boundary is
    /// broken here, not by the database's order.
    /// </summary>
    public static List<SentimentPoint> RecentSentiments(IOrganizationService service, Guid contactId, int take, IReadOnlyCollection<Guid> unlinked)
    {
        var latest = SentimentRows(service, contactId, take + 1, null, unlinked);
        if (latest.Count > take && latest[take].OccurredOn == latest[take - 1].OccurredOn)
        {
            var boundary = latest[take - 1].OccurredOn;
            latest = latest.Where(p => p.OccurredOn > boundary).Concat(SentimentRows(service, contactId, null, boundary, unlinked)).ToList();
        }
        return latest
            .OrderByDescending(p => p.OccurredOn).ThenByDescending(p => p.Key, StringComparer.Ordinal)
            .Take(take).ToList();
    }

    private static List<SentimentPoint> SentimentRows(IOrganizationService service, Guid contactId, int? top, DateTime? at, IReadOnlyCollection<Guid> unlinked)
    {
        var query = new QueryExpression(Tables.Touchpoint) { ColumnSet = new ColumnSet(TouchpointColumns.OccurredOn, TouchpointColumns.Sentiment) };
        if (top.HasValue) query.TopCount = top.Value;
        query.Criteria.AddCondition(TouchpointColumns.Contact, ConditionOperator.Equal, contactId);
        query.Criteria.AddCondition(TouchpointColumns.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(TouchpointColumns.Direction, ConditionOperator.Equal, Choices.Direction.Inbound);
        query.Criteria.AddCondition(TouchpointColumns.Sentiment, ConditionOperator.NotNull);
        query.Criteria.AddFilter(ThreadFilters.Happened());
        if (at.HasValue) query.Criteria.AddCondition(TouchpointColumns.OccurredOn, ConditionOperator.Equal, at.Value);
        var counted = query.Criteria.AddFilter(LogicalOperator.Or);
        counted.AddCondition(TouchpointColumns.Journey, ConditionOperator.NotNull);
        if (unlinked.Count > 0) counted.AddCondition(TouchpointColumns.Id, ConditionOperator.In, unlinked.Cast<object>().ToArray());
        query.AddOrder(TouchpointColumns.OccurredOn, OrderType.Descending);
        return service.RetrieveMultiple(query).Entities
            .Select(e => new SentimentPoint(e.Id.ToString("D"), e.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn), e.GetAttributeValue<double>(TouchpointColumns.Sentiment)))
            .ToList();
    }

    /// <summary>
    /// Only the touchpoints the rollup counts: those linked to a journey, and the unlinked ones it read (and will
    /// link or list as counted). A touchpoint created after that read is left to its own job, so what the
    /// journey's state says it counted is exactly what these queries summed.
    /// </summary>
    private static void Counted(StringBuilder fetch, IReadOnlyCollection<Guid> unlinked)
    {
        // Only moments that happened (a planned call is never linked; a linked one cancelled later drops out here).
        fetch.Append(ThreadFilters.HappenedFetchXml);
        fetch.Append("<filter type=\"or\"><condition attribute=\"").Append(TouchpointColumns.Journey).Append("\" operator=\"not-null\" />");
        if (unlinked.Count > 0)
        {
            fetch.Append("<condition attribute=\"").Append(TouchpointColumns.Id).Append("\" operator=\"in\">");
            foreach (var id in unlinked) fetch.Append("<value>").Append(id.ToString("D")).Append("</value>");
            fetch.Append("</condition>");
        }
        fetch.Append("</filter>");
    }

    private static void GroupBy(StringBuilder fetch, string column, string alias) =>
        fetch.Append("<attribute name=\"").Append(column).Append("\" groupby=\"true\" alias=\"").Append(alias).Append("\" />");

    private static void Aggregate(StringBuilder fetch, string column, string function, string alias) =>
        fetch.Append("<attribute name=\"").Append(column).Append("\" aggregate=\"").Append(function).Append("\" alias=\"").Append(alias).Append("\" />");

    private static void Condition(StringBuilder fetch, string column, string op, string value) =>
        fetch.Append("<condition attribute=\"").Append(column).Append("\" operator=\"").Append(op)
            .Append("\" value=\"").Append(SecurityElement.Escape(value)).Append("\" />");

    private static void In(StringBuilder fetch, string column, IEnumerable<int> values)
    {
        fetch.Append("<condition attribute=\"").Append(column).Append("\" operator=\"in\">");
        foreach (var v in values) fetch.Append("<value>").Append(v.ToString(CultureInfo.InvariantCulture)).Append("</value>");
        fetch.Append("</condition>");
    }

    private static object? Value(Entity e, string alias) =>
        e.Contains(alias) && e[alias] is AliasedValue aliased ? aliased.Value : null;

    private static int? Option(Entity e, string alias) => (Value(e, alias) as OptionSetValue)?.Value;
}
