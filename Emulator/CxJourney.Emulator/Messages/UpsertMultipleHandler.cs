using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>UpsertMultiple: upserts each target (each an inner Upsert), all or none; answers one UpsertResponse per target.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
internal sealed class UpsertMultipleHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public UpsertMultipleHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "UpsertMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        IReadOnlyList<Entity> targets = MultipleTargets.Read(request);
        var results = new UpsertResponse[targets.Count];
        for (int i = 0; i < targets.Count; i++)
        {
            results[i] = (UpsertResponse)_core.Processor.Execute(new UpsertRequest { Target = targets[i] }, context.ForInnerRequest(MessageName));
        }
        UpsertMultipleResponse response = RequestParameters.Response<UpsertMultipleResponse>(MessageName);
        ((OrganizationResponse)response).Results["Results"] = results;
        return response;
    }
}
