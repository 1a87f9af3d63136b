using System;
using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// What assigning a row to a new owner does to the rows that refer to it, by each one-to-many
/// relationship's assign rule: Cascade gives every referencing row the new owner, Active only the
/// active ones (first state), UserOwned only those the previous owner owned; NoCascade leaves them.
/// The cascade goes on down from each row it reassigns. Rows are written in the same transaction.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior#cascading-behavior
internal sealed class CascadeAssign
{
    private readonly OrganizationCore _core;

    public CascadeAssign(OrganizationCore core) { _core = core; }

    public void Run(TableMetadata table, Guid id, EntityReference? previousOwner, EntityReference newOwner, RequestContext context)
    {
        var visited = new HashSet<(string, Guid)> { (table.LogicalName, id) };
        var pending = new Stack<(TableMetadata Table, Guid Id)>();
        pending.Push((table, id));
        while (pending.Count > 0)
        {
            (TableMetadata parent, Guid parentId) = pending.Pop();
            foreach (RelationshipMetadata relationship in _core.Catalog.RelationshipsReferencing(parent.LogicalName))
            {
                if (!CascadeScope.Cascades(relationship.CascadeAssign)) continue;
                if (relationship.ReferencingTable is null || relationship.ReferencingAttribute is null) continue;
                if (!_core.TryTable(relationship.ReferencingTable, out TableMetadata childTable) || childTable.Ownership != TableOwnership.UserOwned) continue;

                foreach (Entity child in CascadeScope.Children(_core, childTable, relationship.ReferencingAttribute, parent.LogicalName, parentId))
                {
                    if (!visited.Add((childTable.LogicalName, child.Id))) continue;
                    if (!CascadeScope.Applies(relationship.CascadeAssign, childTable, child, previousOwner)) continue;
                    EntityReference? owner = child.GetAttributeValue<EntityReference>(SystemColumns.OwnerId);
                    if (owner is not null && owner.LogicalName == newOwner.LogicalName && owner.Id == newOwner.Id) continue;

                    Entity reassigned = RowCopy.CloneColumns(child);
                    _core.Writer.ApplyOwner(childTable, reassigned, newOwner);
                    long version = _core.Store.NextRowVersion();
                    reassigned[SystemColumns.VersionNumber] = version;
                    reassigned.RowVersion = OrganizationStore.FormatRowVersion(version);
                    _core.Store.Replace(context.Transaction, reassigned);
                    pending.Push((childTable, child.Id));
                }
            }
        }
    }
}
