using System;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Security;

/// <summary>
/// Who owns a row and in which business unit, as record-level checks compare them: a user- or
/// team-owned row by ownerid and owningbusinessunit; a user or team row by itself and its
/// businessunitid (Basic depth reaches one's own user row); a business unit by itself.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/security-concepts#ownership
internal static class RecordOwnership
{
    public static (Guid Owner, Guid Unit) Of(TableMetadata table, Entity row) => Of(table, RowView.Of(row));

    /// <summary>The same, read from a stored row without making an Entity of it (the query's read filter tests every row it examines).</summary>
    public static (Guid Owner, Guid Unit) Of(TableMetadata table, RowView row)
    {
        if (table.Ownership == TableOwnership.UserOwned)
        {
            return (Reference(row, SystemColumns.OwnerId), Reference(row, SystemColumns.OwningBusinessUnit));
        }
        if (table.LogicalName == "businessunit") return (Guid.Empty, row.Id);
        return (row.Id, Reference(row, SystemColumns.BusinessUnitId));
    }

    private static Guid Reference(RowView row, string column) =>
        row.TryGetColumn(column, out object? value) && value is EntityReference reference ? reference.Id : Guid.Empty;
}
