using System;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// Disassociate: removes links. Many-to-many deletes the intersect rows; one-to-many clears the
/// referencing rows' lookup (when it points at the target), as an inner Update of each.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
internal sealed class DisassociateHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public DisassociateHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "Disassociate";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        AssociationTargets targets = AssociationTargets.Read(_core, request);
        RelationshipMetadata relationship = targets.Relationship;
        if (relationship.Kind == RelationshipKind.ManyToMany)
        {
            var links = new ManyToManyLinks(_core, relationship);
            foreach ((Guid first, Guid second) in ManyToManyPairs.Of(_core, targets, links))
            {
                if (links.Find(first, second) is Entity link) links.Remove(context.Transaction, link);
            }
        }
        else
        {
            foreach ((EntityReference child, EntityReference parent) in OneToManyPairs.Of(_core, targets))
            {
                Guid childId = _core.ResolveReference(child);
                Guid parentId = _core.ResolveReference(parent);
                Entity stored = _core.Store.Find(child.LogicalName, childId)!;
                if (stored.GetAttributeValue<EntityReference>(relationship.ReferencingAttribute!)?.Id != parentId) continue;
                var change = new Entity(child.LogicalName, childId) { [relationship.ReferencingAttribute!] = null };
                _core.Processor.Execute(new UpdateRequest { Target = change }, context.ForInnerRequest(MessageName));
            }
        }
        return RequestParameters.Response<DisassociateResponse>(MessageName);
    }
}
