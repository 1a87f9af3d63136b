using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// The parties of an activity as the platform keeps them: one activityparty row per party of each
/// party-list column (from, to, cc, bcc, required and optional attendees, organizer...), with the
/// column's participation type mask, so that they can be queried and joined like any table. Each
/// party must name an existing row of a table the column accepts (or, for an email, give an
/// address). Writing a party-list column replaces its rows; deleting the activity removes them;
/// deleting a party's record leaves its rows with ispartydeleted set.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activityparty
internal static class ActivityParties
{
    public const string Table = "activityparty";

    /// <summary>ParticipationTypeMask of each party-list column.</summary>
    private static readonly Dictionary<string, int> Masks = new(StringComparer.Ordinal)
    {
        ["from"] = 1,
        ["to"] = 2,
        ["cc"] = 3,
        ["bcc"] = 4,
        ["requiredattendees"] = 5,
        ["optionalattendees"] = 6,
        ["organizer"] = 7,
        ["resources"] = 10,
        ["customers"] = 11,
        ["partners"] = 11,
    };

    /// <summary>After a Create or Update wrote <paramref name="row"/>: the rows of each party-list column the write set.</summary>
    public static void AfterWrite(OrganizationCore core, TableMetadata table, Entity row, IEnumerable<string> written, RequestContext context)
    {
        if (!table.Columns.Any(c => c.Type == ColumnType.PartyList) || !core.TryTable(Table, out TableMetadata parties)) return;
        var writtenColumns = new HashSet<string>(written, StringComparer.Ordinal);
        foreach (ColumnMetadata column in table.Columns)
        {
            if (column.Type != ColumnType.PartyList || !writtenColumns.Contains(column.LogicalName)) continue;
            int mask = Masks.TryGetValue(column.LogicalName, out int known) ? known : 0;
            RemoveRows(core, row.Id, mask, context);
            if (row.GetAttributeValue<EntityCollection>(column.LogicalName) is not EntityCollection values) continue;
            foreach (Entity party in values.Entities) Insert(core, parties, table, row.Id, column, mask, party, context);
        }
    }

    /// <summary>Before a row is deleted: an activity's party rows go with it; a party's rows are marked ispartydeleted.</summary>
    public static void BeforeDelete(OrganizationCore core, TableMetadata table, Guid id, RequestContext context)
    {
        if (!core.TryTable(Table, out _)) return;
        if (table.Columns.Any(c => c.Type == ColumnType.PartyList))
        {
            RemoveRows(core, id, mask: null, context);
            return;
        }

        foreach (Entity party in core.Store.FindByIndex(Table, "partyid", id)?.ToList() ?? [])
        {
            if (party.GetAttributeValue<bool>("ispartydeleted")) continue;
            Entity marked = RowCopy.CloneColumns(party);
            marked["ispartydeleted"] = true;
            Stamp(core, marked);
            core.Store.Replace(context.Transaction, marked);
        }
    }

    private static void Insert(OrganizationCore core, TableMetadata parties, TableMetadata activity, Guid activityId, ColumnMetadata column, int mask, Entity party, RequestContext context)
    {
        EntityReference? partyId = party.GetAttributeValue<EntityReference>("partyid");
        string? address = party.GetAttributeValue<string>("addressused");
        if (partyId is null && string.IsNullOrWhiteSpace(address))
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, $"A party of '{activity.LogicalName}.{column.LogicalName}' needs a partyid (a record) or an addressused.");
        }

        var row = new Entity(Table, core.Ids.NewId());
        row[parties.PrimaryIdAttribute] = row.Id;
        row["activityid"] = new EntityReference(activity.LogicalName, activityId);
        row["participationtypemask"] = new OptionSetValue(mask);
        row["ispartydeleted"] = false;
        if (partyId is not null)
        {
            if (!column.Targets.Contains(partyId.LogicalName, StringComparer.Ordinal))
            {
                throw Fault.Create(
                    ErrorCodes.InvalidArgument,
                    $"A party of '{activity.LogicalName}.{column.LogicalName}' cannot be a '{partyId.LogicalName}'; it can be {string.Join(", ", column.Targets)}.");
            }

            Guid resolved = core.ResolveReference(partyId);
            row["partyid"] = new EntityReference(partyId.LogicalName, resolved);
        }

        if (!string.IsNullOrWhiteSpace(address)) row["addressused"] = address;
        Stamp(core, row);
        core.Store.Insert(context.Transaction, row);
    }

    private static void RemoveRows(OrganizationCore core, Guid activityId, int? mask, RequestContext context)
    {
        foreach (Entity party in core.Store.FindByIndex(Table, "activityid", activityId)?.ToList() ?? [])
        {
            if (mask is int only && party.GetAttributeValue<OptionSetValue>("participationtypemask")?.Value != only) continue;
            core.Store.Remove(context.Transaction, Table, party.Id);
        }
    }

    private static void Stamp(OrganizationCore core, Entity row)
    {
        long version = core.Store.NextRowVersion();
        row[SystemColumns.VersionNumber] = version;
        row.RowVersion = OrganizationStore.FormatRowVersion(version);
    }
}
