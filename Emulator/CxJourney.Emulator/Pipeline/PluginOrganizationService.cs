using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// A plug-in's IOrganizationService: each call enters the request processor one level deeper
/// (Depth + 1) in the caller's transaction, runs as the service's user, and is logged as a
/// service call of the step run that made it. In a synchronous step it refuses what Dataverse refuses there:
/// batch requests (rule il-avoid-batch-plugin), and any call after one of the step's data operations failed
/// (the transaction is gone: NoActiveTransaction).
/// </summary>
internal sealed class PluginOrganizationService : OrganizationServiceBase
{
    /// <summary>Batch request types Microsoft forbids in synchronous plug-ins.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin
    internal static readonly IReadOnlySet<string> BatchMessages = new HashSet<string>(StringComparer.Ordinal)
    {
        "ExecuteMultiple", "ExecuteTransaction", "CreateMultiple", "UpdateMultiple", "UpsertMultiple",
    };

    internal const string NoActiveTransactionMessage =
        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.";

    private readonly PluginPipeline _pipeline;
    private readonly StepInvocation _invocation;
    private readonly Guid _userId;

    public PluginOrganizationService(PluginPipeline pipeline, StepInvocation invocation, Guid userId)
    {
        _pipeline = pipeline;
        _invocation = invocation;
        _userId = userId;
    }

    public override OrganizationResponse Execute(OrganizationRequest request)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var call = new ServiceCall(
            _invocation.Run,
            request.RequestName,
            MessageShape.PrimaryOf(request.Parameters, _pipeline.Core).Entity,
            _userId,
            _invocation.Caller.Depth + 1);
        _invocation.Run.AddCall(call);
        bool synchronous = _invocation.Context.Mode == 0 && _invocation.Context.IsInTransaction;
        long started = Stopwatch.GetTimestamp();
        try
        {
            if (synchronous && _invocation.FailedCall is string failed)
            {
                throw Fault.Create(ErrorCodes.NoActiveTransaction, $"{NoActiveTransactionMessage} (The step's earlier {failed} failed.)");
            }
            if (synchronous && BatchMessages.Contains(request.RequestName))
            {
                throw Fault.Create(ErrorCodes.BatchRequestInSynchronousPlugin,
                    $"{request.RequestName} is a batch request type; it must not be used in a plug-in registered on a synchronous step " +
                    "(Power Apps checker rule il-avoid-batch-plugin: https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin).");
            }
            OrganizationResponse response = _pipeline.Core.Processor.Execute(request, _invocation.Caller.ForPluginCall(_userId, _invocation.Context.MessageName));
            call.Succeeded = true;
            return response;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            call.Error = fault.Detail?.Message ?? fault.Message;
            // https://learn.microsoft.com/power-apps/developer/data-platform/troubleshoot-plug-in#error-there-is-no-active-transaction
            if (synchronous) _invocation.FailedCall ??= $"{request.RequestName} of {call.PrimaryEntityName}";
            throw;
        }
        finally
        {
            call.Duration = Stopwatch.GetElapsedTime(started);
        }
    }
}
