using System;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Journey;

/// <summary>
/// A contact's journey row as last read: its id, its row version (the optimistic-concurrency token the rollup's
/// write must match) and its stage (to tell when the stage changes). One journey per contact, by the
/// cx_journey_contact alternate key.
/// </summary>
internal sealed class JourneyRecord
{
    public JourneyRecord(Guid id, string? rowVersion, int? stage, string? state)
    {
        Id = id;
        RowVersion = rowVersion;
        Stage = stage;
        State = state;
    }

    public Guid Id { get; }

    public string? RowVersion { get; }

    public int? Stage { get; }

    /// <summary>The rollup's ledger as stored (cx_rollupstate), or null.</summary>
    public string? State { get; }

    /// <summary>A journey that does not exist yet, to be created by the rollup (the organization gives it its id).</summary>
    public bool IsNew { get; private init; }

    public static JourneyRecord New() => new(Guid.Empty, null, null, null) { IsNew = true };

    public static JourneyRecord? Find(IOrganizationService service, Guid contactId)
    {
        var query = new QueryExpression(Tables.Journey) { ColumnSet = new ColumnSet(JourneyColumns.Stage, JourneyColumns.RollupState), TopCount = 1 };
        query.Criteria.AddCondition(JourneyColumns.Contact, ConditionOperator.Equal, contactId);
        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0) return null;
        var row = rows[0];
        return new JourneyRecord(row.Id, row.RowVersion, row.GetAttributeValue<OptionSetValue>(JourneyColumns.Stage)?.Value,
            row.GetAttributeValue<string>(JourneyColumns.RollupState));
    }

    public static string NameFor(EntityReference contact)
    {
        var name = string.IsNullOrWhiteSpace(contact.Name) ? "Contact " + contact.Id.ToString("D") : Domain.Text.PiiMasker.Mask(contact.Name).Trim();
        return name.Length <= 200 ? name : name.Substring(0, 200);
    }
}
