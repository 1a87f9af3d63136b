using System.Collections.Generic;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Infrastructure;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// Records the customer-facing moments of emails, phone calls, appointments and letters (<see cref="ActivityMoments"/>),
/// from their creation (Create) and their completion or cancellation (Update of statecode, which SetState also
/// raises). Tasks are internal work: not captured. Synchronous post-operation: the touchpoint is written in the same transaction as the activity.
/// Rules: <see cref="ActivityCapture"/>; writing: <see cref="CaptureWriter"/>.
/// </summary>
public sealed class ActivityCapturePlugin : PluginBase
{
    public ActivityCapturePlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var plans = new List<CapturePlan>();
        foreach (var e in SourceEvents.Read(execution))
        {
            var kind = CaptureKinds.Of(execution, e, StateTransitions.ForActivity);
            if (kind is null)
            {
                context.Trace($"{e}: state {e.StateBefore?.ToString() ?? "?"} to {e.StateAfter?.ToString() ?? "?"} is no touchpoint.");
                continue;
            }
            var plan = ActivityCapture.Plan(Snapshots.Activity(e.After), kind.Value, execution.OperationCreatedOn);
            if (plan is null) context.Trace($"{e}: no customer-facing moment (a draft, internal work, or a received message closed).");
            else plans.Add(plan);
        }
        CaptureWriter.Write(context, plans);
    }
}
