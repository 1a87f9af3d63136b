using System;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Security;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>The record and the principal (a user or a team) of a sharing message, resolved and checked.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/security-sharing-assigning
internal sealed record SharedRecord(TableMetadata Table, Entity Row, EntityReference Principal)
{
    public static SharedRecord Read(OrganizationCore core, OrganizationRequest request, EntityReference principal)
    {
        EntityReference target = RequestParameters.Required<EntityReference>(request, "Target");
        TableMetadata table = core.Table(target.LogicalName);
        if (table.Ownership != TableOwnership.UserOwned)
        {
            throw Fault.Create(ErrorCodes.InvalidOperation, $"Invalid Operation performed. Records of '{table.LogicalName}' are not owned by a user or team and cannot be shared.");
        }
        Guid id = core.ResolveReference(target);
        if (principal.LogicalName is not ("systemuser" or "team"))
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, $"A record can be shared with a systemuser or a team, not a '{principal.LogicalName}'.");
        }
        Guid principalId = core.ResolveReference(principal);
        return new SharedRecord(table, core.Store.Find(table.LogicalName, id)!, new EntityReference(principal.LogicalName, principalId));
    }

    /// <summary>Sharing needs the Share privilege on the record, and one can share only the rights one has.</summary>
    public void DemandShare(OrganizationCore core, RequestContext context, AccessRights rights)
    {
        core.Access.Demand(context, Table, Row, AccessRights.ShareAccess);
        foreach (AccessRights right in PrivilegeNames.RecordRights)
        {
            if ((rights & right) == right && right != AccessRights.CreateAccess) core.Access.Demand(context, Table, Row, right);
        }
    }

    public static PrincipalAccess Access(OrganizationRequest request)
    {
        PrincipalAccess access = RequestParameters.Required<PrincipalAccess>(request, "PrincipalAccess");
        if (access.Principal is null) throw Fault.Create(ErrorCodes.InvalidArgument, $"PrincipalAccess.Principal is required for message '{request.RequestName}'.");
        return access;
    }
}
