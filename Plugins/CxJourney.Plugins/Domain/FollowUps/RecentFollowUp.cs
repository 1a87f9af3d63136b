using System;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>
/// A follow-up already created for the contact (any state), from the rule column on its activities. Pass enough
/// history to cover the throttle window and every rule's once-per-contact window (90 days by default).
/// Email drafts are ignored when counting for the throttle: they belong to the task they accompany.
/// </summary>
public sealed record RecentFollowUp(string RuleId, DateTime CreatedOnUtc, ActivityKind Kind = ActivityKind.Task);
