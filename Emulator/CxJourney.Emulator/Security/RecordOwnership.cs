using System;
using CxJourney.Emulator.Records;
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
    public static (Guid Owner, Guid Unit) Of(TableMetadata table, Entity row)
    {
        if (table.Ownership == TableOwnership.UserOwned)
        {
            return (row.GetAttributeValue<EntityReference>(SystemColumns.OwnerId)?.Id ?? Guid.Empty,
                row.GetAttributeValue<EntityReference>(SystemColumns.OwningBusinessUnit)?.Id ?? Guid.Empty);
        }
        if (table.LogicalName == "businessunit") return (Guid.Empty, row.Id);
        return (row.Id, row.GetAttributeValue<EntityReference>(SystemColumns.BusinessUnitId)?.Id ?? Guid.Empty);
    }
}
