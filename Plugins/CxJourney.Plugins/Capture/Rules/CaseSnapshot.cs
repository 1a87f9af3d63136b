using System;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>What capture needs of a case (incident), as its Target and images show it after the operation.</summary>
public sealed class CaseSnapshot
{
    public CaseSnapshot(Guid id)
    {
        if (id == Guid.Empty) throw new ArgumentException("A case id is required.", nameof(id));
        Id = id;
    }

    public Guid Id { get; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>customerid: an account or a contact.</summary>
    public RowRef? Customer { get; init; }

    /// <summary>primarycontactid: the contact person of the case, mostly set when the customer is an account.</summary>
    public RowRef? PrimaryContact { get; init; }

    public RowRef? Owner { get; init; }

    public DateTime? CreatedOn { get; init; }

    public DateTime? ModifiedOn { get; init; }
}
