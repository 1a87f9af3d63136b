using System;
using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>Everything the planner looks at besides the configuration and the calendar.</summary>
public sealed record FollowUpContext
{
    public FollowUpContext(FollowUpEvent @event, DateTime nowUtc)
    {
        Event = @event ?? throw new ArgumentNullException(nameof(@event));
        NowUtc = nowUtc;
    }

    public FollowUpEvent Event { get; }

    /// <summary>The clock: due times and throttle windows are measured from here.</summary>
    public DateTime NowUtc { get; }

    /// <summary>The customer contact; null when the case's customer is not a contact (no consent, throttle or contact owner then).</summary>
    public ContactFacts? Contact { get; init; }

    public OwnerFacts Owners { get; init; } = new();

    /// <summary>Rule ids of follow-ups still open (not completed or cancelled) regarding the same case (or contact, without a case).</summary>
    public IReadOnlyCollection<string> OpenFollowUpRules { get; init; } = new string[0];

    /// <summary>The contact's follow-ups of the last months, whatever their state (throttle and once-per-contact windows).</summary>
    public IReadOnlyList<RecentFollowUp> RecentContactFollowUps { get; init; } = new RecentFollowUp[0];
}
