using System;
using System.Collections.Generic;
using CxJourney.Emulator.Faults;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>The parameters Associate and Disassociate share: the relationship, the target and the related rows.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
internal sealed record AssociationTargets(RelationshipMetadata Relationship, EntityReference Target, IReadOnlyList<EntityReference> Related)
{
    public static AssociationTargets Read(OrganizationCore core, OrganizationRequest request)
    {
        EntityReference target = RequestParameters.Required<EntityReference>(request, "Target");
        Relationship relationship = RequestParameters.Required<Relationship>(request, "Relationship");
        EntityReferenceCollection related = RequestParameters.Required<EntityReferenceCollection>(request, "RelatedEntities");
        if (!core.Catalog.TryGetRelationship(relationship.SchemaName ?? "", out RelationshipMetadata? metadata))
        {
            throw Fault.Create(
                ErrorCodes.ObjectDoesNotExist,
                $"The relationship '{relationship.SchemaName}' does not exist: no one-to-many or many-to-many relationship has that schema name.");
        }
        core.Table(target.LogicalName);
        var list = new List<EntityReference>();
        foreach (EntityReference reference in related) list.Add(reference);
        return new AssociationTargets(metadata, target, list);
    }

    public Exception NotPartOfRelationship(string table) => Fault.Create(
        ErrorCodes.InvalidArgument,
        $"The relationship '{Relationship.SchemaName}' does not relate '{table}' records this way ({Relationship}).");
}
