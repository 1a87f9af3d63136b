using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>The journey's rolled-up columns, as <see cref="JourneyRollup"/> computes them. Immutable.</summary>
public sealed class JourneyRollupResult
{
    internal JourneyRollupResult(IReadOnlyList<ChannelCount> byChannel, DateTime? firstOn, DateTime? lastOn,
        TouchpointChannel? lastChannel, TouchpointDirection? lastDirection, DateTime? waitingSince, int waitingThreads,
        int responseCount, TimeSpan? averageFirstResponse, TimeSpan? longestFirstResponse, double? averageSentiment,
        SentimentTrend trend, JourneySignals signals, StageDecision stage)
    {
        ByChannel = byChannel;
        FirstTouchpointOn = firstOn;
        LastTouchpointOn = lastOn;
        LastChannel = lastChannel;
        LastDirection = lastDirection;
        WaitingForReplySince = waitingSince;
        WaitingThreadCount = waitingThreads;
        FirstResponseCount = responseCount;
        AverageFirstResponse = averageFirstResponse;
        LongestFirstResponse = longestFirstResponse;
        AverageSentiment = averageSentiment;
        SentimentTrend = trend;
        Signals = signals;
        Stage = stage.Stage;
        StageReason = stage.Reason;
    }

    /// <summary>Per channel (only channels with touchpoints), in channel value order.</summary>
    public IReadOnlyList<ChannelCount> ByChannel { get; }

    public int Total => ByChannel.Sum(c => c.Total);
    public int Inbound => ByChannel.Sum(c => c.Inbound);
    public int Outbound => ByChannel.Sum(c => c.Outbound);
    public int Internal => ByChannel.Sum(c => c.Internal);

    public int Count(TouchpointChannel channel) => ByChannel.Where(c => c.Channel == channel).Sum(c => c.Total);

    public int Count(TouchpointDirection direction) => ByChannel.Sum(c => Pick(c, direction));

    public int Count(TouchpointChannel channel, TouchpointDirection direction) =>
        ByChannel.Where(c => c.Channel == channel).Sum(c => Pick(c, direction));

    public DateTime? FirstTouchpointOn { get; }
    public DateTime? LastTouchpointOn { get; }

    /// <summary>Channel and direction of the latest touchpoint (ties: the greatest channel, then direction, value).</summary>
    public TouchpointChannel? LastChannel { get; }
    public TouchpointDirection? LastDirection { get; }

    /// <summary>The oldest customer message, across all threads, not yet followed by a reply or case closure.</summary>
    public DateTime? WaitingForReplySince { get; }

    /// <summary>Threads with a customer message waiting for a reply.</summary>
    public int WaitingThreadCount { get; }

    /// <summary>Answered waits behind <see cref="AverageFirstResponse"/>.</summary>
    public int FirstResponseCount { get; }

    /// <summary>Mean time from a customer message to our next reply in the same thread (whole seconds).</summary>
    public TimeSpan? AverageFirstResponse { get; }

    public TimeSpan? LongestFirstResponse { get; }

    /// <summary>Mean sentiment of all scored inbound touchpoints, -1..1, rounded to 4 decimals.</summary>
    public double? AverageSentiment { get; }

    public SentimentTrend SentimentTrend { get; }

    public int OpenCaseCount => Signals.OpenCaseCount;

    public JourneySignals Signals { get; }

    public JourneyStage Stage { get; }

    public string StageReason { get; }

    private static int Pick(ChannelCount c, TouchpointDirection d) =>
        d == TouchpointDirection.Inbound ? c.Inbound : d == TouchpointDirection.Outbound ? c.Outbound : c.Internal;
}
