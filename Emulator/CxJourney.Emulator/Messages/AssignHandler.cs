using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// Assign (Target, Assignee): gives a user- or team-owned row a new owner. Runs as an inner
/// Update of ownerid, as the platform now processes this legacy message.
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.assignrequest
// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior
internal sealed class AssignHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public AssignHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "Assign";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        EntityReference target = RequestParameters.Required<EntityReference>(request, "Target");
        EntityReference assignee = RequestParameters.Required<EntityReference>(request, "Assignee");
        TableMetadata table = _core.Table(target.LogicalName);
        if (table.Ownership != TableOwnership.UserOwned)
        {
            throw Fault.Create(ErrorCodes.InvalidOperation, $"Invalid Operation performed. Records of '{table.LogicalName}' are not owned by a user or team and cannot be assigned.");
        }
        System.Guid id = _core.ResolveReference(target);
        if (assignee.LogicalName is not ("systemuser" or "team"))
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, $"The assignee must be a systemuser or a team, not a '{assignee.LogicalName}'.");
        }
        var change = new Entity(table.LogicalName, id) { [SystemColumns.OwnerId] = assignee };
        _core.Processor.Execute(new UpdateRequest { Target = change }, context.ForInnerRequest(MessageName));
        return RequestParameters.Response(MessageName);
    }
}
