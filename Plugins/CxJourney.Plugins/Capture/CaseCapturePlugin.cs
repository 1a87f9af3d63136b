using System.Collections.Generic;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Infrastructure;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// Records a case's touchpoints: created (CreateMultiple), and resolved, cancelled or reopened (Update of
/// statecode). Resolving runs the platform's Close message, whose change of the case's state is an Update of
/// the case in the same pipeline, so one Update step sees every resolution, however it was made; the
/// event-time source key makes it one touchpoint even if a second step saw it too.
/// Rules: <see cref="CaseCapture"/>, <see cref="StateTransitions.ForCase"/>.
/// </summary>
public sealed class CaseCapturePlugin : PluginBase
{
    public CaseCapturePlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var plans = new List<CapturePlan>();
        foreach (var e in SourceEvents.Read(execution))
        {
            var kind = CaptureKinds.Of(execution, e, StateTransitions.ForCase);
            if (kind is null)
            {
                context.Trace($"{e}: state {e.StateBefore?.ToString() ?? "?"} to {e.StateAfter?.ToString() ?? "?"} is no touchpoint.");
                continue;
            }
            plans.Add(CaseCapture.Plan(Snapshots.Case(e.After), kind.Value, execution.OperationCreatedOn));
        }
        CaptureWriter.Write(context, plans);
    }
}
