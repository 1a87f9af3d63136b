using System;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// The trigger of the angry-email rule: an inbound email touchpoint about a case with a sentiment (at or below the
/// rule's threshold, the planner decides) gets a fast reply planned on the case. Checked by the job every new
/// touchpoint queues anyway (<see cref="Journey.JourneyRollupPlugin"/>), with the variables that job read: every other
/// touchpoint costs nothing, and no system job is queued for them. Idempotent under re-delivery: see
/// <see cref="ExistingFollowUps"/> and <see cref="FollowUpWriter"/>.
/// </summary>
public static class UpsetEmail
{
    public static void Check(ILocalPluginContext context, Entity touchpoint, Func<EnvironmentSettings> environment)
    {
        var channel = touchpoint.GetAttributeValue<OptionSetValue>(TouchpointColumns.Channel)?.Value;
        var direction = touchpoint.GetAttributeValue<OptionSetValue>(TouchpointColumns.Direction)?.Value;
        var caseRef = touchpoint.GetAttributeValue<EntityReference>(TouchpointColumns.Case);
        var sentiment = touchpoint.GetAttributeValue<double?>(TouchpointColumns.Sentiment);
        if (channel != Choices.Channel.Email || direction != Choices.Direction.Inbound || caseRef == null || sentiment == null)
            return;
        context.Trace($"Inbound email about case {caseRef.Id:D} with sentiment {sentiment.Value:0.###}: checking the angry-email rule.");
        new FollowUpRun(context).OnInboundEmail(caseRef.Id, Math.Max(-1, Math.Min(1, sentiment.Value)), environment());
    }
}
