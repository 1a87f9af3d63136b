using System;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// Disassociate: removes links. Many-to-many deletes the intersect rows; one-to-many clears the
/// referencing rows' lookup (when it points at the target), as an inner Update of each.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
internal sealed class DisassociateHandler : AssociationHandler
{
    public DisassociateHandler(OrganizationCore core) : base(core) { }

    public override string MessageName => "Disassociate";

    protected override void LinkPair(ManyToManyLinks links, RelationshipMetadata relationship, Guid first, Guid second, RequestContext context)
    {
        if (links.Find(first, second) is not Entity link) return;
        links.DemandLink(context, first, second);
        links.Remove(context.Transaction, link);
    }

    protected override Entity? LookupChange(string lookup, string childTable, Guid childId, EntityReference parent)
    {
        Entity stored = Core.Store.Find(childTable, childId)!;
        if (stored.GetAttributeValue<EntityReference>(lookup)?.Id != parent.Id) return null;
        return new Entity(childTable, childId) { [lookup] = null };
    }

    protected override OrganizationResponse Response() => RequestParameters.Response<DisassociateResponse>(MessageName);
}
