using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>Update: changes only the columns the target carries, then its related rows (<see cref="DeepUpdate"/>).</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete
internal sealed class UpdateHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public UpdateHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "Update";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        Entity target = RequestParameters.Required<Entity>(request, "Target");
        // An owner change cascades to the referencing rows inside the writer (Records/CascadeAssign).
        _core.Writer.Update(target, context, RequestParameters.Concurrency(request));
        if (target.RelatedEntities.Count > 0) new DeepUpdate(_core).Run(target, context);
        return RequestParameters.Response<UpdateResponse>(MessageName);
    }
}
