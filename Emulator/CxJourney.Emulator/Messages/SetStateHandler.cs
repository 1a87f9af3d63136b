using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// SetState (EntityMoniker, State, Status): changes a row's state and status. Status -1 means
/// the state's default status. The change itself runs as an inner Update of statecode and
/// statuscode, as the platform now processes this legacy message.
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.setstaterequest
// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior
internal sealed class SetStateHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public SetStateHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "SetState";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        EntityReference moniker = RequestParameters.Required<EntityReference>(request, "EntityMoniker");
        OptionSetValue state = RequestParameters.Required<OptionSetValue>(request, "State");
        OptionSetValue status = RequestParameters.Required<OptionSetValue>(request, "Status");

        TableMetadata table = _core.Table(moniker.LogicalName);
        System.Guid id = _core.ResolveReference(moniker);
        if (!table.TryGetState(state.Value, out TableState? tableState)) throw RecordFaults.InvalidState(table, state.Value);
        int statusValue = status.Value == -1 ? tableState.DefaultStatus : status.Value;
        if (!table.IsValidStatus(state.Value, statusValue)) throw RecordFaults.InvalidStatus(table, state.Value, statusValue, id);

        var change = new Entity(table.LogicalName, id)
        {
            [SystemColumns.StateCode] = new OptionSetValue(state.Value),
            [SystemColumns.StatusCode] = new OptionSetValue(statusValue),
        };
        _core.Processor.Execute(new UpdateRequest { Target = change }, context.ForInnerRequest(MessageName));
        return RequestParameters.Response(MessageName);
    }
}
