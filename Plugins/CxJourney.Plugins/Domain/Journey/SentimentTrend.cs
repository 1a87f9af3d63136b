using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Domain.Journey;

public enum TrendDirection
{
    /// <summary>Fewer than two windows' worth of scores to compare.</summary>
    Unknown = 0,
    Declining = 1,
    Stable = 2,
    Improving = 3,
}

/// <summary>
/// Direction of the customer's mood: the mean of the latest N inbound sentiment scores against the mean of
/// the N before them (N = <see cref="JourneyOptions.SentimentWindow"/>). Two plain windows rather than an
/// exponential moving average because the input is then just "the latest 2N scored touchpoints", a query
/// whose answer does not depend on history that a recompute might not have, and an admin can check the
/// number by hand. A delta smaller than <see cref="JourneyOptions.TrendThreshold"/> is stable.
/// The previous window may hold fewer than N scores; with none, the trend is unknown.
/// </summary>
public sealed class SentimentTrend
{
    private SentimentTrend(double? recentMean, int recentCount, double? previousMean, int previousCount, TrendDirection direction)
    {
        RecentMean = recentMean;
        RecentCount = recentCount;
        PreviousMean = previousMean;
        PreviousCount = previousCount;
        Direction = direction;
    }

    public double? RecentMean { get; }
    public int RecentCount { get; }
    public double? PreviousMean { get; }
    public int PreviousCount { get; }

    /// <summary>RecentMean − PreviousMean, -2..2; null when either window is empty.</summary>
    public double? Delta => RecentMean.HasValue && PreviousMean.HasValue ? Math.Round(RecentMean.Value - PreviousMean.Value, 4) : (double?)null;

    public TrendDirection Direction { get; }

    public static SentimentTrend Compute(IEnumerable<SentimentPoint> points, int window, double threshold)
    {
        if (points == null) throw new ArgumentNullException(nameof(points));
        if (window < 1) throw new ArgumentOutOfRangeException(nameof(window));
        // Newest first; ties by key so the windows do not depend on query order.
        var ordered = points
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.OccurredOn).ThenByDescending(p => p.Value).First())
            .OrderByDescending(p => p.OccurredOn).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var recent = ordered.Take(window).ToList();
        var previous = ordered.Skip(window).Take(window).ToList();
        var recentMean = Mean(recent);
        var previousMean = Mean(previous);
        var direction = TrendDirection.Unknown;
        if (recentMean.HasValue && previousMean.HasValue)
        {
            var delta = recentMean.Value - previousMean.Value;
            direction = Math.Abs(delta) < threshold ? TrendDirection.Stable
                : delta > 0 ? TrendDirection.Improving : TrendDirection.Declining;
        }
        return new SentimentTrend(recentMean, recent.Count, previousMean, previous.Count, direction);
    }

    // Summed oldest-first so the same scores always give the same bits.
    private static double? Mean(List<SentimentPoint> window)
    {
        if (window.Count == 0)
            return null;
        var sum = 0.0;
        for (var i = window.Count - 1; i >= 0; i--)
            sum += window[i].Value;
        return Math.Round(sum / window.Count, 4);
    }
}
