using System;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// What Associate and Disassociate share: read the relationship and the rows, then handle each
/// many-to-many pair (intersect rows) or each one-to-many child and parent (the child's lookup, changed
/// by an inner Update). The two differ only in what they do with a pair.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
internal abstract class AssociationHandler : IMessageHandler
{
    protected AssociationHandler(OrganizationCore core) { Core = core; }

    protected OrganizationCore Core { get; }

    public abstract string MessageName { get; }

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        AssociationTargets targets = AssociationTargets.Read(Core, request);
        RelationshipMetadata relationship = targets.Relationship;
        if (relationship.Kind == RelationshipKind.ManyToMany)
        {
            var links = new ManyToManyLinks(Core, relationship);
            foreach ((Guid first, Guid second) in ManyToManyPairs.Of(Core, targets, links))
                LinkPair(links, relationship, first, second, context);
        }
        else
        {
            foreach ((EntityReference child, EntityReference parent) in OneToManyPairs.Of(Core, targets))
            {
                Guid childId = Core.ResolveReference(child);
                Guid parentId = Core.ResolveReference(parent);
                if (LookupChange(relationship.ReferencingAttribute!, child.LogicalName, childId, new EntityReference(parent.LogicalName, parentId)) is Entity change)
                    Core.Processor.Execute(new UpdateRequest { Target = change }, context.ForInnerRequest(MessageName));
            }
        }
        return Response();
    }

    /// <summary>Adds or removes the intersect row of one many-to-many pair.</summary>
    protected abstract void LinkPair(ManyToManyLinks links, RelationshipMetadata relationship, Guid first, Guid second, RequestContext context);

    /// <summary>The Update of the child's lookup column, or null when the child needs none.</summary>
    protected abstract Entity? LookupChange(string lookup, string childTable, Guid childId, EntityReference parent);

    protected abstract OrganizationResponse Response();
}
