using System;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// Associate: links rows through a relationship. Many-to-many adds a row to the intersect table
/// per pair (a pair already linked is a duplicate key); one-to-many sets the referencing rows'
/// lookup to the referenced row, as an inner Update of each.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
internal sealed class AssociateHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public AssociateHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "Associate";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        AssociationTargets targets = AssociationTargets.Read(_core, request);
        RelationshipMetadata relationship = targets.Relationship;
        if (relationship.Kind == RelationshipKind.ManyToMany)
        {
            var links = new ManyToManyLinks(_core, relationship);
            foreach ((Guid first, Guid second) in ManyToManyPairs.Of(_core, targets, links))
            {
                if (links.Find(first, second) is not null)
                {
                    throw Fault.Create(
                        ErrorCodes.DuplicateRecord,
                        $"A record with matching key values already exists. Cannot insert duplicate key: the rows are already associated through '{relationship.SchemaName}'.");
                }
                links.Add(context.Transaction, first, second);
            }
        }
        else
        {
            foreach ((EntityReference child, EntityReference parent) in OneToManyPairs.Of(_core, targets))
            {
                var change = new Entity(child.LogicalName, _core.ResolveReference(child))
                {
                    [relationship.ReferencingAttribute!] = new EntityReference(parent.LogicalName, _core.ResolveReference(parent)),
                };
                _core.Processor.Execute(new UpdateRequest { Target = change }, context.ForInnerRequest(MessageName));
            }
        }
        return RequestParameters.Response<AssociateResponse>(MessageName);
    }
}
