using System;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// CloseIncident (IncidentResolution, Status): resolves a case. Creates the incidentresolution
/// activity (completed), then moves the case to Resolved with the given status; each step is an
/// inner message. Only an active case can be resolved.
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest
internal sealed class CloseIncidentHandler : IMessageHandler
{
    private const int Resolved = 1;
    private const int ResolutionCompleted = 1;

    private readonly OrganizationCore _core;

    public CloseIncidentHandler(OrganizationCore core) { _core = core; }

    public string MessageName => LifecycleRules.CloseIncidentMessage;

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        Entity resolution = RequestParameters.Required<Entity>(request, "IncidentResolution");
        OptionSetValue status = RequestParameters.Required<OptionSetValue>(request, "Status");
        if (resolution.LogicalName != "incidentresolution")
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, $"The IncidentResolution parameter must be an incidentresolution, not a '{resolution.LogicalName}'.");
        }
        EntityReference incidentRef = resolution.GetAttributeValue<EntityReference>("incidentid")
            ?? throw Fault.Create(ErrorCodes.InvalidArgument, "The incidentresolution must set incidentid to the case to resolve.");

        TableMetadata incidents = _core.Table("incident");
        Guid incidentId = _core.ResolveReference(incidentRef);
        Entity incident = _core.Store.Find("incident", incidentId)!;
        int current = incident.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value ?? 0;
        if (current == Resolved)
        {
            throw Fault.Create(ErrorCodes.CaseAlreadyResolved, "This case has already been resolved. Close and reopen the case record to see the updates.");
        }
        if (current != 0)
        {
            throw Fault.Create(ErrorCodes.InvalidOperation, $"Invalid Operation performed. Only an active case can be resolved; case {incidentId:D} is in state {current}.");
        }
        int statusValue = status.Value == -1 ? incidents.GetDefaultStatus(Resolved)!.Value : status.Value;
        if (!incidents.IsValidStatus(Resolved, statusValue)) throw RecordFaults.InvalidStatus(incidents, Resolved, statusValue, incidentId);

        RequestContext inner = context.ForInnerRequest(MessageName);
        var created = (CreateResponse)_core.Processor.Execute(new CreateRequest { Target = resolution }, inner);

        TableMetadata resolutions = _core.Table("incidentresolution");
        if (resolutions.TryGetState(ResolutionCompleted, out TableState? completed))
        {
            var complete = new Entity("incidentresolution", created.id)
            {
                [SystemColumns.StateCode] = new OptionSetValue(completed.Value),
                [SystemColumns.StatusCode] = new OptionSetValue(completed.DefaultStatus),
            };
            _core.Processor.Execute(new UpdateRequest { Target = complete }, inner);
        }

        var resolve = new Entity("incident", incidentId)
        {
            [SystemColumns.StateCode] = new OptionSetValue(Resolved),
            [SystemColumns.StatusCode] = new OptionSetValue(statusValue),
        };
        _core.Processor.Execute(new UpdateRequest { Target = resolve }, inner);
        return RequestParameters.Response(MessageName);
    }
}
