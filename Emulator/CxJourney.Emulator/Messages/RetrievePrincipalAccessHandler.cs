using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// RetrievePrincipalAccess (Target, Principal): the rights a user or team holds on a record, through
/// its roles (and, for a user, its teams' roles) at a depth that reaches the record, and through shares.
/// Answers "AccessRights".
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.retrieveprincipalaccessrequest
internal sealed class RetrievePrincipalAccessHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public RetrievePrincipalAccessHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "RetrievePrincipalAccess";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        EntityReference principal = RequestParameters.Required<EntityReference>(request, "Principal");
        SharedRecord shared = SharedRecord.Read(_core, request, principal);
        _core.Access.Demand(context, shared.Table, shared.Row, AccessRights.ReadAccess);
        OrganizationResponse response = RequestParameters.Response(MessageName);
        response.Results["AccessRights"] = _core.Access.RightsOf(shared.Principal.Id, shared.Table, shared.Row);
        return response;
    }
}
