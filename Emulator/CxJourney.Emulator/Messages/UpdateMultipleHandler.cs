using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>UpdateMultiple: updates each target (each an inner Update), all or none.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
internal sealed class UpdateMultipleHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public UpdateMultipleHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "UpdateMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        IReadOnlyList<Entity> targets = MultipleTargets.Read(request);
        ConcurrencyBehavior concurrency = RequestParameters.Concurrency(request);
        foreach (Entity target in targets)
        {
            _core.Processor.Execute(new UpdateRequest { Target = target, ConcurrencyBehavior = concurrency }, context.ForInnerRequest(MessageName));
        }
        return RequestParameters.Response<UpdateMultipleResponse>(MessageName);
    }
}
