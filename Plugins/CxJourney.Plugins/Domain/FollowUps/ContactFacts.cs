using System;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>The customer contact: whether it is active and its contact preferences.</summary>
public sealed record ContactFacts
{
    public ContactFacts(Guid id, bool isActive = true, bool doNotPhone = false, bool doNotEmail = false, string? fullName = null)
    {
        if (id == Guid.Empty) throw new ArgumentException("A contact id is required.", nameof(id));
        Id = id;
        IsActive = isActive;
        DoNotPhone = doNotPhone;
        DoNotEmail = doNotEmail;
        FullName = fullName;
    }

    public Guid Id { get; }

    /// <summary>statecode Active; an inactive contact gets no follow-up at all.</summary>
    public bool IsActive { get; }

    /// <summary>contact.donotphone: a planned call becomes a task.</summary>
    public bool DoNotPhone { get; }

    /// <summary>contact.donotemail: no email draft is prepared.</summary>
    public bool DoNotEmail { get; }

    public string? FullName { get; }

    public RecordRef Ref => new("contact", Id);
}
