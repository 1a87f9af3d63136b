using System;
using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Faults;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// The related rows of a Create (Entity.RelatedEntities), created in the same operation and the same
/// transaction as the target, so that a failure of any of them leaves nothing. Rows on the many side
/// of a one-to-many relationship get their lookup set to the new row; a row on the one side is created
/// first and the new row's lookup set to it; rows of a many-to-many relationship are created and associated.
/// Each related row is an inner Create, so it runs its own pipeline and may carry related rows itself.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create#create-related-table-rows-in-one-operation
internal sealed class DeepInsert
{
    private readonly OrganizationCore _core;

    public DeepInsert(OrganizationCore core) { _core = core; }

    /// <summary>
    /// Before the target is stored: each row on the one side of a relationship the target is on the many
    /// side of (a nested primary contact) is created first and the target's lookup set to it, so that a
    /// required lookup is satisfied and no Update follows the Create.
    /// </summary>
    public void CreateParents(Entity target, RequestContext context)
    {
        foreach (KeyValuePair<Relationship, EntityCollection> pair in target.RelatedEntities)
        {
            if (pair.Value is null || pair.Value.Entities.Count == 0) continue;
            RelationshipMetadata relationship = Resolve(target, pair.Key);
            if (!IsParent(relationship, pair.Key, target)) continue;
            if (pair.Value.Entities.Count > 1)
            {
                throw Fault.Create(ErrorCodes.InvalidArgument, $"A '{target.LogicalName}' has one '{relationship.ReferencedTable}' through '{relationship.SchemaName}'; {pair.Value.Entities.Count} were given.");
            }

            Entity parent = pair.Value.Entities[0];
            Require(relationship, parent, relationship.ReferencedTable);
            Guid parentId = CreateOne(parent, context.ForInnerRequest("Create"));
            target[relationship.ReferencingAttribute!] = new EntityReference(parent.LogicalName, parentId);
        }
    }

    /// <summary>After the target is stored: rows on the many side get their lookup set to it; many-to-many rows are created and associated.</summary>
    public void CreateChildren(Entity target, Guid id, RequestContext context)
    {
        var created = new EntityReference(target.LogicalName, id);
        foreach (KeyValuePair<Relationship, EntityCollection> pair in target.RelatedEntities)
        {
            if (pair.Value is null || pair.Value.Entities.Count == 0) continue;
            RelationshipMetadata relationship = Resolve(target, pair.Key);
            if (IsParent(relationship, pair.Key, target)) continue;

            RequestContext inner = context.ForInnerRequest("Create");
            if (relationship.Kind == RelationshipKind.ManyToMany)
            {
                var references = new EntityReferenceCollection();
                foreach (Entity related in pair.Value.Entities) references.Add(new EntityReference(related.LogicalName, CreateOne(related, inner)));
                _core.Processor.Execute(new AssociateRequest { Target = created, Relationship = pair.Key, RelatedEntities = references }, inner);
            }
            else if (relationship.ReferencedTable == target.LogicalName && IsRole(pair.Key, EntityRole.Referenced))
            {
                foreach (Entity related in pair.Value.Entities)
                {
                    Require(relationship, related, relationship.ReferencingTable);
                    Entity child = Copy(related);
                    child[relationship.ReferencingAttribute!] = created;
                    CreateOne(child, inner);
                }
            }
            else
            {
                throw Fault.Create(ErrorCodes.InvalidArgument, $"The relationship '{relationship.SchemaName}' does not involve '{target.LogicalName}'.");
            }
        }
    }

    private RelationshipMetadata Resolve(Entity target, Relationship key) =>
        _core.Catalog.TryGetRelationship(key.SchemaName, out RelationshipMetadata? relationship)
            ? relationship
            : throw Fault.Create(ErrorCodes.InvalidArgument, $"The relationship '{key.SchemaName}' of the related entities of a '{target.LogicalName}' does not exist.");

    /// <summary>The related rows are the target's parent: the target is on the many side (for a self-referencing relationship, by its role).</summary>
    private static bool IsParent(RelationshipMetadata relationship, Relationship key, Entity target) =>
        relationship.Kind == RelationshipKind.OneToMany
        && relationship.ReferencingTable == target.LogicalName
        && !(relationship.ReferencedTable == target.LogicalName && IsRole(key, EntityRole.Referenced));

    private Guid CreateOne(Entity entity, RequestContext context) =>
        ((CreateResponse)_core.Processor.Execute(new CreateRequest { Target = entity }, context)).id;

    /// <summary>A self-referencing relationship needs the role; otherwise the table decides it.</summary>
    private static bool IsRole(Relationship relationship, EntityRole role) => relationship.PrimaryEntityRole is null || relationship.PrimaryEntityRole == role;

    private static void Require(RelationshipMetadata relationship, Entity related, string? table)
    {
        if (related.LogicalName == table) return;
        throw Fault.Create(ErrorCodes.InvalidArgument, $"The relationship '{relationship.SchemaName}' relates '{table}' rows, not a '{related.LogicalName}'.");
    }

    private static Entity Copy(Entity entity)
    {
        var copy = new Entity(entity.LogicalName, entity.Id);
        foreach (KeyValuePair<string, object?> attribute in entity.Attributes) copy[attribute.Key] = attribute.Value;
        foreach (KeyValuePair<Relationship, EntityCollection> related in entity.RelatedEntities) copy.RelatedEntities[related.Key] = related.Value;
        return copy;
    }
}
