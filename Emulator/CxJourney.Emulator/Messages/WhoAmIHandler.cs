using System;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>WhoAmI: the caller's user id, business unit and organization ("UserId", "BusinessUnitId", "OrganizationId").</summary>
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.whoamirequest
internal sealed class WhoAmIHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public WhoAmIHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "WhoAmI";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        Entity? user = _core.Store.Find("systemuser", context.UserId);
        OrganizationResponse response = RequestParameters.Response(MessageName);
        response.Results["UserId"] = context.UserId;
        response.Results["BusinessUnitId"] = user?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty;
        response.Results["OrganizationId"] = _core.OrganizationId;
        return response;
    }
}
