using System;
using System.Collections.Generic;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// What capture needs of an email, phone call, appointment, task or letter, as the step's Target and
/// images show it after the operation. Party lists are empty when the activity has none.
/// </summary>
public sealed class ActivitySnapshot
{
    private static readonly IReadOnlyList<Party> None = Array.Empty<Party>();

    public ActivitySnapshot(string table, Guid id)
    {
        if (string.IsNullOrEmpty(table)) throw new ArgumentException("A table is required.", nameof(table));
        if (id == Guid.Empty) throw new ArgumentException("An activity id is required.", nameof(id));
        Table = table;
        Id = id;
    }

    public string Table { get; }

    public Guid Id { get; }

    public string? Subject { get; init; }

    /// <summary>The description (email body, HTML or text): scored for sentiment, never stored.</summary>
    public string? Body { get; init; }

    /// <summary>directioncode: true outgoing, false incoming, null for tables without a direction.</summary>
    public bool? Outgoing { get; init; }

    public IReadOnlyList<Party> From { get; init; } = None;

    public IReadOnlyList<Party> To { get; init; } = None;

    public IReadOnlyList<Party> Cc { get; init; } = None;

    public IReadOnlyList<Party> Bcc { get; init; } = None;

    public IReadOnlyList<Party> RequiredAttendees { get; init; } = None;

    public RowRef? Regarding { get; init; }

    public RowRef? Owner { get; init; }

    public DateTime? CreatedOn { get; init; }

    public DateTime? ModifiedOn { get; init; }

    /// <summary>statecode after the operation (Open, Completed, Canceled); null when the image does not say.</summary>
    public int? State { get; init; }

    /// <summary>When the activity was scheduled to end (an appointment's end time).</summary>
    public DateTime? ScheduledEnd { get; init; }

    /// <summary>Created by the follow-up engine (cx_followuprule set): internal work until it actually happens.</summary>
    public bool IsFollowUp { get; init; }

    /// <summary>When the activity actually ended (a call's time, an appointment's end), if someone recorded it.</summary>
    public DateTime? ActualEnd { get; init; }
}
