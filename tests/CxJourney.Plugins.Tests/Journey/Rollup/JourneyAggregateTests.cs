using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using static CxJourney.Plugins.Tests.Journey.Rollup.StoredTouchpoints;

namespace CxJourney.Plugins.Tests.Journey.Rollup;

/// <summary>
/// The rollup plug-in's path (stored reply times, grouped aggregate, wait-start query) must give what the
/// domain computes from the raw touchpoints: if it did not, counters "derived from queries" would be exact
/// about the wrong thing.
/// </summary>
public class JourneyAggregateTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 40).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Aggregate_path_equals_the_domain_rollup_of_the_raw_touchpoints(int seed)
    {
        var touchpoints = Random(seed, 20 + seed * 3);
        var options = JourneyOptions.Default;
        var viaQueries = RollUp(touchpoints, options, out var aggregate);
        var direct = JourneyRollup.Compute(touchpoints.Select(t => t.Fact), options);

        Assert.Equal(direct.Stage, viaQueries.Stage);
        Assert.Equal(direct.StageReason, viaQueries.StageReason);
        Assert.Equal(direct.Total, aggregate.Total);
        Assert.Equal(direct.Inbound, aggregate.Count(Choices.Direction.Inbound));
        Assert.Equal(direct.Outbound, aggregate.Count(Choices.Direction.Outbound));
        Assert.Equal(direct.FirstTouchpointOn, aggregate.FirstOn);
        Assert.Equal(direct.LastTouchpointOn, aggregate.LastOn);
        Assert.Equal(direct.WaitingForReplySince, viaQueries.WaitingForReplySince);
        Assert.Equal(direct.WaitingThreadCount, viaQueries.WaitingThreadCount);
        Assert.Equal(direct.FirstResponseCount, viaQueries.FirstResponseCount);
        Assert.Equal(direct.AverageFirstResponse, viaQueries.AverageFirstResponse);
        Assert.Equal(direct.LongestFirstResponse, viaQueries.LongestFirstResponse);
        Assert.Equal(direct.OpenCaseCount, viaQueries.OpenCaseCount);
        Assert.Equal(direct.AverageSentiment.HasValue, viaQueries.AverageSentiment.HasValue);
        if (direct.AverageSentiment.HasValue) Assert.Equal(direct.AverageSentiment.Value, viaQueries.AverageSentiment!.Value, 3);
        Assert.Equal(direct.SentimentTrend.Direction, viaQueries.SentimentTrend.Direction);
        Assert.Equal(direct.SentimentTrend.Delta, viaQueries.SentimentTrend.Delta);
    }

    [Fact]
    public void Tasks_count_as_tasks_although_the_stage_rules_see_them_as_other_touchpoints()
    {
        var task = new Stored("t", Choices.Channel.Task, Choices.Direction.Internal, Choices.TouchpointKind.Completed, Origin, null);
        var result = RollUp(new[] { task }, JourneyOptions.Default, out var aggregate);
        Assert.Equal(1, aggregate.ByChannel[Choices.Channel.Task]);
        Assert.False(aggregate.ByChannel.ContainsKey(Choices.Channel.Other));
        Assert.Equal(JourneyStage.Awareness, result.Stage);
    }

    [Fact]
    public void A_thread_answered_before_asks_when_its_new_wait_began_and_one_never_answered_does_not()
    {
        var t = new List<Stored>
        {
            In("a", 0, "incident:x"), Out("b", 10, "incident:x"), In("c", 20, "incident:x"), In("d", 25, "incident:x"),
            In("e", 5, null), In("f", 7, null),
        };
        var aggregate = JourneyAggregate.From(Rows(t));
        var cutoff = Assert.Single(aggregate.WaitCutoffs);
        Assert.Equal("incident:x", cutoff.ThreadKey);
        Assert.Equal(Origin.AddMinutes(10), cutoff.AnsweredAt);

        var summary = aggregate.ToSummary(new Dictionary<string, DateTime> { ["incident:x"] = Origin.AddMinutes(20) }, Array.Empty<SentimentPoint>());
        Assert.Equal(Origin.AddMinutes(5), summary.Threads.Single(s => s.ThreadKey == "").WaitingSince);
        Assert.Equal(Origin.AddMinutes(20), summary.Threads.Single(s => s.ThreadKey == "incident:x").WaitingSince);
        Assert.Throws<ArgumentException>(() => aggregate.ToSummary(new Dictionary<string, DateTime>(), Array.Empty<SentimentPoint>()));
    }

    [Fact]
    public void A_customer_message_at_the_instant_of_the_reply_counts_as_answered()
    {
        var t = new List<Stored> { In("a", 0, null), Out("b", 10, null), In("c", 10, null) };
        var aggregate = JourneyAggregate.From(Rows(t));
        Assert.Empty(aggregate.WaitCutoffs);
        var result = RollUp(t, JourneyOptions.Default, out _);
        Assert.Null(result.WaitingForReplySince);
        Assert.Equal(JourneyRollup.Compute(t.Select(x => x.Fact), JourneyOptions.Default).WaitingForReplySince, result.WaitingForReplySince);
    }

    private static Stored In(string key, int minute, string? thread) =>
        new(key, Choices.Channel.Email, Choices.Direction.Inbound, Choices.TouchpointKind.Created, Origin.AddMinutes(minute), thread);

    private static Stored Out(string key, int minute, string? thread) =>
        new(key, Choices.Channel.Email, Choices.Direction.Outbound, Choices.TouchpointKind.Completed, Origin.AddMinutes(minute), thread);

    private static IEnumerable<GroupRow> Rows(IEnumerable<Stored> touchpoints) =>
        touchpoints.Select(t => new GroupRow(t.Thread, t.Channel, t.Direction, t.Kind, null, 1, t.OccurredOn, t.OccurredOn));
}
