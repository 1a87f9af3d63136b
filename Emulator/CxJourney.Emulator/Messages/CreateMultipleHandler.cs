using System;
using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>CreateMultiple: creates each target (each an inner Create), all or none; answers the ids in order.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
internal sealed class CreateMultipleHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public CreateMultipleHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "CreateMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        IReadOnlyList<Entity> targets = MultipleTargets.Read(request);
        if (MultipleTargets.TableOf(request, targets) is string table) MessageAvailability.Require(MessageName, _core.Table(table));
        var ids = new Guid[targets.Count];
        for (int i = 0; i < targets.Count; i++)
        {
            var created = (CreateResponse)_core.Processor.Execute(new CreateRequest { Target = targets[i] }, context.ForInnerRequest(MessageName));
            ids[i] = created.id;
        }
        CreateMultipleResponse response = RequestParameters.Response<CreateMultipleResponse>(MessageName);
        response.Results["Ids"] = ids;
        return response;
    }
}
