using System;
using System.Diagnostics;
using System.ServiceModel;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// A plug-in's IOrganizationService: each call enters the request processor one level deeper
/// (Depth + 1) in the caller's transaction, runs as the service's user, and is logged as a
/// service call of the step run that made it.
/// </summary>
internal sealed class PluginOrganizationService : OrganizationServiceBase
{
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
        long started = Stopwatch.GetTimestamp();
        try
        {
            OrganizationResponse response = _pipeline.Core.Processor.Execute(request, _invocation.Caller.ForPluginCall(_userId, _invocation.Context.MessageName));
            call.Succeeded = true;
            return response;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            call.Error = fault.Detail?.Message ?? fault.Message;
            throw;
        }
        finally
        {
            call.Duration = Stopwatch.GetElapsedTime(started);
        }
    }
}
