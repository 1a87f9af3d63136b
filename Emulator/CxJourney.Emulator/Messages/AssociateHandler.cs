using System;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// Associate: links rows through a relationship. Many-to-many adds a row to the intersect table
/// per pair (a pair already linked is a duplicate key); one-to-many sets the referencing rows'
/// lookup to the referenced row, as an inner Update of each.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
internal sealed class AssociateHandler : AssociationHandler
{
    public AssociateHandler(OrganizationCore core) : base(core) { }

    public override string MessageName => "Associate";

    protected override void LinkPair(ManyToManyLinks links, RelationshipMetadata relationship, Guid first, Guid second, RequestContext context)
    {
        if (links.Find(first, second) is not null)
        {
            throw Fault.Create(
                ErrorCodes.DuplicateRecord,
                $"A record with matching key values already exists. Cannot insert duplicate key: the rows are already associated through '{relationship.SchemaName}'.");
        }
        links.DemandLink(context, first, second);
        links.Add(context.Transaction, first, second);
    }

    protected override Entity? LookupChange(string lookup, string childTable, Guid childId, EntityReference parent)
        => new(childTable, childId) { [lookup] = parent };

    protected override OrganizationResponse Response() => RequestParameters.Response<AssociateResponse>(MessageName);
}
