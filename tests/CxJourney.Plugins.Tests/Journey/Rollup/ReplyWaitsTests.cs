using System;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using static CxJourney.Plugins.Tests.Journey.Rollup.StoredTouchpoints;

namespace CxJourney.Plugins.Tests.Journey.Rollup;

public class ReplyWaitsTests
{
    /// <summary>A message as capture records it: received (inbound, Created) or sent (outbound, Completed), unless told.</summary>
    private static Stored Msg(string key, int minute, int direction, int? kind = null, int channel = Choices.Channel.Email) =>
        new(key, channel, direction, kind ?? (direction == Choices.Direction.Inbound ? Choices.TouchpointKind.Created : Choices.TouchpointKind.Completed),
            Origin.AddMinutes(minute), "incident:1");

    [Fact]
    public void A_reply_is_timed_from_the_first_message_of_the_wait_it_ends()
    {
        var waits = ReplyWaits.Compute(new[]
        {
            Msg("a", 0, Choices.Direction.Inbound), Msg("b", 30, Choices.Direction.Inbound), Msg("r1", 90, Choices.Direction.Outbound),
            Msg("r2", 100, Choices.Direction.Outbound), Msg("c", 120, Choices.Direction.Inbound, Choices.TouchpointKind.Created),
            Msg("r3", 125, Choices.Direction.Outbound, Choices.TouchpointKind.Responded, Choices.Channel.Phone),
        }.Select(s => s.Row()));

        Assert.Equal(90m, waits["r1"]);
        Assert.Null(waits["r2"]);
        Assert.Equal(5m, waits["r3"]);
        Assert.Equal(3, waits.Count);
    }

    [Fact]
    public void A_case_closure_ends_the_wait_without_timing_it_and_drafts_answer_nothing()
    {
        var waits = ReplyWaits.Compute(new[]
        {
            Msg("a", 0, Choices.Direction.Inbound),
            Msg("draft", 5, Choices.Direction.Outbound, Choices.TouchpointKind.Created),
            new Stored("closed", Choices.Channel.Case, Choices.Direction.Internal, Choices.TouchpointKind.Resolved, Origin.AddMinutes(10), "incident:1"),
            Msg("late", 20, Choices.Direction.Outbound),
        }.Select(s => s.Row()));
        Assert.Null(waits["late"]);
        Assert.False(waits.ContainsKey("draft"));
    }

    [Fact]
    public void Seconds_become_minutes_rounded_to_the_stored_two_decimals()
    {
        Assert.Equal(1.5m, ReplyWaits.Minutes(TimeSpan.FromSeconds(90)));
        Assert.Equal(0.67m, ReplyWaits.Minutes(TimeSpan.FromSeconds(40)));
        Assert.Equal(2880m, ReplyWaits.Minutes(TimeSpan.FromDays(2)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Over_a_whole_thread_the_reply_times_add_up_to_the_domain_thread_rollup(int seed)
    {
        var touchpoints = Random(seed, 120);
        foreach (var thread in touchpoints.GroupBy(t => t.Thread ?? ""))
        {
            var waits = ReplyWaits.Compute(thread.Select(t => t.Row())).Values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
            var domain = ThreadRollup.Summarize(thread.Key, thread.Select(t => t.Fact));
            Assert.Equal(domain.ResponseCount, waits.Count);
            Assert.Equal((decimal)domain.TotalResponseTime.TotalMinutes, waits.Sum());
            Assert.Equal((decimal)domain.LongestResponseTime.TotalMinutes, waits.Count == 0 ? 0m : waits.Max());
        }
    }
}
