using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// What giving a row a new owner does to the rows that refer to it, by each one-to-many relationship's
/// assign rule: Cascade reassigns every referencing row, Active only the active ones, UserOwned only
/// those the parent's previous owner owned; NoCascade leaves them. Each child is reassigned as an inner
/// Update of its ownerid, so its own relationships cascade in turn and steps on it run.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
internal sealed class CascadeAssign
{
    private readonly OrganizationCore _core;

    public CascadeAssign(OrganizationCore core) { _core = core; }

    public void Run(TableMetadata table, Guid id, EntityReference previousOwner, EntityReference newOwner, RequestContext context)
    {
        foreach (RelationshipMetadata relationship in _core.Catalog.Relationships)
        {
            if (relationship.Kind == RelationshipKind.ManyToMany || relationship.CascadeAssign is CascadeRule.NoCascade) continue;
            if (relationship.ReferencedTable != table.LogicalName || relationship.ReferencingTable is null || relationship.ReferencingAttribute is null) continue;
            if (!_core.TryTable(relationship.ReferencingTable, out TableMetadata childTable) || childTable.Ownership != TableOwnership.UserOwned) continue;

            List<Entity> children = (_core.Store.FindByIndex(childTable.LogicalName, relationship.ReferencingAttribute, id) ?? Array.Empty<Entity>())
                .Where(child => child.GetAttributeValue<EntityReference>(relationship.ReferencingAttribute)?.LogicalName == table.LogicalName
                    && !(childTable.LogicalName == table.LogicalName && child.Id == id))
                .Where(child => relationship.CascadeAssign switch
                {
                    CascadeRule.Active => child.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value is null or 0,
                    CascadeRule.UserOwned => child.GetAttributeValue<EntityReference>(SystemColumns.OwnerId)?.Id == previousOwner.Id,
                    _ => true,
                })
                .Where(child => child.GetAttributeValue<EntityReference>(SystemColumns.OwnerId)?.Id != newOwner.Id)
                .ToList();
            foreach (Entity child in children)
            {
                var change = new Entity(childTable.LogicalName, child.Id) { [SystemColumns.OwnerId] = newOwner };
                _core.Processor.Execute(new UpdateRequest { Target = change }, context.ForInnerRequest("Update"));
            }
        }
    }
}
