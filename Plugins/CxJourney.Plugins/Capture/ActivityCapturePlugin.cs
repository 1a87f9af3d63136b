using System.Collections.Generic;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Infrastructure;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// Records the touchpoints of emails, phone calls, appointments, tasks and letters: created (Create),
/// completed and cancelled (Update of statecode, which SetState also
/// raises). Synchronous post-operation: the touchpoint is written in the same transaction as the activity.
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
            if (plan is null) context.Trace($"{e}: not an activity table capture records.");
            else plans.Add(plan);
        }
        CaptureWriter.Write(context, plans);
    }
}
