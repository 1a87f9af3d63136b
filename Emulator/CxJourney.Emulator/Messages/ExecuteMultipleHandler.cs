using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// ExecuteMultiple: runs each request in order, each in its own transaction (or, when the batch
/// itself runs inside a plug-in's transaction, inside that one), collecting per-item faults
/// instead of failing the batch. Not atomic: what succeeded stays.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests
internal sealed class ExecuteMultipleHandler : IMessageHandler
{
    /// <summary>The batch size the platform allows by default.</summary>
    public const int MaxBatchSize = 1000;

    private readonly OrganizationCore _core;

    public ExecuteMultipleHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "ExecuteMultiple";

    public bool RunsInTransaction => false;

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        OrganizationRequestCollection requests = RequestParameters.Required<OrganizationRequestCollection>(request, "Requests");
        ExecuteMultipleSettings settings = RequestParameters.Required<ExecuteMultipleSettings>(request, "Settings");
        if (requests.Count > MaxBatchSize)
        {
            var tooMany = Fault.Create(
                ErrorCodes.InvalidArgument,
                $"The number of requests in the ExecuteMultiple batch ({requests.Count}) exceeds the maximum batch size of {MaxBatchSize}.");
            tooMany.Detail.ErrorDetails["MaxBatchSize"] = MaxBatchSize;
            throw tooMany;
        }

        var items = new ExecuteMultipleResponseItemCollection();
        bool faulted = false;
        for (int index = 0; index < requests.Count; index++)
        {
            OrganizationRequest item = requests[index];
            try
            {
                if (item?.RequestName == MessageName)
                {
                    throw Fault.Create(ErrorCodes.NotSupported, "ExecuteMultipleRequest cannot invoke ExecuteMultipleRequest: recursion is not allowed.");
                }
                OrganizationResponse response = _core.Processor.Execute(item!, context.ForInnerRequest(MessageName));
                if (settings.ReturnResponses) items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = response });
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault.Detail });
                if (!settings.ContinueOnError) break;
            }
        }

        ExecuteMultipleResponse result = RequestParameters.Response<ExecuteMultipleResponse>(MessageName);
        result.Results["IsFaulted"] = faulted;
        result.Results["Responses"] = items;
        return result;
    }
}
