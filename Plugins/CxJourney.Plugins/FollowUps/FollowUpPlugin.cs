using System;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// Creates a fast reply to an upset email (the angry-email rule) when an inbound email touchpoint about an open case
/// carries a sentiment at or below the rule's threshold. Asynchronous: a follow-up never delays or blocks the
/// operation that caused it, and bad configuration only skips follow-ups (see the case score's follow-up status).
/// The follow-ups of case events (resolution, reopening, feedback) are planned by the scoring job, which has the
/// case's score already (<see cref="Scoring.CaseScoringPlugin"/>). Idempotent under re-delivery: see
/// <see cref="ExistingFollowUps"/> and <see cref="FollowUpWriter"/>.
/// </summary>
public sealed class FollowUpPlugin : PluginBase
{
    public FollowUpPlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (execution.PrimaryEntityName != Tables.Touchpoint)
        {
            context.Trace($"{execution.MessageName} of {execution.PrimaryEntityName}: follow-ups of case events are planned by the scoring job; check the step registration.");
            return;
        }
        OnTouchpoint(context, execution.GetRequiredTarget());
    }

    /// <summary>Only an inbound email with a sentiment, about a case, can be an upset email; every other touchpoint costs nothing.</summary>
    private static void OnTouchpoint(ILocalPluginContext context, Entity touchpoint)
    {
        var channel = touchpoint.GetAttributeValue<OptionSetValue>(TouchpointColumns.Channel)?.Value;
        var direction = touchpoint.GetAttributeValue<OptionSetValue>(TouchpointColumns.Direction)?.Value;
        var caseRef = touchpoint.GetAttributeValue<EntityReference>(TouchpointColumns.Case);
        var sentiment = touchpoint.GetAttributeValue<double?>(TouchpointColumns.Sentiment);
        if (channel != Choices.Channel.Email || direction != Choices.Direction.Inbound || caseRef == null || sentiment == null)
        {
            context.Trace("Not an inbound email about a case with a sentiment: nothing to do.");
            return;
        }
        context.Trace($"Inbound email about case {caseRef.Id:D} with sentiment {sentiment.Value:0.###}.");
        new FollowUpRun(context).OnInboundEmail(caseRef.Id, Math.Max(-1, Math.Min(1, sentiment.Value)));
    }
}
