using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>Update: changes only the columns the target carries.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete
internal sealed class UpdateHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public UpdateHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "Update";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        Entity target = RequestParameters.Required<Entity>(request, "Target");
        EntityReference? previousOwner = OwnerBefore(target);
        _core.Writer.Update(target, context, RequestParameters.Concurrency(request));
        if (previousOwner is not null && target.GetAttributeValue<EntityReference>(Records.SystemColumns.OwnerId) is { } newOwner && newOwner.Id != previousOwner.Id)
        {
            TableMetadata table = _core.Table(target.LogicalName);
            new CascadeAssign(_core).Run(table, target.Id, previousOwner, newOwner, context);
        }
        return RequestParameters.Response<UpdateResponse>(MessageName);
    }

    /// <summary>The row's owner before an update that changes it, else null (no cascade to run).</summary>
    private EntityReference? OwnerBefore(Entity target)
    {
        if (!target.Contains(Records.SystemColumns.OwnerId) || !_core.TryTable(target.LogicalName, out TableMetadata table) || table.Ownership != TableOwnership.UserOwned) return null;
        Entity? row = target.Id != System.Guid.Empty ? _core.Store.Find(table.LogicalName, target.Id) : null;
        return row?.GetAttributeValue<EntityReference>(Records.SystemColumns.OwnerId);
    }
}
