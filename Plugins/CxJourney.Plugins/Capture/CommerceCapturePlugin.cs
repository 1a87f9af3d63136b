using System.Collections.Generic;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Infrastructure;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// Records sales touchpoints: an order or invoice created (CreateMultiple), an opportunity won or lost (Update of
/// statecode: the Win and Lose messages close an opportunity by changing its state). Rules: <see cref="CommerceCapture"/>.
/// </summary>
public sealed class CommerceCapturePlugin : PluginBase
{
    public CommerceCapturePlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var created = CaptureKinds.IsCreation(execution);
        var plans = new List<CapturePlan>();
        foreach (var e in SourceEvents.Read(execution))
        {
            var snapshot = Snapshots.Commerce(e.After);
            CapturePlan? plan;
            if (created)
            {
                plan = CommerceCapture.PlanCreated(snapshot, execution.OperationCreatedOn);
            }
            else
            {
                var kind = e.StateAfter is int after ? StateTransitions.ForOpportunity(e.StateBefore, after) : null;
                plan = kind is null ? null : CommerceCapture.PlanClosed(snapshot, kind.Value, execution.OperationCreatedOn);
            }
            if (plan is null) context.Trace($"{e}: {(created ? "not an order or invoice" : $"state {e.StateBefore?.ToString() ?? "?"} to {e.StateAfter?.ToString() ?? "?"} is no touchpoint")}.");
            else plans.Add(plan);
        }
        CaptureWriter.Write(context, plans);
    }
}
