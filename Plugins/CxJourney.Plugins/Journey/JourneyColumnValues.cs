using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Journey;

/// <summary>
/// The journey columns the rollup owns, as one Update. Every owned column is written, empty ones as null, so a
/// value that no longer holds (a wait that was answered, a trend that needs more messages) is cleared.
/// Health, survey and follow-up columns belong to the case event job (CaseScoringPlugin) and are left alone.
/// </summary>
internal static class JourneyColumnValues
{
    private const int MaxReason = 200;

    public static Entity Build(JourneyRecord journey, JourneyAggregate aggregate, JourneyRollupResult result,
        IReadOnlyList<SentimentPoint> recent, DateTime rolledUpOn, string? status)
    {
        var row = new Entity(Tables.Journey, journey.Id) { RowVersion = journey.RowVersion };
        var byChannel = aggregate.ByChannel;
        foreach (var channel in ChannelValues)
            row[JourneyColumns.CountColumnFor(channel)!] = byChannel.TryGetValue(channel, out var n) ? n : 0;
        row[JourneyColumns.TotalTouchpoints] = aggregate.Total;
        row[JourneyColumns.InboundCount] = aggregate.Count(Choices.Direction.Inbound);
        row[JourneyColumns.OutboundCount] = aggregate.Count(Choices.Direction.Outbound);
        row[JourneyColumns.InternalCount] = aggregate.Count(Choices.Direction.Internal);
        row[JourneyColumns.FirstTouchpointOn] = aggregate.FirstOn;
        row[JourneyColumns.LastTouchpointOn] = aggregate.LastOn;
        var latest = aggregate.Latest;
        row[JourneyColumns.LastChannel] = latest is null ? null : new OptionSetValue(latest.Channel);
        row[JourneyColumns.LastDirection] = latest is null ? null : new OptionSetValue(latest.Direction);
        row[JourneyColumns.LastInboundOn] = aggregate.LastInboundOn;

        var stage = TouchpointChoices.StageValue(result.Stage);
        row[JourneyColumns.Stage] = stage.HasValue ? new OptionSetValue(stage.Value) : null;
        var reason = Domain.Text.PiiMasker.Mask(result.StageReason);
        row[JourneyColumns.StageReason] = reason.Length <= MaxReason ? reason : reason.Substring(0, MaxReason);
        if (stage != journey.Stage) row[JourneyColumns.StageChangedOn] = rolledUpOn;

        row[JourneyColumns.WaitingForReplySince] = result.WaitingForReplySince;
        row[JourneyColumns.WaitingThreads] = result.WaitingThreadCount;
        row[JourneyColumns.ResponsesMeasured] = result.FirstResponseCount;
        row[JourneyColumns.AvgFirstResponseMinutes] = Minutes(result.AverageFirstResponse);
        row[JourneyColumns.LongestFirstResponseMinutes] = Minutes(result.LongestFirstResponse);
        row[JourneyColumns.AverageSentiment] = result.AverageSentiment;
        row[JourneyColumns.LatestSentiment] = recent.Count == 0 ? null : recent[0].Value;
        row[JourneyColumns.SentimentTrend] = result.SentimentTrend.Delta;
        var trend = TouchpointChoices.TrendValue(result.SentimentTrend.Direction);
        row[JourneyColumns.SentimentTrendDirection] = trend.HasValue ? new OptionSetValue(trend.Value) : null;
        row[JourneyColumns.OpenCases] = result.OpenCaseCount;
        row[JourneyColumns.RolledUpOn] = rolledUpOn;
        row[JourneyColumns.RollupStatus] = status;
        return row;
    }

    private static readonly int[] ChannelValues = typeof(Choices.Channel).GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(int)).Select(f => (int)f.GetRawConstantValue()!).ToArray();

    private static decimal? Minutes(TimeSpan? time) =>
        time.HasValue ? ReplyWaits.Minutes(time.Value) : null;
}
