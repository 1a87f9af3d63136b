using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>Delete: removes a row, applying the delete behaviour of the relationships that refer to it.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete
internal sealed class DeleteHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public DeleteHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "Delete";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        EntityReference target = RequestParameters.Required<EntityReference>(request, "Target");
        _core.Writer.Delete(target, context, RequestParameters.Concurrency(request));
        return RequestParameters.Response<DeleteResponse>(MessageName);
    }
}
