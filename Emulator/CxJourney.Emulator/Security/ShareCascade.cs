using System;
using System.Collections.Generic;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Security;

/// <summary>
/// Inherited access: what a record's children hold by sharing because of the record.
/// Share/Unshare: after GrantAccess, ModifyAccess or RevokeAccess on a record, every child reached
/// through a relationship whose Share (or Unshare) rule cascades inherits what the principal now holds
/// on the record (its own share and what the record itself inherits), down the tree.
/// Reparent: when a child's parental lookup is set (on create, or changed by an update) through a
/// relationship whose Reparent rule cascades, the child loses what it inherited through the old parent
/// and inherits what is shared on the new one, and its own children follow.
/// A child's own shares are never touched: a record keeps two sets of sharing properties.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/security-sharing-assigning#sharing-and-inheritance
// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior#about-the-reparent-action
internal sealed class ShareCascade
{
    private readonly OrganizationCore _core;

    public ShareCascade(OrganizationCore core) { _core = core; }

    private RecordShares Shares => _core.Security.Shares;

    /// <summary>The principal's share of the row changed (GrantAccess/ModifyAccess: Share rule; RevokeAccess: Unshare rule).</summary>
    public void Shared(StoreTransaction? transaction, TableMetadata table, Guid id, Guid principal, bool revoked) =>
        Propagate(transaction, table, id, principal, revoked ? static r => r.CascadeUnshare : static r => r.CascadeShare);

    /// <summary>A row was created or updated: a parental lookup that changed reparents it.</summary>
    public void Written(StoreTransaction? transaction, TableMetadata table, Entity? before, Entity after)
    {
        if (!Shares.Any || table.Ownership != TableOwnership.UserOwned) return;
        HashSet<Guid>? affected = null;
        foreach (RelationshipMetadata relationship in _core.Catalog.Relationships)
        {
            if (relationship.Kind != RelationshipKind.OneToMany || relationship.ReferencingTable != table.LogicalName
                || relationship.ReferencingAttribute is not string column || !CascadeScope.Cascades(relationship.CascadeReparent)) continue;
            EntityReference? previous = before?.GetAttributeValue<EntityReference>(column);
            EntityReference? current = after.GetAttributeValue<EntityReference>(column);
            if (previous?.Id == current?.Id && previous?.LogicalName == current?.LogicalName) continue;

            if (previous is not null && previous.LogicalName == relationship.ReferencedTable)
            {
                foreach (Guid principal in Shares.RemoveInheritedVia(transaction, table.LogicalName, after.Id, previous.LogicalName, previous.Id)) (affected ??= new()).Add(principal);
            }
            if (current is null || current.LogicalName != relationship.ReferencedTable || !_core.TryTable(current.LogicalName, out TableMetadata parentTable)) continue;
            Entity? parent = _core.Store.Find(parentTable.LogicalName, current.Id);
            if (parent is null || !CascadeScope.Applies(relationship.CascadeReparent, table, after, parent.GetAttributeValue<EntityReference>(SystemColumns.OwnerId))) continue;
            foreach (Guid principal in Shares.PrincipalsOf(parentTable.LogicalName, parent.Id))
            {
                AccessRights rights = Shares.Effective(parentTable.LogicalName, parent.Id, principal);
                if (Shares.SetInherited(transaction, table.LogicalName, after.Id, principal, parentTable.LogicalName, parent.Id, rights)) (affected ??= new()).Add(principal);
            }
        }
        if (affected is null) return;
        foreach (Guid principal in affected) Propagate(transaction, table, after.Id, principal, static r => r.CascadeReparent);
    }

    /// <summary>
    /// Hands what the principal holds on the row down to the children the rule reaches, and on from each
    /// child whose inherited rights changed.
    /// </summary>
    private void Propagate(StoreTransaction? transaction, TableMetadata table, Guid id, Guid principal, Func<RelationshipMetadata, CascadeRule> ruleOf)
    {
        var visited = new HashSet<(string, Guid)> { (table.LogicalName, id) };
        var pending = new Stack<(TableMetadata Table, Guid Id)>();
        pending.Push((table, id));
        while (pending.Count > 0)
        {
            (TableMetadata parentTable, Guid parentId) = pending.Pop();
            Entity? parent = _core.Store.Find(parentTable.LogicalName, parentId);
            if (parent is null) continue;
            AccessRights rights = Shares.Effective(parentTable.LogicalName, parentId, principal);
            EntityReference? owner = parent.GetAttributeValue<EntityReference>(SystemColumns.OwnerId);
            foreach (RelationshipMetadata relationship in _core.Catalog.RelationshipsReferencing(parentTable.LogicalName))
            {
                CascadeRule rule = ruleOf(relationship);
                if (!CascadeScope.Cascades(rule) || relationship.ReferencingTable is null || relationship.ReferencingAttribute is null) continue;
                if (!_core.TryTable(relationship.ReferencingTable, out TableMetadata childTable) || childTable.Ownership != TableOwnership.UserOwned) continue;
                foreach (Entity child in CascadeScope.Children(_core, childTable, relationship.ReferencingAttribute, parentTable.LogicalName, parentId))
                {
                    if (!visited.Add((childTable.LogicalName, child.Id)) || !CascadeScope.Applies(rule, childTable, child, owner)) continue;
                    if (Shares.SetInherited(transaction, childTable.LogicalName, child.Id, principal, parentTable.LogicalName, parentId, rights)) pending.Push((childTable, child.Id));
                }
            }
        }
    }
}
