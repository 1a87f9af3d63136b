using System.Collections.Generic;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Infrastructure;

namespace CxJourney.Plugins.Capture;

/// <summary>Records the touchpoint of a contact's survey answer when a cx_feedback row is created (Create). Rules: <see cref="FeedbackCapture"/>.</summary>
public sealed class FeedbackCapturePlugin : PluginBase
{
    public FeedbackCapturePlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var plans = new List<CapturePlan>();
        foreach (var e in SourceEvents.Read(execution))
            plans.Add(FeedbackCapture.Plan(Snapshots.Feedback(e.After), execution.OperationCreatedOn));
        CaptureWriter.Write(context, plans);
    }
}
