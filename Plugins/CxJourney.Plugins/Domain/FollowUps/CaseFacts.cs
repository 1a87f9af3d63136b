using System;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>What the planner needs to know about the case (incident) a follow-up concerns.</summary>
public sealed record CaseFacts
{
    public CaseFacts(Guid id, bool isOpen, string? ticketNumber = null, string? title = null, int reopenCount = 0)
    {
        if (id == Guid.Empty) throw new ArgumentException("A case id is required.", nameof(id));
        Id = id;
        IsOpen = isOpen;
        TicketNumber = ticketNumber;
        Title = title;
        ReopenCount = reopenCount;
    }

    public Guid Id { get; }

    /// <summary>statecode Active (not resolved or cancelled).</summary>
    public bool IsOpen { get; }

    public string? TicketNumber { get; }

    public string? Title { get; }

    /// <summary>Times the case has been reopened so far (used in texts for the reopened rule).</summary>
    public int ReopenCount { get; }

    public RecordRef Ref => new("incident", Id);
}
