using System;
using System.Collections.Generic;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Security;

/// <summary>
/// The checks the main operation of each message makes against the request's user (context.UserId:
/// the impersonated user when there is one): the privilege behind the access right, at a depth that
/// reaches the record's owner and owning business unit, or a share of the record with the user or one
/// of the user's teams. System Administrator and the SYSTEM user pass every check. Pre-validation
/// plug-ins run before these checks, as in Dataverse.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/security-concepts
// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
internal sealed class AccessChecks : IRecordGuard
{
    /// <summary>Lookup columns the platform sets itself or that name the owner: assigning, not appending.</summary>
    private static readonly HashSet<string> OwnershipColumns = new(StringComparer.Ordinal)
    {
        SystemColumns.OwnerId, SystemColumns.OwningUser, SystemColumns.OwningTeam, SystemColumns.OwningBusinessUnit,
    };

    private static readonly Func<RowView, bool> Everything = static _ => true;
    private static readonly Func<RowView, bool> Nothing = static _ => false;

    private readonly OrganizationCore _core;

    public AccessChecks(OrganizationCore core) { _core = core; }

    private SecurityModel Model => _core.Security;

    /// <summary>The user's access, or null when nothing restricts the user.</summary>
    public UserAccess? Restricted(RequestContext context)
    {
        UserAccess user = Model.For(context.UserId);
        return user.Unrestricted ? null : user;
    }

    public bool CanAccess(UserAccess user, TableMetadata table, Entity row, AccessRights right)
    {
        if (user.Unrestricted || table.Ownership == TableOwnership.None) return true;
        PrivilegeGrants? grants = user.Grants(table, right);
        if (grants is null) return false;
        if (table.Ownership == TableOwnership.OrganizationOwned) return true;
        (Guid owner, Guid unit) = RecordOwnership.Of(table, row);
        if (user.Reaches(grants, owner, unit)) return true;
        return Model.Shares.Any && (Model.Shares.For(table.LogicalName, row.Id, user) & right) == right;
    }

    /// <summary>Faults with PrivilegeDenied, naming the privilege, unless the user has <paramref name="right"/> on the row.</summary>
    public void Demand(RequestContext context, TableMetadata table, Entity row, AccessRights right)
    {
        UserAccess? user = Restricted(context);
        if (user is null || CanAccess(user, table, row, right)) return;
        throw Denied(user, table, row, right);
    }

    /// <summary>Create, Append on the new row and AppendTo on every row its lookups point at.</summary>
    // https://learn.microsoft.com/power-platform/admin/security-roles-privileges#record-level-privileges
    public void DemandCreate(RequestContext context, TableMetadata table, Entity row, IEnumerable<string> columns)
    {
        UserAccess? user = Restricted(context);
        if (user is null) return;
        if (!CanAccess(user, table, row, AccessRights.CreateAccess)) throw Denied(user, table, row, AccessRights.CreateAccess);
        DemandLookups(user, table, row, columns);
        DemandColumns(user, table, columns, FieldAccess.Create);
    }

    /// <summary>
    /// Update: Write for the columns it changes, Assign when it changes the owner (Assign and
    /// an Update of ownerid are one operation), Append/AppendTo for the lookups it sets.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior
    public void DemandUpdate(RequestContext context, TableMetadata table, Entity existing, Entity changed, IReadOnlyCollection<string> columns)
    {
        UserAccess? user = Restricted(context);
        if (user is null) return;
        bool writes = false;
        bool assigns = false;
        foreach (string column in columns)
        {
            if (column == table.PrimaryIdAttribute || SystemColumns.IsIgnoredOnWrite(column) && column != SystemColumns.OwnerId
                && column != SystemColumns.StateCode && column != SystemColumns.StatusCode) continue;
            if (column == SystemColumns.OwnerId) assigns = !Equals(existing.GetAttributeValue<EntityReference>(column)?.Id, changed.GetAttributeValue<EntityReference>(column)?.Id);
            else writes = true;
        }
        if (writes && !CanAccess(user, table, existing, AccessRights.WriteAccess)) throw Denied(user, table, existing, AccessRights.WriteAccess);
        if (assigns && !CanAccess(user, table, existing, AccessRights.AssignAccess)) throw Denied(user, table, existing, AccessRights.AssignAccess);
        DemandLookups(user, table, changed, columns);
        DemandColumns(user, table, columns, FieldAccess.Update);
    }

    public void DemandDelete(RequestContext context, TableMetadata table, Entity existing) =>
        Demand(context, table, existing, AccessRights.DeleteAccess);

    public void Deleted(StoreTransaction? transaction, string table, Guid id) => Model.Shares.Remove(transaction, table, id);

    public void Written(RequestContext context, TableMetadata table, Entity? before, Entity after) => Model.Cascade.Written(context.Transaction, table, before, after);

    /// <summary>Associating rows through a many-to-many relationship: Append and AppendTo on both.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
    public void DemandLink(RequestContext context, TableMetadata table, Entity row)
    {
        Demand(context, table, row, AccessRights.AppendAccess);
        Demand(context, table, row, AccessRights.AppendToAccess);
    }

    private void DemandLookups(UserAccess user, TableMetadata table, Entity row, IEnumerable<string> columns)
    {
        bool appendChecked = false;
        foreach (string column in columns)
        {
            if (OwnershipColumns.Contains(column) || !table.TryGetColumn(column, out ColumnMetadata? metadata) || !metadata.IsLookup) continue;
            if (row.GetAttributeValue<object>(column) is not EntityReference target) continue;
            if (!_core.TryTable(target.LogicalName, out TableMetadata targetTable)) continue;
            // Users, teams and business units are referenced by name only; the platform checks them when they are owners.
            if (targetTable.Ownership is TableOwnership.None or TableOwnership.BusinessOwned) continue;
            if (!appendChecked)
            {
                if (!CanAccess(user, table, row, AccessRights.AppendAccess)) throw Denied(user, table, row, AccessRights.AppendAccess);
                appendChecked = true;
            }
            Entity? targetRow = _core.Store.Find(targetTable.LogicalName, target.Id);
            if (targetRow is not null && !CanAccess(user, targetTable, targetRow, AccessRights.AppendToAccess))
                throw Denied(user, targetTable, targetRow, AccessRights.AppendToAccess);
        }
    }

    /// <summary>Writing a secured column needs a column security profile that allows it.</summary>
    // https://learn.microsoft.com/power-platform/admin/field-level-security
    private void DemandColumns(UserAccess user, TableMetadata table, IEnumerable<string> columns, FieldAccess needed)
    {
        foreach (string column in columns)
        {
            if (!Model.IsSecured(table, column) || (user.FieldAccess(table.LogicalName, column) & needed) == needed) continue;
            string verb = needed == FieldAccess.Create ? "create" : "update";
            throw Fault.Create(
                ErrorCodes.PrivilegeDenied,
                $"The user with id {user.UserId} does not have {verb} permissions to the {column} attribute in the {table.LogicalName} entity (column security). The user does not hold the necessary privileges.");
        }
    }

    /// <summary>
    /// The row filter RetrieveMultiple hands the query evaluator: null when the user reads every row;
    /// otherwise, per table, a test of one row with the user's privilege on the table resolved once.
    /// </summary>
    public Func<string, Func<RowView, bool>>? ReadFilter(RequestContext context)
    {
        UserAccess? user = Restricted(context);
        if (user is null) return null;
        var perTable = new Dictionary<string, Func<RowView, bool>>(StringComparer.Ordinal);
        return tableName => perTable.TryGetValue(tableName, out Func<RowView, bool>? test) ? test : perTable[tableName] = TableFilter(user, tableName);
    }

    private Func<RowView, bool> TableFilter(UserAccess user, string tableName)
    {
        if (!_core.TryTable(tableName, out TableMetadata table) || table.Ownership == TableOwnership.None) return Everything;
        PrivilegeGrants? grants = user.Grants(table, AccessRights.ReadAccess);
        if (grants is null) return Nothing;
        if (grants.Widest == PrivilegeDepth.Global || table.Ownership == TableOwnership.OrganizationOwned) return Everything;
        RecordShares shares = Model.Shares;
        return row =>
        {
            (Guid owner, Guid unit) = RecordOwnership.Of(table, row);
            return user.Reaches(grants, owner, unit)
                || (shares.Any && (shares.For(tableName, row.Id, user) & AccessRights.ReadAccess) != 0);
        };
    }

    /// <summary>Removes the values of secured columns the user may not read from a row about to be returned.</summary>
    // https://learn.microsoft.com/power-platform/admin/field-level-security
    public void MaskColumns(RequestContext context, TableMetadata table, Entity result)
    {
        UserAccess? user = Restricted(context);
        if (user is null || !Model.HasSecuredColumns(table)) return;
        List<string>? hidden = null;
        foreach (KeyValuePair<string, object?> attribute in result.Attributes)
        {
            (string owner, string column) = attribute.Value is AliasedValue aliased
                ? (aliased.EntityLogicalName, aliased.AttributeLogicalName)
                : (table.LogicalName, attribute.Key);
            if (!_core.TryTable(owner, out TableMetadata ownerTable) || !Model.IsSecured(ownerTable, column)) continue;
            if ((user.FieldAccess(owner, column) & FieldAccess.Read) == 0) (hidden ??= new List<string>()).Add(attribute.Key);
        }
        if (hidden is null) return;
        foreach (string key in hidden)
        {
            result.Attributes.Remove(key);
            result.FormattedValues.Remove(key);
        }
    }

    /// <summary>The rights the principal holds on the row through its roles and through shares (RetrievePrincipalAccess).</summary>
    public AccessRights RightsOf(Guid principalId, TableMetadata table, Entity row)
    {
        UserAccess principal = Model.For(principalId);
        AccessRights rights = AccessRights.None;
        foreach (AccessRights right in PrivilegeNames.RecordRights)
        {
            if (right == AccessRights.CreateAccess) continue;
            if (CanAccess(principal, table, row, right)) rights |= right;
        }
        if (principal.Depth(table, AccessRights.CreateAccess) is not null) rights |= AccessRights.CreateAccess;

        // A team holds what was shared with it (or inherited); its members use it within their own privileges.
        if (_core.Store.Contains("team", principalId)) rights |= Model.Shares.Effective(table.LogicalName, row.Id, principalId);
        return rights;
    }

    /// <summary>Acting on behalf of another user needs prvActOnBehalfOfAnotherUser.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user
    public void DemandImpersonation(Guid actingUserId, Guid impersonatedUserId)
    {
        lock (_core.Store.Gate)
        {
            if (Model.For(actingUserId).Holds(PrivilegeNames.ActOnBehalfOfAnotherUser)) return;
        }
        throw Fault.Create(
            ErrorCodes.PrivilegeDenied,
            $"Principal user (Id={actingUserId}, type=8) is missing {PrivilegeNames.ActOnBehalfOfAnotherUser} privilege and cannot act on behalf of user {impersonatedUserId}. The user does not hold the necessary privileges.");
    }

    public static FaultException<OrganizationServiceFault> Denied(UserAccess user, TableMetadata table, Entity row, AccessRights right)
    {
        string privilege = PrivilegeNames.For(table, right);
        PrivilegeDepth? depth = user.Depth(table, right);
        (Guid owner, Guid unit) = RecordOwnership.Of(table, row);
        string reason = depth is null
            ? $"is missing {privilege} privilege on entity '{table.LogicalName}'"
            : $"holds {privilege} at {depth} depth, which does not reach {table.LogicalName} record {row.Id} (owner {owner}, business unit {unit}), and the record is not shared with {right}";
        return Fault.Create(ErrorCodes.PrivilegeDenied, $"Principal user (Id={user.UserId}, type=8) {reason}. The user does not hold the necessary privileges.");
    }
}
