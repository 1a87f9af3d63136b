using System;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using static CxJourney.Plugins.Tests.Domain.Journey.Facts;

namespace CxJourney.Plugins.Tests.Domain.Journey;

public class JourneyRollupTests
{
    private static readonly JourneyOptions Options = JourneyOptions.Default;

    private static readonly TouchpointFact[] Mixed =
    {
        Fact("web", TouchpointChannel.Web, TouchpointDirection.Inbound, TouchpointKind.Created, 0),
        In("mail1", TouchpointChannel.Email, 1, "conv1", sentiment: -0.6),
        In("mail2", TouchpointChannel.Email, 1.5, "conv1", sentiment: -0.8),   // second chaser in the same wait
        Out("reply1", TouchpointChannel.Email, 2, "conv1"),                        // answers both: 1 day after mail1
        CaseEvent("caseA-open", TouchpointKind.Created, 3, "A"),
        Fact("note", TouchpointChannel.Case, TouchpointDirection.Internal, TouchpointKind.Completed, 3.1, "A"),
        Out("callA", TouchpointChannel.Phone, 3.25, "A"),                          // 6 hours
        In("mailA", TouchpointChannel.Email, 4, "A", sentiment: 0.2),
        Fact("draft", TouchpointChannel.Email, TouchpointDirection.Outbound, TouchpointKind.Created, 4.5, "A"), // a draft answers nothing
        In("chat", TouchpointChannel.Chat, 5, sentiment: 0.4),                     // general conversation, unanswered
        Survey("nps", 6, nps: 8),
    };

    [Fact]
    public void Counts_by_channel_and_direction()
    {
        var r = JourneyRollup.Compute(Mixed, Options);
        Assert.Equal(11, r.Total);
        Assert.Equal(7, r.Inbound);
        Assert.Equal(3, r.Outbound);
        Assert.Equal(1, r.Internal);
        Assert.Equal(5, r.Count(TouchpointChannel.Email));
        Assert.Equal(3, r.Count(TouchpointChannel.Email, TouchpointDirection.Inbound));
        Assert.Equal(0, r.Count(TouchpointChannel.Sms));
        Assert.Equal(r.Inbound, r.Count(TouchpointDirection.Inbound));
        Assert.Equal(r.ByChannel.Select(c => c.Channel).OrderBy(c => c), r.ByChannel.Select(c => c.Channel));
    }

    [Fact]
    public void First_and_last_touchpoint()
    {
        var r = JourneyRollup.Compute(Mixed, Options);
        Assert.Equal(Day(0), r.FirstTouchpointOn);
        Assert.Equal(Day(6), r.LastTouchpointOn);
        Assert.Equal(TouchpointChannel.Survey, r.LastChannel);
        Assert.Equal(TouchpointDirection.Inbound, r.LastDirection);
    }

    [Fact]
    public void Waiting_for_reply_is_the_oldest_unanswered_customer_message_across_threads()
    {
        var r = JourneyRollup.Compute(Mixed, Options);
        // Case A's 4th-day email is unanswered (the draft does not count), as is the chat on day 5.
        Assert.Equal(Day(4), r.WaitingForReplySince);
        Assert.Equal(2, r.WaitingThreadCount);
    }

    [Fact]
    public void Case_closure_ends_the_wait_without_counting_a_response()
    {
        var facts = new[]
        {
            CaseEvent("o", TouchpointKind.Created, 0, "A"),
            In("m", TouchpointChannel.Email, 1, "A"),
            CaseEvent("r", TouchpointKind.Resolved, 2, "A"),
        };
        var r = JourneyRollup.Compute(facts, Options);
        Assert.Null(r.WaitingForReplySince);
        Assert.Equal(0, r.FirstResponseCount);
        Assert.Null(r.AverageFirstResponse);
    }

    [Fact]
    public void First_response_times_are_measured_from_the_first_message_of_each_wait()
    {
        var r = JourneyRollup.Compute(Mixed, Options);
        // conv1: day 1 → day 2 (24h); case A: opened day 3 → call at day 3.25 (6h).
        Assert.Equal(2, r.FirstResponseCount);
        Assert.Equal(TimeSpan.FromHours(15), r.AverageFirstResponse);
        Assert.Equal(TimeSpan.FromHours(24), r.LongestFirstResponse);
    }

    [Fact]
    public void An_inbound_email_closed_after_our_reply_is_still_one_message_and_starts_no_new_wait()
    {
        // Before issue 17 capture also wrote a Completed row when a received email was closed: such a row is the same
        // message, not a second one, so it neither reopens the wait nor counts as another customer message.
        var facts = new[]
        {
            In("mail", TouchpointChannel.Email, 1, "c"),
            Out("reply", TouchpointChannel.Email, 1.5, "c"),
            Fact("mail-closed", TouchpointChannel.Email, TouchpointDirection.Inbound, TouchpointKind.Completed, 2, "c"),
        };
        var r = JourneyRollup.Compute(facts, Options);
        Assert.Null(r.WaitingForReplySince);
        Assert.Equal(1, r.FirstResponseCount);
        Assert.Equal(TimeSpan.FromHours(12), r.AverageFirstResponse);
    }

    [Fact]
    public void Reply_stamped_at_the_same_instant_answers_the_message()
    {
        var t = ThreadRollup.Summarize("x", new[] { Out("b", TouchpointChannel.Email, 1, "x"), In("a", TouchpointChannel.Email, 1, "x") });
        Assert.Equal(1, t.ResponseCount);
        Assert.Equal(TimeSpan.Zero, t.TotalResponseTime);
        Assert.Null(t.WaitingSince);
    }

    [Fact]
    public void Average_sentiment_uses_inbound_scores_only()
    {
        var withOutbound = Mixed.Concat(new[] { Fact("agent", TouchpointChannel.Email, TouchpointDirection.Outbound, TouchpointKind.Completed, 7, sentiment: 1.0) });
        var r = JourneyRollup.Compute(withOutbound, Options);
        Assert.Equal(Math.Round((-0.6 - 0.8 + 0.2 + 0.4) / 4, 4), r.AverageSentiment);
    }

    [Fact]
    public void Sentiment_trend_compares_the_latest_window_with_the_one_before()
    {
        var options = new JourneyOptions { SentimentWindow = 2 };
        var facts = new[]
        {
            In("s1", TouchpointChannel.Email, 1, sentiment: 0.9),  // outside both windows
            In("s2", TouchpointChannel.Email, 2, sentiment: -0.8),
            In("s3", TouchpointChannel.Email, 3, sentiment: -0.6),
            In("s4", TouchpointChannel.Email, 4, sentiment: 0.2),
            In("s5", TouchpointChannel.Email, 5, sentiment: 0.6),
        };
        var trend = JourneyRollup.Compute(facts, options).SentimentTrend;
        Assert.Equal(0.4, trend.RecentMean);
        Assert.Equal(-0.7, trend.PreviousMean);
        Assert.Equal(1.1, trend.Delta);
        Assert.Equal(TrendDirection.Improving, trend.Direction);

        Assert.Equal(TrendDirection.Unknown, JourneyRollup.Compute(facts.Take(2), options).SentimentTrend.Direction);
        var flat = SentimentTrend.Compute(new[] { new SentimentPoint("a", Day(1), 0.5), new SentimentPoint("b", Day(2), 0.55) }, 1, 0.1);
        Assert.Equal(TrendDirection.Stable, flat.Direction);
    }

    [Fact]
    public void Recompute_is_idempotent_under_redelivery_and_independent_of_order()
    {
        var expected = Describe(JourneyRollup.Compute(Mixed, Options));
        var random = new Random(7);
        for (var i = 0; i < 30; i++)
        {
            var redelivered = Mixed.Concat(Mixed.Where((_, n) => n % 3 == 0)).OrderBy(_ => random.Next());
            Assert.Equal(expected, Describe(JourneyRollup.Compute(redelivered, Options)));
        }
    }

    [Fact]
    public void Recompute_from_the_summary_equals_recompute_from_the_facts()
    {
        var summary = JourneyRollup.Summarize(Mixed, Options);
        Assert.Equal(Describe(JourneyRollup.Compute(Mixed, Options)), Describe(JourneyRollup.FromSummary(summary, Options)));
        // The summary is small: one row per channel/direction/kind/feedback, one per thread.
        Assert.Equal(new[] { "", "A", "conv1" }, summary.Threads.Select(t => t.ThreadKey));
        Assert.Equal(Mixed.Length, summary.Groups.Sum(g => g.Count));
    }

    [Fact]
    public void Summary_rows_from_a_query_drive_the_stage_and_case_state()
    {
        // What the aggregate and thread queries would return for a buyer with one open case.
        var summary = new JourneySummary(
            new[]
            {
                new TouchpointGroup(TouchpointChannel.Order, TouchpointDirection.Inbound, TouchpointKind.Purchased, FeedbackBand.None, 2, Day(0), Day(100)),
                new TouchpointGroup(TouchpointChannel.Email, TouchpointDirection.Inbound, TouchpointKind.Completed, FeedbackBand.None, 3, Day(1), Day(101), -1.2, 3),
            },
            new[] { new ThreadSummary("case9", Day(101), 0, TimeSpan.Zero, TimeSpan.Zero, Day(101), null, Day(101), null) },
            new SentimentPoint[0]);
        var r = JourneyRollup.FromSummary(summary, Options);
        Assert.Equal(JourneyStage.Service, r.Stage);
        Assert.Equal(1, r.OpenCaseCount);
        Assert.Equal(-0.4, r.AverageSentiment);
        Assert.Equal(Day(101), r.WaitingForReplySince);
        Assert.Equal(5, r.Total);
    }

    [Fact]
    public void Same_key_delivered_with_different_content_resolves_deterministically()
    {
        var a = In("k", TouchpointChannel.Email, 1, sentiment: 0.1);
        var b = In("k", TouchpointChannel.Email, 1, sentiment: 0.3);
        Assert.Equal(JourneyRollup.Compute(new[] { a, b }, Options).AverageSentiment, JourneyRollup.Compute(new[] { b, a }, Options).AverageSentiment);
        Assert.Equal(1, JourneyRollup.Compute(new[] { a, b }, Options).Total);
    }

    [Fact]
    public void Incremental_stage_and_recomputed_stage_agree()
    {
        var facts = Mixed.Concat(new[]
        {
            Fact("won", TouchpointChannel.Opportunity, TouchpointDirection.Internal, TouchpointKind.Won, 2.5),
            CaseEvent("caseA-done", TouchpointKind.Resolved, 8, "A"),
            Survey("csat", 9, csat: 5),
        }).ToArray();
        var signals = JourneySignals.Empty;
        var stage = JourneyStage.None;
        foreach (var f in facts.Reverse())
        {
            var t = JourneyStageModel.Next(stage, f, signals, Options);
            signals = t.Signals;
            stage = t.To;
        }
        var recomputed = JourneyRollup.Compute(facts, Options);
        Assert.Equal(JourneyStage.Loyalty, recomputed.Stage);
        Assert.Equal(recomputed.Stage, stage);
        Assert.Equal(recomputed.Signals.FirstResolvedOn, signals.FirstResolvedOn);
        Assert.Equal(recomputed.Signals.LastInteractionOn, signals.LastInteractionOn);
    }

    [Fact]
    public void Case_event_without_a_case_id_cannot_open_a_case()
    {
        var anonymous = Fact("c", TouchpointChannel.Case, TouchpointDirection.Inbound, TouchpointKind.Created, 1);
        var r = JourneyRollup.Compute(new[] { anonymous }, Options);
        Assert.Equal(0, r.OpenCaseCount);
        Assert.Equal(JourneyStage.Awareness, r.Stage);
        Assert.Equal(Day(1), r.WaitingForReplySince); // it still asks for an answer in the general conversation
    }

    [Fact]
    public void Empty_journey_rolls_up_to_nothing()
    {
        var r = JourneyRollup.Compute(new TouchpointFact[0], Options);
        Assert.Equal(0, r.Total);
        Assert.Null(r.FirstTouchpointOn);
        Assert.Null(r.WaitingForReplySince);
        Assert.Null(r.AverageSentiment);
        Assert.Equal(JourneyStage.None, r.Stage);
    }

    private static string Describe(JourneyRollupResult r) =>
        string.Join("|", r.Total, r.Inbound, r.Outbound, r.Internal,
            string.Join(",", r.ByChannel.Select(c => $"{c.Channel}:{c.Inbound}/{c.Outbound}/{c.Internal}")),
            r.FirstTouchpointOn, r.LastTouchpointOn, r.LastChannel, r.LastDirection, r.WaitingForReplySince, r.WaitingThreadCount,
            r.FirstResponseCount, r.AverageFirstResponse, r.LongestFirstResponse, r.AverageSentiment,
            r.SentimentTrend.RecentMean, r.SentimentTrend.PreviousMean, r.SentimentTrend.Direction, r.OpenCaseCount, r.Stage, r.StageReason);
}
