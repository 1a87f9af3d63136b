using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Capture;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Journey;

/// <summary>Helpers of the journey tests on top of <see cref="CaptureWorld"/>: draining the rollup and reading what it wrote.</summary>
internal static class JourneyWorld
{
    /// <summary>The platform column every table has for imported history (record created on).</summary>
    public const string OverriddenCreatedOn = "overriddencreatedon";

    /// <summary>Runs every queued system job; asserts the rollup's all succeeded.</summary>
    public static IReadOnlyList<AsyncJobResult> Drain(this CaptureWorld w)
    {
        var results = w.Pipeline.AsyncQueue.Drain();
        Assert.All(results.Where(r => r.Job.Step.PluginType == typeof(JourneyRollupPlugin)), r => Assert.Equal(StepOutcome.Succeeded, r.Outcome));
        return results;
    }

    public static Entity JourneyOf(this CaptureWorld w, Guid contact) => w.Journey(contact) ?? throw new Xunit.Sdk.XunitException($"contact {contact} has no journey");

    /// <summary>The contact's stored touchpoints that count (active, their moment happened) as the domain's facts (key: the touchpoint id).</summary>
    public static List<TouchpointFact> Facts(this CaptureWorld w, Guid contact) =>
        w.TouchpointsOf(contact)
            .Where(t => CaptureWorld.Option(t, TouchpointColumns.StateCode) == 0 && Choices.TouchpointStatus.Counts(CaptureWorld.Option(t, TouchpointColumns.Status)))
            .Select(t => TouchpointChoices.Fact(t.Id.ToString("D"),
                CaptureWorld.Option(t, TouchpointColumns.Channel)!.Value,
                CaptureWorld.Option(t, TouchpointColumns.Direction)!.Value,
                CaptureWorld.KindOf(t),
                t.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn),
                t.GetAttributeValue<string>(TouchpointColumns.ThreadKey),
                t.GetAttributeValue<double?>(TouchpointColumns.Sentiment),
                t.GetAttributeValue<int?>(TouchpointColumns.Nps),
                t.GetAttributeValue<int?>(TouchpointColumns.Csat)))
            .ToList();

    /// <summary>Asserts the journey row holds what the domain computes from the contact's stored touchpoints.</summary>
    public static JourneyRollupResult AssertMatchesDomain(this CaptureWorld w, Guid contact, JourneyOptions? options = null)
    {
        var expected = JourneyRollup.Compute(w.Facts(contact), options ?? JourneyOptions.Default);
        var j = w.JourneyOf(contact);
        Assert.Equal(expected.Total, j.GetAttributeValue<int>(JourneyColumns.TotalTouchpoints));
        Assert.Equal(expected.Inbound, j.GetAttributeValue<int>(JourneyColumns.InboundCount));
        Assert.Equal(expected.Outbound, j.GetAttributeValue<int>(JourneyColumns.OutboundCount));
        Assert.Equal(expected.Internal, j.GetAttributeValue<int>(JourneyColumns.InternalCount));
        Assert.Equal(expected.FirstTouchpointOn, j.GetAttributeValue<DateTime?>(JourneyColumns.FirstTouchpointOn));
        Assert.Equal(expected.LastTouchpointOn, j.GetAttributeValue<DateTime?>(JourneyColumns.LastTouchpointOn));
        Assert.Equal(TouchpointChoices.StageValue(expected.Stage), CaptureWorld.Option(j, JourneyColumns.Stage));
        Assert.Equal(expected.StageReason, j.GetAttributeValue<string>(JourneyColumns.StageReason));
        Assert.Equal(expected.WaitingForReplySince, j.GetAttributeValue<DateTime?>(JourneyColumns.WaitingForReplySince));
        Assert.Equal(expected.WaitingThreadCount, j.GetAttributeValue<int>(JourneyColumns.WaitingThreads));
        Assert.Equal(expected.FirstResponseCount, j.GetAttributeValue<int>(JourneyColumns.ResponsesMeasured));
        Assert.Equal(Minutes(expected.AverageFirstResponse), j.GetAttributeValue<decimal?>(JourneyColumns.AvgFirstResponseMinutes));
        Assert.Equal(Minutes(expected.LongestFirstResponse), j.GetAttributeValue<decimal?>(JourneyColumns.LongestFirstResponseMinutes));
        Assert.Equal(expected.OpenCaseCount, j.GetAttributeValue<int>(JourneyColumns.OpenCases));
        var average = j.GetAttributeValue<double?>(JourneyColumns.AverageSentiment);
        Assert.Equal(expected.AverageSentiment.HasValue, average.HasValue);
        if (average.HasValue) Assert.Equal(expected.AverageSentiment!.Value, average.Value, 3);
        Assert.Equal(expected.SentimentTrend.Delta, j.GetAttributeValue<double?>(JourneyColumns.SentimentTrend));
        Assert.Equal(TouchpointChoices.TrendValue(expected.SentimentTrend.Direction), CaptureWorld.Option(j, JourneyColumns.SentimentTrendDirection));
        return expected;
    }

    private static decimal? Minutes(TimeSpan? time) => time.HasValue ? ReplyWaits.Minutes(time.Value) : null;
}
