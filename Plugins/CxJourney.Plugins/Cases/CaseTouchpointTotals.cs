using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Cases;

/// <summary>
/// Everything scoring needs from a case's touchpoints, from ONE FetchXML aggregate grouped by channel,
/// direction, kind and agent: counts, first and last occurrence and sentiment per group (the agent tells a hand-off:
/// replies from a second agent). The database does the counting, so the query and its result stay the same size
/// whether the case has 3 touchpoints or 10,000 (at most one row per channel × direction × kind × agent of the case;
/// aggregates read up to 50,000 rows:
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations).
/// </summary>
public static class CaseTouchpointTotals
{
    /// <summary>The aggregate over the case's touchpoints up to <paramref name="until"/> (all of them when null).</summary>
    public static string FetchXml(Guid caseId, DateTime? until)
    {
        var upTo = until.HasValue
            ? $"<condition attribute='{TouchpointColumns.OccurredOn}' operator='le' value='{DateTime.SpecifyKind(until.Value, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}' />"
            : "";
        return
            "<fetch aggregate='true'>" +
            $"<entity name='{Tables.Touchpoint}'>" +
            $"<attribute name='{TouchpointColumns.Channel}' groupby='true' alias='channel' />" +
            $"<attribute name='{TouchpointColumns.Direction}' groupby='true' alias='direction' />" +
            $"<attribute name='{TouchpointColumns.Kind}' groupby='true' alias='kind' />" +
            $"<attribute name='{TouchpointColumns.Agent}' groupby='true' alias='agent' />" +
            $"<attribute name='{TouchpointColumns.Id}' aggregate='count' alias='total' />" +
            $"<attribute name='{TouchpointColumns.OccurredOn}' aggregate='min' alias='firston' />" +
            $"<attribute name='{TouchpointColumns.OccurredOn}' aggregate='max' alias='laston' />" +
            $"<attribute name='{TouchpointColumns.Sentiment}' aggregate='avg' alias='sentimentavg' />" +
            $"<attribute name='{TouchpointColumns.Sentiment}' aggregate='min' alias='sentimentmin' />" +
            $"<attribute name='{TouchpointColumns.Sentiment}' aggregate='countcolumn' alias='sentimentcount' />" +
            "<filter>" +
            $"<condition attribute='{TouchpointColumns.Case}' operator='eq' value='{caseId:D}' />" +
            upTo +
            // Only moments that happened: a planned call or a cancelled appointment is no contact (empty: a row from before statuses).
            $"<filter type='or'><condition attribute='{TouchpointColumns.Status}' operator='null' />" +
            $"<condition attribute='{TouchpointColumns.Status}' operator='eq' value='{Choices.TouchpointStatus.Happened}' /></filter>" +
            "</filter>" +
            "</entity>" +
            "</fetch>";
    }

    public static IReadOnlyList<CaseTouchpointGroup> Read(IOrganizationService service, Guid caseId, DateTime? until)
    {
        var result = service.RetrieveMultiple(new FetchExpression(FetchXml(caseId, until)));
        return result.Entities.Select(Parse).Where(g => g.Count > 0).ToList();
    }

    private static CaseTouchpointGroup Parse(Entity row) => new()
    {
        Channel = Value<OptionSetValue>(row, "channel")?.Value,
        Direction = Value<OptionSetValue>(row, "direction")?.Value,
        Kind = Value<OptionSetValue>(row, "kind")?.Value,
        Agent = Value<EntityReference>(row, "agent")?.Id ?? (Raw(row, "agent") is Guid id ? id : null),
        Count = Int(row, "total"),
        FirstOccurredOn = Date(row, "firston"),
        LastOccurredOn = Date(row, "laston"),
        SentimentAverage = Double(row, "sentimentavg"),
        SentimentMinimum = Double(row, "sentimentmin"),
        SentimentCount = Int(row, "sentimentcount"),
    };

    private static T? Value<T>(Entity row, string alias) where T : class =>
        row.Contains(alias) && row[alias] is AliasedValue aliased ? aliased.Value as T : null;

    private static object? Raw(Entity row, string alias) =>
        row.Contains(alias) && row[alias] is AliasedValue aliased ? aliased.Value : null;

    private static int Int(Entity row, string alias) => Raw(row, alias) switch
    {
        int i => i,
        long l => (int)l,
        decimal m => (int)m,
        _ => 0,
    };

    private static double? Double(Entity row, string alias) => Raw(row, alias) switch
    {
        double d => d,
        decimal m => (double)m,
        float f => f,
        _ => null,
    };

    private static DateTime? Date(Entity row, string alias) =>
        Raw(row, alias) is DateTime d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
}
