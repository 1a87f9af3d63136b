using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// RevokeAccess (Target, Revokee): takes back every right a record was shared with to a user or team,
/// and what the records under it inherited from that share where the Unshare rule cascades (Security/ShareCascade).
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.revokeaccessrequest
internal sealed class RevokeAccessHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public RevokeAccessHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "RevokeAccess";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        EntityReference revokee = RequestParameters.Required<EntityReference>(request, "Revokee");
        SharedRecord shared = SharedRecord.Read(_core, request, revokee);
        _core.Access.Demand(context, shared.Table, shared.Row, AccessRights.ShareAccess);
        _core.Security.Shares.Set(context.Transaction, shared.Table.LogicalName, shared.Row.Id, shared.Principal.Id, AccessRights.None);
        _core.Security.Cascade.Shared(context.Transaction, shared.Table, shared.Row.Id, shared.Principal.Id, revoked: true);
        return RequestParameters.Response(MessageName);
    }
}
