using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// Journey rollups as pure functions. The journey is always RECOMPUTED, never incremented: a re-delivered or
/// concurrent event then cannot double-count, and two plugins racing to write the journey both write the same
/// numbers (the last writer wins with a correct value).
/// <list type="bullet">
/// <item><see cref="Compute"/> — from the raw facts (duplicates by key counted once, any order).</item>
/// <item><see cref="FromSummary"/> — from a <see cref="JourneySummary"/>, the shape of aggregate queries; the
///   rollup plugin's path. <see cref="Summarize"/> builds that summary from facts, and
///   <c>Compute(f) == FromSummary(Summarize(f))</c> by construction.</item>
/// </list>
/// Pure and thread-safe.
/// </summary>
public static class JourneyRollup
{
    public static JourneyRollupResult Compute(IEnumerable<TouchpointFact> facts, JourneyOptions options) =>
        FromSummary(Summarize(facts, options), options);

    /// <summary>The summary the aggregate queries would return for these facts.</summary>
    public static JourneySummary Summarize(IEnumerable<TouchpointFact> facts, JourneyOptions options)
    {
        if (options == null) throw new ArgumentNullException(nameof(options));
        var sorted = FactOrder.DistinctSorted(facts);

        var groups = sorted
            .GroupBy(f => new GroupKey(f.Channel, f.Direction, f.Kind, FeedbackClassifier.Classify(f, options)))
            .Select(g =>
            {
                var list = g.ToList();
                var scored = list.Where(f => f.Sentiment.HasValue).ToList();
                return new TouchpointGroup(g.Key.Channel, g.Key.Direction, g.Key.Kind, g.Key.Feedback, list.Count,
                    list[0].OccurredOn, list[list.Count - 1].OccurredOn, scored.Sum(f => f.Sentiment!.Value), scored.Count);
            })
            .OrderBy(g => g.Channel).ThenBy(g => g.Direction).ThenBy(g => g.Kind).ThenBy(g => g.Feedback)
            .ToList();

        var threads = sorted
            .GroupBy(f => f.EffectiveThreadKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ThreadRollup.Summarize(g.Key, g))
            .ToList();

        var recent = sorted
            .Where(f => f.Direction == TouchpointDirection.Inbound && f.Sentiment.HasValue)
            .Reverse()
            .Take(2 * options.SentimentWindow)
            .Select(f => new SentimentPoint(f.Key, f.OccurredOn, f.Sentiment!.Value))
            .ToList();

        return new JourneySummary(groups, threads, recent);
    }

    public static JourneyRollupResult FromSummary(JourneySummary summary, JourneyOptions options)
    {
        if (summary == null) throw new ArgumentNullException(nameof(summary));
        if (options == null) throw new ArgumentNullException(nameof(options));
        var groups = summary.Groups.Where(g => g.Count > 0)
            .OrderBy(g => g.Channel).ThenBy(g => g.Direction).ThenBy(g => g.Kind).ThenBy(g => g.Feedback).ToList();

        var byChannel = groups.GroupBy(g => g.Channel).OrderBy(g => g.Key)
            .Select(g => new ChannelCount(g.Key,
                g.Where(x => x.Direction == TouchpointDirection.Inbound).Sum(x => x.Count),
                g.Where(x => x.Direction == TouchpointDirection.Outbound).Sum(x => x.Count),
                g.Where(x => x.Direction == TouchpointDirection.Internal).Sum(x => x.Count)))
            .ToList();

        DateTime? first = null, last = null;
        TouchpointGroup? lastGroup = null;
        foreach (var g in groups)
        {
            first = DateMath.Min(first, g.FirstOn);
            if (!last.HasValue || g.LastOn >= last.Value)
            {
                last = g.LastOn;
                lastGroup = g;
            }
        }

        var threads = summary.Threads.OrderBy(t => t.ThreadKey, StringComparer.Ordinal).ToList();
        DateTime? waitingSince = null;
        var waitingThreads = 0;
        var responses = 0;
        long totalTicks = 0;
        var longest = TimeSpan.Zero;
        foreach (var t in threads)
        {
            if (t.WaitingSince.HasValue)
            {
                waitingThreads++;
                waitingSince = DateMath.Min(waitingSince, t.WaitingSince);
            }
            responses += t.ResponseCount;
            totalTicks += t.TotalResponseTime.Ticks;
            if (t.LongestResponseTime > longest) longest = t.LongestResponseTime;
        }
        TimeSpan? average = responses > 0 ? TimeSpan.FromSeconds(Math.Round(totalTicks / (double)responses / TimeSpan.TicksPerSecond)) : null;

        var inboundScored = groups.Where(g => g.Direction == TouchpointDirection.Inbound && g.SentimentCount > 0).ToList();
        var scoredCount = inboundScored.Sum(g => g.SentimentCount);
        double? averageSentiment = scoredCount > 0 ? Math.Round(inboundScored.Sum(g => g.SentimentSum) / scoredCount, 4) : null;

        var trend = SentimentTrend.Compute(summary.RecentSentiments, options.SentimentWindow, options.TrendThreshold);
        var signals = JourneySignals.FromSummary(summary);
        var stage = JourneyStageModel.Evaluate(signals, options);

        return new JourneyRollupResult(byChannel, first, last, lastGroup?.Channel, lastGroup?.Direction, waitingSince, waitingThreads,
            responses, average, responses > 0 ? longest : null, averageSentiment, trend, signals, stage);
    }

    private readonly struct GroupKey : IEquatable<GroupKey>
    {
        public GroupKey(TouchpointChannel channel, TouchpointDirection direction, TouchpointKind kind, FeedbackBand feedback)
        {
            Channel = channel;
            Direction = direction;
            Kind = kind;
            Feedback = feedback;
        }

        public TouchpointChannel Channel { get; }
        public TouchpointDirection Direction { get; }
        public TouchpointKind Kind { get; }
        public FeedbackBand Feedback { get; }

        public bool Equals(GroupKey other) =>
            Channel == other.Channel && Direction == other.Direction && Kind == other.Kind && Feedback == other.Feedback;

        public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

        public override int GetHashCode() => ((((int)Channel * 31 + (int)Direction) * 31 + (int)Kind) * 31) + (int)Feedback;
    }
}
