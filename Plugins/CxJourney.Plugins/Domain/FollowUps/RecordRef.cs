using System;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>A Dataverse record by logical name and id (systemuser, team, queue, incident, contact), without SDK types.</summary>
public sealed record RecordRef
{
    public RecordRef(string logicalName, Guid id)
    {
        if (string.IsNullOrEmpty(logicalName)) throw new ArgumentException("A logical name is required.", nameof(logicalName));
        if (id == Guid.Empty) throw new ArgumentException("An id is required.", nameof(id));
        LogicalName = logicalName;
        Id = id;
    }

    public string LogicalName { get; }

    public Guid Id { get; }

    public override string ToString() => LogicalName + "(" + Id.ToString("D") + ")";
}
