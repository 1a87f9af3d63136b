using System;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// One touchpoint an event makes, except its contact: an event that concerns three contacts writes this
/// draft three times, once per contact. Channel, direction and kind are the option values of the
/// cx_channel, cx_direction and cx_touchpointkind choices (Model.Choices), stored as they are.
/// </summary>
public sealed class TouchpointDraft
{
    public TouchpointDraft(string sourceTable, Guid sourceRecordId, string sourceId, int channel, int direction, int kind, DateTime occurredOn, string name)
    {
        if (string.IsNullOrEmpty(sourceTable)) throw new ArgumentException("A source table is required.", nameof(sourceTable));
        if (string.IsNullOrEmpty(sourceId)) throw new ArgumentException("A source id is required.", nameof(sourceId));
        if (string.IsNullOrEmpty(name)) throw new ArgumentException("A name is required.", nameof(name));
        SourceTable = sourceTable;
        SourceRecordId = sourceRecordId;
        SourceId = sourceId;
        Channel = channel;
        Direction = direction;
        Kind = kind;
        OccurredOn = occurredOn;
        Name = name;
    }

    /// <summary>cx_sourcetable: logical name of the source record's table.</summary>
    public string SourceTable { get; }

    /// <summary>The source record itself (the id cx_sourceid is made from).</summary>
    public Guid SourceRecordId { get; }

    /// <summary>cx_sourceid: see <see cref="SourceKeys"/>.</summary>
    public string SourceId { get; }

    public int Channel { get; }

    public int Direction { get; }

    public int Kind { get; }

    /// <summary>When it happened, in UTC: the source record's own time, not the time of capture.</summary>
    public DateTime OccurredOn { get; }

    /// <summary>cx_name, at most 200 characters.</summary>
    public string Name { get; }

    /// <summary>cx_status (Choices.TouchpointStatus): Planned and Cancelled rows are shown but counted nowhere.</summary>
    public int Status { get; init; } = Model.Choices.TouchpointStatus.Happened;

    public string? SubjectSummary { get; init; }

    /// <summary>-1..1 from subject and body; null when there was no text.</summary>
    public double? Sentiment { get; init; }

    public string? ThreadKey { get; init; }

    public Guid? CaseId { get; init; }

    /// <summary>The user who handled it (systemuser id), if known.</summary>
    public Guid? AgentId { get; init; }

    public int? Nps { get; init; }

    public int? Csat { get; init; }

    public override string ToString() => SourceTable + " " + SourceRecordId.ToString("D") + " kind " + Kind;
}
