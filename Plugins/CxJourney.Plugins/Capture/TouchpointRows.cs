using System;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// A draft for one contact as the cx_touchpoint row to upsert: the alternate key (source table, source id,
/// kind, contact) in KeyAttributes, so the platform updates the row a re-delivered event already wrote
/// instead of adding one. Empty values are left out, so an update never clears what an earlier event or the
/// rollup set (journey, feedback band, reply time).
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
/// </summary>
internal static class TouchpointRows
{
    public static Entity Build(TouchpointDraft d, Guid contactId)
    {
        var row = new Entity(Tables.Touchpoint);
        row.KeyAttributes[TouchpointColumns.SourceTable] = d.SourceTable;
        row.KeyAttributes[TouchpointColumns.SourceId] = d.SourceId;
        row.KeyAttributes[TouchpointColumns.Kind] = new OptionSetValue(d.Kind);
        row.KeyAttributes[TouchpointColumns.Contact] = new EntityReference(Tables.Contact, contactId);
        row[TouchpointColumns.Name] = d.Name;
        row[TouchpointColumns.Channel] = new OptionSetValue(d.Channel);
        row[TouchpointColumns.Direction] = new OptionSetValue(d.Direction);
        row[TouchpointColumns.OccurredOn] = d.OccurredOn;
        if (d.SubjectSummary is not null) row[TouchpointColumns.SubjectSummary] = d.SubjectSummary;
        if (d.Sentiment.HasValue) row[TouchpointColumns.Sentiment] = d.Sentiment.Value;
        if (d.ThreadKey is not null) row[TouchpointColumns.ThreadKey] = d.ThreadKey;
        if (d.CaseId.HasValue) row[TouchpointColumns.Case] = new EntityReference(Tables.Incident, d.CaseId.Value);
        if (d.AgentId.HasValue) row[TouchpointColumns.Agent] = new EntityReference(Tables.SystemUser, d.AgentId.Value);
        if (d.Nps.HasValue) row[TouchpointColumns.Nps] = d.Nps.Value;
        if (d.Csat.HasValue) row[TouchpointColumns.Csat] = d.Csat.Value;
        return row;
    }

    /// <summary>The key as text, to drop duplicates within one batch (UpsertMultiple takes each key once).</summary>
    public static string KeyOf(TouchpointDraft d, Guid contactId) =>
        d.SourceTable + "|" + d.SourceId + "|" + d.Kind + "|" + contactId.ToString("D");
}
