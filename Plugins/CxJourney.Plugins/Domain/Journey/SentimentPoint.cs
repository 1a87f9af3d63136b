using System;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>One inbound touchpoint's sentiment score, as returned by a "latest N scored touchpoints" query.</summary>
public sealed class SentimentPoint
{
    public SentimentPoint(string key, DateTime occurredOn, double value)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        OccurredOn = occurredOn;
        Value = value;
    }

    public string Key { get; }
    public DateTime OccurredOn { get; }

    /// <summary>-1..1.</summary>
    public double Value { get; }
}
