using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// ExecuteTransaction: runs the requests in order in one transaction; the first fault rolls all
/// of them back and surfaces as an ExecuteTransactionFault naming the failed request's index.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
internal sealed class ExecuteTransactionHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public ExecuteTransactionHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "ExecuteTransaction";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        OrganizationRequestCollection requests = RequestParameters.Required<OrganizationRequestCollection>(request, "Requests");
        bool returnResponses = request.Parameters.TryGetValue("ReturnResponses", out object? flag) && flag is bool b && b;

        var responses = new OrganizationResponseCollection();
        for (int index = 0; index < requests.Count; index++)
        {
            OrganizationRequest item = requests[index];
            try
            {
                if (item?.RequestName is "ExecuteMultiple" or "ExecuteTransaction")
                {
                    throw Fault.Create(ErrorCodes.NotSupported, $"ExecuteTransactionRequest cannot contain {item.RequestName}Request.");
                }
                OrganizationResponse response = _core.Processor.Execute(item!, context.ForInnerRequest(MessageName));
                if (returnResponses) responses.Add(response);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                var detail = new ExecuteTransactionFault
                {
                    FaultedRequestIndex = index,
                    ErrorCode = fault.Detail.ErrorCode,
                    Message = fault.Detail.Message,
                    Timestamp = fault.Detail.Timestamp,
                    TraceText = fault.Detail.TraceText,
                    InnerFault = fault.Detail,
                };
                foreach (var pair in fault.Detail.ErrorDetails) detail.ErrorDetails[pair.Key] = pair.Value;
                throw new FaultException<OrganizationServiceFault>(detail, fault.Detail.Message);
            }
        }

        ExecuteTransactionResponse result = RequestParameters.Response<ExecuteTransactionResponse>(MessageName);
        result.Results["Responses"] = responses;
        return result;
    }
}
