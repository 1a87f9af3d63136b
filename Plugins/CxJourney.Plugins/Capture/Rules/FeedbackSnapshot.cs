using System;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>What capture needs of a survey answer (cx_feedback).</summary>
public sealed class FeedbackSnapshot
{
    public FeedbackSnapshot(Guid id)
    {
        if (id == Guid.Empty) throw new ArgumentException("A feedback id is required.", nameof(id));
        Id = id;
    }

    public Guid Id { get; }

    public string? Name { get; init; }

    /// <summary>Null for an anonymous answer (an in-store kiosk): it belongs to no journey.</summary>
    public Guid? Contact { get; init; }

    public Guid? Case { get; init; }

    /// <summary>The cx_channel option the answer came through (survey, web, kiosk), if given.</summary>
    public int? Channel { get; init; }

    public int? Nps { get; init; }

    public int? Csat { get; init; }

    public string? Comment { get; init; }

    public DateTime? AnsweredOn { get; init; }

    public DateTime? CreatedOn { get; init; }
}
