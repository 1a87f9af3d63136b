using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>The planner's answer: what to create, what was held back and why, and a line per rule for the trace.</summary>
public sealed record FollowUpPlan(IReadOnlyList<PlannedActivity> Activities, IReadOnlyList<SkippedFollowUp> Skipped, IReadOnlyList<string> Trace)
{
    /// <summary>A plan that creates nothing because the configuration is unusable; <paramref name="problem"/> says what and where.</summary>
    public static FollowUpPlan InvalidConfiguration(string problem) =>
        new(new PlannedActivity[0], new[] { new SkippedFollowUp(null, SkipReason.InvalidConfiguration, "Follow-ups skipped: " + problem) }, new[] { "Follow-ups skipped: " + problem });

    /// <summary>One line for a visible status column: "Planned: poor-case (PhoneCall). Skipped: promoter: ...".</summary>
    public string Summary()
    {
        var parts = new List<string>();
        if (Activities.Count > 0)
            parts.Add("Planned: " + string.Join(", ", Activities.Select(a => a.RuleId + " (" + a.Kind + ")")) + ".");
        if (Skipped.Count > 0)
            parts.Add("Skipped: " + string.Join("; ", Skipped.Select(s => s.ToString())) + ".");
        return parts.Count == 0 ? "No follow-up rule applied." : string.Join(" ", parts);
    }
}
