using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// What deleting a row does to the rows that refer to it, by each one-to-many relationship's
/// delete rule: Cascade deletes them too, RemoveLink clears their lookup, Restrict refuses the
/// delete while any exist. Many-to-many links of the row are removed.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
internal sealed class CascadeDelete
{
    private readonly OrganizationCore _core;

    public CascadeDelete(OrganizationCore core) { _core = core; }

    public void Run(TableMetadata table, Guid id, RequestContext context)
    {
        foreach (RelationshipMetadata relationship in _core.Catalog.Relationships)
        {
            if (relationship.Kind == RelationshipKind.ManyToMany)
            {
                if (relationship.FirstTable != table.LogicalName && relationship.SecondTable != table.LogicalName) continue;
                var links = new ManyToManyLinks(_core, relationship);
                foreach (Entity link in links.LinksOf(table.LogicalName, id)) links.Remove(context.Transaction, link);
                continue;
            }
            if (relationship.ReferencedTable != table.LogicalName || relationship.ReferencingTable is null || relationship.ReferencingAttribute is null) continue;
            if (!_core.TryTable(relationship.ReferencingTable, out TableMetadata childTable)) continue;

            List<Entity> children = (_core.Store.FindByIndex(childTable.LogicalName, relationship.ReferencingAttribute, id) ?? Array.Empty<Entity>())
                .Where(child => child.GetAttributeValue<EntityReference>(relationship.ReferencingAttribute)?.LogicalName == table.LogicalName
                    && !(childTable.LogicalName == table.LogicalName && child.Id == id))
                .ToList();
            if (children.Count == 0) continue;

            switch (relationship.CascadeDelete)
            {
                case CascadeRule.Cascade:
                    foreach (Entity child in children)
                    {
                        if (!_core.Store.Contains(childTable.LogicalName, child.Id)) continue;
                        Run(childTable, child.Id, context);
                        ActivityParties.BeforeDelete(_core, childTable, child.Id, context);
                        _core.Store.Remove(context.Transaction, childTable.LogicalName, child.Id);
                        _core.Guard.Deleted(context.Transaction, childTable.LogicalName, child.Id);
                    }
                    break;
                case CascadeRule.RemoveLink:
                    foreach (Entity child in children)
                    {
                        Entity unlinked = RowCopy.CloneColumns(child);
                        unlinked.Attributes.Remove(relationship.ReferencingAttribute);
                        long version = _core.Store.NextRowVersion();
                        unlinked[SystemColumns.VersionNumber] = version;
                        unlinked.RowVersion = OrganizationStore.FormatRowVersion(version);
                        _core.Store.Replace(context.Transaction, unlinked);
                    }
                    break;
                case CascadeRule.Restrict:
                    throw Fault.Create(
                        ErrorCodes.CascadeDeleteNotAllowDelete,
                        $"The {table.LogicalName} record {id:D} cannot be deleted because {children.Count} {childTable.LogicalName} record(s) refer to it through '{relationship.SchemaName}', whose delete behavior is Restrict.");
            }
        }
    }
}
