using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Ownership;

/// <summary>
/// Pre-operation of Update on cx_touchpoint, filtered on the captured columns: what capture recorded
/// (subject, time, channel, sentiment, scores, source...) changes only through the product's own plug-ins,
/// which write at depth 2 or more (as SYSTEM, inside the operation that changed the source record).
/// Nobody rewrites it by hand, administrators included: a wrong touchpoint is deleted (CX Administrator)
/// and capture writes it again from its source. An agent's Write on cx_Touchpoint (CX Agent role) is for
/// flagging, <see cref="TouchpointColumns.SystemicIssue"/> and <see cref="TouchpointColumns.SystemicIssueNote"/>,
/// which the filter leaves out, so flagging runs nothing. A role grants Write on a whole table; this step
/// narrows it to those two columns with no service call and without a column security profile, which
/// Dataverse applies only to users and teams added to it by hand.
/// </summary>
// Column security profiles apply to their member users and teams: https://learn.microsoft.com/power-platform/admin/field-level-security
public sealed class CapturedFactsGuardPlugin : PluginBase
{
    /// <summary>The pre-image the step registers (Solution/SdkMessageProcessingSteps), holding the captured columns.</summary>
    public const string ImageName = "before";

    public CapturedFactsGuardPlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (execution.Depth > 1) return; // written by a plug-in: capture, rollup, scoring
        if (!(execution.InputParameters.TryGetValue("Target", out var value) && value is Entity target)) return;
        execution.PreEntityImages.TryGetValue(ImageName, out var before);

        var changed = CapturedFacts.Columns
            .Where(column => target.Contains(column) && !SameValue(target[column], before == null || !before.Contains(column) ? null : before[column]))
            .ToList();
        if (changed.Count == 0) return;
        context.Trace($"Refused: user {execution.InitiatingUserId} tried to change captured {string.Join(", ", changed)}");
        throw new InvalidPluginExecutionException(
            "A touchpoint records what happened and cannot be rewritten (" + string.Join(", ", changed) + "). " +
            "You can flag it as a systemic issue and add a note; a CX administrator can delete a wrong touchpoint and capture records it again from its source.");
    }

    private static bool SameValue(object? a, object? b)
    {
        if (a == null || b == null) return a == null && b == null;
        if (a is EntityReference ra && b is EntityReference rb) return ra.Id == rb.Id && ra.LogicalName == rb.LogicalName;
        if (a is OptionSetValue oa && b is OptionSetValue ob) return oa.Value == ob.Value;
        return a.Equals(b);
    }
}

/// <summary>The touchpoint columns capture writes and nobody else should: every cx_ column but the flag and its note.</summary>
public static class CapturedFacts
{
    public static readonly IReadOnlyList<string> Columns = new[]
    {
        TouchpointColumns.Name, TouchpointColumns.Contact, TouchpointColumns.Journey, TouchpointColumns.Channel,
        TouchpointColumns.Direction, TouchpointColumns.Kind, TouchpointColumns.OccurredOn, TouchpointColumns.SourceTable,
        TouchpointColumns.SourceId, TouchpointColumns.Case, TouchpointColumns.Agent, TouchpointColumns.SubjectSummary,
        TouchpointColumns.Sentiment, TouchpointColumns.JourneyStage, TouchpointColumns.FeedbackBand, TouchpointColumns.Nps,
        TouchpointColumns.Csat, TouchpointColumns.ThreadKey, TouchpointColumns.ResponseMinutes, TouchpointColumns.Status,
    };
}
