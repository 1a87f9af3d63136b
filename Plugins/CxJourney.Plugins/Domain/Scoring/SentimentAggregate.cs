using System;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>Sentiment over a case's touchpoints, each scored from -1 (very negative) to +1 (very positive).</summary>
public sealed record SentimentAggregate
{
    public SentimentAggregate(double average, double minimum, int count)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The count cannot be negative.");
        if (!InRange(average)) throw new ArgumentOutOfRangeException(nameof(average), average, "Sentiment runs from -1 to 1.");
        if (!InRange(minimum)) throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "Sentiment runs from -1 to 1.");
        // A tolerance, because an average of equal scores can come out a hair below them in floating point.
        if (minimum > average + 1e-9) throw new ArgumentException("The minimum cannot exceed the average.", nameof(minimum));
        Average = average;
        Minimum = minimum;
        Count = count;
    }

    public double Average { get; }

    public double Minimum { get; }

    /// <summary>How many touchpoints had a sentiment; zero means no sentiment is known.</summary>
    public int Count { get; }

    private static bool InRange(double v) => !double.IsNaN(v) && v >= -1 && v <= 1;
}
