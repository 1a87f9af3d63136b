using System;
using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Records;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// An Update that changes statecode/statuscode together with other columns is processed as two
/// operations, as Dataverse processes it since SetState became part of Update: pre-operation, the
/// core operation and post-operation (and the asynchronous steps) run once for the other columns,
/// then once more for the state and status. Pre-validation runs once, for the whole request.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior#for-plug-ins
public sealed partial class PluginPipeline
{
    /// <summary>The two targets an Update of state/status plus other columns becomes, or null when it stays one operation.</summary>
    private static (Entity Others, Entity State)? SplitStateChange(PipelineFrame frame)
    {
        if (frame.Message != "Update" || !frame.Input.TryGetValue("Target", out object? value) || value is not Entity target) return null;
        var others = new Entity(target.LogicalName, target.Id) { RowVersion = target.RowVersion };
        var state = new Entity(target.LogicalName, target.Id) { RowVersion = target.RowVersion };
        foreach (KeyValuePair<string, object?> key in target.KeyAttributes)
        {
            others.KeyAttributes[key.Key] = key.Value;
            state.KeyAttributes[key.Key] = key.Value;
        }

        bool hasState = false;
        bool hasOthers = false;
        foreach (KeyValuePair<string, object?> attribute in target.Attributes)
        {
            if (attribute.Key is SystemColumns.StateCode or SystemColumns.StatusCode)
            {
                state[attribute.Key] = attribute.Value;
                hasState = true;
            }
            else
            {
                others[attribute.Key] = attribute.Value;
                // The record's own id in the property bag is not a column being changed.
                if (target.Id == Guid.Empty || attribute.Value is not Guid id || id != target.Id) hasOthers = true;
            }
        }

        if (!hasState || !hasOthers) return null;
        foreach (KeyValuePair<string, object?> attribute in others.Attributes)
        {
            if (attribute.Value is Guid id && id == target.Id) state[attribute.Key] = id;
        }

        return (others, state);
    }

    private OrganizationResponse RunInTwoParts(
        PipelineFrame frame,
        RequestContext context,
        Func<OrganizationRequest, RequestContext, OrganizationResponse> coreOperation,
        Entity others,
        Entity state)
    {
        OrganizationResponse? response = null;
        foreach (Entity part in new[] { others, state })
        {
            frame.Input["Target"] = part;
            frame.WrappedInput = null;
            frame.PreImages.Clear();
            frame.PostImages.Clear();
            RunStage(frame, PluginStepStage.PreOperation);
            TakePostOperationImages(frame, pre: true);
            _operations.AddOrUpdate(context, new OperationLink(MainOperationContext(frame), frame.CallerRun));
            response = coreOperation(frame.Working, context);
            foreach (KeyValuePair<string, object?> result in response.Results) frame.Output[MessageShape.OutputKey(frame.Message, result.Key)] = result.Value;
            TakePostOperationImages(frame, pre: false);
            RunStage(frame, PluginStepStage.PostOperation);
            QueueAsynchronousSteps(frame);
        }

        foreach (KeyValuePair<string, object?> output in frame.Output) response!.Results[MessageShape.ResponseKey(frame.Message, output.Key)] = output.Value;
        return response!;
    }
}
