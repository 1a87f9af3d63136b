using System;
using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>An activity the plugin should create. Texts are already rendered and cut to Dataverse's column lengths.</summary>
public sealed record PlannedActivity
{
    /// <summary>activitypointer.subject holds 200 characters.</summary>
    public const int SubjectMaxLength = 200;

    /// <summary>The task/phonecall description column holds 2000 characters by default.</summary>
    public const int DescriptionMaxLength = 2000;

    public string RuleId { get; init; } = "";

    public ActivityKind Kind { get; init; }

    /// <summary>The case, or the contact when there is no case.</summary>
    public RecordRef Regarding { get; init; } = null!;

    public RecordRef Owner { get; init; } = null!;

    public OwnerSource OwnerSource { get; init; }

    /// <summary>A queue to add the activity to (escalations without a known manager).</summary>
    public RecordRef? Queue { get; init; }

    /// <summary>Who the call is to / the email is for: the contact, when known.</summary>
    public RecordRef? Recipient { get; init; }

    public string Subject { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>scheduledend, UTC.</summary>
    public DateTime DueUtc { get; init; }

    public ActivityPriority Priority { get; init; }

    /// <summary>The rule's rank (higher wins under the throttle).</summary>
    public int RulePriority { get; init; }

    /// <summary>Why the activity differs from the rule's plain form (e.g. a call turned into a task).</summary>
    public IReadOnlyList<string> Notes { get; init; } = new string[0];
}
