using System;

namespace CxJourney.Plugins.Cases;

/// <summary>One group of a case's touchpoints with the same channel, direction, kind and agent, as the aggregate query returns it.</summary>
public sealed record CaseTouchpointGroup
{
    /// <summary>A Choices.Channel value; null when the touchpoints have none.</summary>
    public int? Channel { get; init; }

    /// <summary>A Choices.Direction value.</summary>
    public int? Direction { get; init; }

    /// <summary>A Choices.TouchpointKind value.</summary>
    public int? Kind { get; init; }

    /// <summary>The agent (cx_agentid) of the group's touchpoints; null when they name none.</summary>
    public Guid? Agent { get; init; }

    public int Count { get; init; }

    public DateTime? FirstOccurredOn { get; init; }

    public DateTime? LastOccurredOn { get; init; }

    /// <summary>Average over the group's touchpoints that have a sentiment; null when none has.</summary>
    public double? SentimentAverage { get; init; }

    public double? SentimentMinimum { get; init; }

    public int SentimentCount { get; init; }
}
