using System;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// A draft for one contact as the cx_touchpoint row to upsert. Its id is a name-based GUID of the natural key
/// (source table, source id, kind, contact), so the Upsert finds a row a re-delivered event already wrote by
/// its primary id: no alternate key is used, and none needs to be Active (right after an import the key's
/// index may still be building). The key columns are written as ordinary values, so the alternate key on them
/// still guards uniqueness once active. Empty values are left out, so an update never clears what an earlier
/// event or the rollup set (journey, feedback band, reply time).
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
/// </summary>
internal static class TouchpointRows
{
    // Fixed namespace of touchpoint row ids; changing it would give every touchpoint a second row.
    private static readonly Guid RowNamespace = new("0c6e2f4a-8d1b-4e7c-a3f5-7b9d2e1c4a68");

    /// <summary>The row id of the touchpoint of this draft for this contact.</summary>
    public static Guid IdOf(TouchpointDraft d, Guid contactId) => SourceKeys.NameBased(RowNamespace, KeyOf(d, contactId));

    public static Entity Build(TouchpointDraft d, Guid contactId)
    {
        var row = new Entity(Tables.Touchpoint, IdOf(d, contactId));
        row[TouchpointColumns.SourceTable] = d.SourceTable;
        row[TouchpointColumns.SourceId] = d.SourceId;
        row[TouchpointColumns.Kind] = new OptionSetValue(d.Kind);
        row[TouchpointColumns.Contact] = new EntityReference(Tables.Contact, contactId);
        row[TouchpointColumns.Name] = d.Name;
        row[TouchpointColumns.Channel] = new OptionSetValue(d.Channel);
        row[TouchpointColumns.Direction] = new OptionSetValue(d.Direction);
        row[TouchpointColumns.OccurredOn] = d.OccurredOn;
        // Always written: a planned call's row becomes Happened (or Cancelled) by this same upsert.
        row[TouchpointColumns.Status] = new OptionSetValue(d.Status);
        if (d.SubjectSummary is not null) row[TouchpointColumns.SubjectSummary] = d.SubjectSummary;
        if (d.Sentiment.HasValue) row[TouchpointColumns.Sentiment] = d.Sentiment.Value;
        if (d.ThreadKey is not null) row[TouchpointColumns.ThreadKey] = d.ThreadKey;
        if (d.CaseId.HasValue) row[TouchpointColumns.Case] = new EntityReference(Tables.Incident, d.CaseId.Value);
        if (d.AgentId.HasValue) row[TouchpointColumns.Agent] = new EntityReference(Tables.SystemUser, d.AgentId.Value);
        if (d.Nps.HasValue) row[TouchpointColumns.Nps] = d.Nps.Value;
        if (d.Csat.HasValue) row[TouchpointColumns.Csat] = d.Csat.Value;
        return row;
    }

    /// <summary>The natural key as text: the name the row id is made from, and what drops duplicates within one event.</summary>
    public static string KeyOf(TouchpointDraft d, Guid contactId) =>
        d.SourceTable + "|" + d.SourceId + "|" + d.Kind + "|" + contactId.ToString("D");
}
