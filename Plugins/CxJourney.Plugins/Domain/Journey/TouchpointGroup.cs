using System;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// One row of the journey's aggregate query: touchpoints of a contact grouped by channel, direction, kind and
/// feedback band, with count, earliest and latest instant, and the sum/count of their sentiment scores
/// (FetchXML aggregate: count, min, max, sum, countcolumn; https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data).
/// Sums and counts add up across rows, and min/max combine, so the whole journey can be recomputed from these
/// rows without replaying a single event.
/// </summary>
public sealed class TouchpointGroup
{
    public TouchpointGroup(TouchpointChannel channel, TouchpointDirection direction, TouchpointKind kind, FeedbackBand feedback,
        int count, DateTime firstOn, DateTime lastOn, double sentimentSum = 0, int sentimentCount = 0)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
        if (sentimentCount < 0 || sentimentCount > count) throw new ArgumentOutOfRangeException(nameof(sentimentCount));
        if (lastOn < firstOn) throw new ArgumentException("The last instant of a group cannot precede its first.", nameof(lastOn));
        Channel = channel;
        Direction = direction;
        Kind = kind;
        Feedback = feedback;
        Count = count;
        FirstOn = firstOn;
        LastOn = lastOn;
        SentimentSum = sentimentSum;
        SentimentCount = sentimentCount;
    }

    public TouchpointChannel Channel { get; }
    public TouchpointDirection Direction { get; }
    public TouchpointKind Kind { get; }
    public FeedbackBand Feedback { get; }
    public int Count { get; }
    public DateTime FirstOn { get; }
    public DateTime LastOn { get; }

    /// <summary>Sum of the sentiment scores of the group's touchpoints that have one.</summary>
    public double SentimentSum { get; }

    /// <summary>How many of the group's touchpoints have a sentiment score.</summary>
    public int SentimentCount { get; }
}
