using System;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>Create: stores a new row (and its related rows, see <see cref="DeepInsert"/>) and answers its id ("id").</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create
internal sealed class CreateHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public CreateHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "Create";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        Entity target = RequestParameters.Required<Entity>(request, "Target");
        DeepInsert? related = target.RelatedEntities.Count > 0 ? new DeepInsert(_core) : null;
        related?.CreateParents(target, context);
        Guid id = _core.Writer.Create(target, context);
        related?.CreateChildren(target, id, context);
        CreateResponse response = RequestParameters.Response<CreateResponse>(MessageName);
        response.Results["id"] = id;
        return response;
    }
}
