using System.Collections.Generic;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// The related rows of an Update (Entity.RelatedEntities), updated in the same operation and transaction after the
/// target: "first, primary table rows are processed, and then related table rows". A row on the many side of a
/// one-to-many relationship is updated with the columns it carries and its lookup set to the target (a related
/// row's own value of that lookup wins, as the page says); each is an inner Update with its own pipeline. Other
/// kinds of relationship are refused with a clear error rather than guessed.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#update-related-entities-in-one-operation
internal sealed class DeepUpdate
{
    private readonly OrganizationCore _core;

    public DeepUpdate(OrganizationCore core) { _core = core; }

    public void Run(Entity target, RequestContext context)
    {
        var parent = new EntityReference(target.LogicalName, target.Id);
        foreach (KeyValuePair<Relationship, EntityCollection> pair in target.RelatedEntities)
        {
            if (pair.Value is null || pair.Value.Entities.Count == 0) continue;
            if (!_core.Catalog.TryGetRelationship(pair.Key.SchemaName, out RelationshipMetadata? relationship))
            {
                throw Fault.Create(ErrorCodes.InvalidArgument, $"The relationship '{pair.Key.SchemaName}' of the related entities of a '{target.LogicalName}' does not exist.");
            }
            if (relationship.Kind != RelationshipKind.OneToMany || relationship.ReferencedTable != target.LogicalName)
            {
                throw Fault.Create(ErrorCodes.NotSupported,
                    $"The local organization updates related rows on the many side of a one-to-many relationship of '{target.LogicalName}' only; '{relationship.SchemaName}' is not one. Update those rows with their own requests.");
            }

            RequestContext inner = context.ForInnerRequest("Update");
            foreach (Entity related in pair.Value.Entities)
            {
                if (related.LogicalName != relationship.ReferencingTable)
                {
                    throw Fault.Create(ErrorCodes.InvalidArgument, $"The relationship '{relationship.SchemaName}' relates '{relationship.ReferencingTable}' rows, not a '{related.LogicalName}'.");
                }
                var row = new Entity(related.LogicalName, related.Id) { RowVersion = related.RowVersion };
                foreach (KeyValuePair<string, object?> attribute in related.Attributes) row[attribute.Key] = attribute.Value;
                if (!row.Attributes.ContainsKey(relationship.ReferencingAttribute!)) row[relationship.ReferencingAttribute!] = parent;
                _core.Processor.Execute(new UpdateRequest { Target = row }, inner);
            }
        }
    }
}
