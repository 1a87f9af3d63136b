using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using static CxJourney.Plugins.Tests.Journey.Rollup.StoredTouchpoints;

namespace CxJourney.Plugins.Tests.Journey.Rollup;

/// <summary>
/// The journey ledger (the rollup's running aggregates) must give what the aggregate queries give over the same
/// touchpoints, however the touchpoints are cut into bursts, and must refuse exactly when adding would not be
/// exact (then the rollup recomputes from the queries, as these tests do).
/// </summary>
public class JourneyLedgerTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 30).Select(s => new object[] { s });

    private static CountedTouchpoint Counted(Stored t, JourneyOptions options) =>
        new(t.Key, t.Channel, t.Direction, t.Kind, TouchpointChoices.BandValue(FeedbackClassifier.Classify(t.Fact, options)), t.OccurredOn, t.Thread, t.Sentiment, true);

    private static JourneyRollupResult Result(JourneyLedger ledger, JourneyOptions options) =>
        JourneyRollup.FromSummary(ledger.Aggregate().ToSummary(ledger.WaitStarts, ledger.Recent(2 * options.SentimentWindow)), options);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Bursts_added_in_arrival_order_give_what_the_queries_give(int seed)
    {
        var options = JourneyOptions.Default;
        var random = new Random(seed);
        // Mostly in time order, as events arrive; every seventh touchpoint arrives late.
        var all = Random(seed, 30 + seed * 4);
        var arrival = all.OrderBy(t => t.OccurredOn).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        for (var i = 3; i + 5 < arrival.Count; i += 7)
        {
            var late = arrival[i];
            arrival.RemoveAt(i);
            arrival.Insert(i + 5, late);
        }

        var ledger = JourneyLedger.Empty(2 * options.SentimentWindow);
        var seen = new List<Stored>();
        var added = 0;

        for (var i = 0; i < arrival.Count;)
        {
            var burst = arrival.Skip(i).Take(1 + random.Next(4)).ToList();
            i += burst.Count;
            seen.AddRange(burst);
            var next = ledger.Add(burst.Select(t => Counted(t, options)).ToList(), 2 * options.SentimentWindow, out var minutes);
            var oracle = Queries(seen, options);
            if (next is null)
            {

                next = JourneyLedger.FromQueries(oracle.Rows, oracle.Starts, oracle.Recent, 2 * options.SentimentWindow, Array.Empty<string>());
            }
            else
            {
                added++;
                // A reply time computed by adding is the one a replay of the whole thread gives.
                foreach (var m in minutes) Assert.Equal(oracle.Minutes[m.Key], m.Value);
            }
            ledger = JourneyLedger.Parse(next.Serialize())!;
            Assert.NotNull(ledger);

            var expected = RollUp(seen, options, out var aggregate);
            var actual = Result(ledger, options);
            var actualAggregate = ledger.Aggregate();
            Assert.Equal(aggregate.Total, actualAggregate.Total);
            Assert.Equal(aggregate.ByChannel.OrderBy(p => p.Key), actualAggregate.ByChannel.OrderBy(p => p.Key));
            Assert.Equal(aggregate.FirstOn, actualAggregate.FirstOn);
            Assert.Equal(aggregate.LastOn, actualAggregate.LastOn);
            Assert.Equal(aggregate.LastInboundOn, actualAggregate.LastInboundOn);
            Assert.Equal(expected.Stage, actual.Stage);
            Assert.Equal(expected.StageReason, actual.StageReason);
            Assert.Equal(expected.WaitingForReplySince, actual.WaitingForReplySince);
            Assert.Equal(expected.WaitingThreadCount, actual.WaitingThreadCount);
            Assert.Equal(expected.FirstResponseCount, actual.FirstResponseCount);
            Assert.Equal(expected.AverageFirstResponse, actual.AverageFirstResponse);
            Assert.Equal(expected.LongestFirstResponse, actual.LongestFirstResponse);
            Assert.Equal(expected.OpenCaseCount, actual.OpenCaseCount);
            Assert.Equal(expected.AverageSentiment.HasValue, actual.AverageSentiment.HasValue);
            if (expected.AverageSentiment.HasValue) Assert.Equal(expected.AverageSentiment.Value, actual.AverageSentiment!.Value, 9);
            Assert.Equal(expected.SentimentTrend.Delta, actual.SentimentTrend.Delta);
            Assert.Equal(expected.SentimentTrend.Direction, actual.SentimentTrend.Direction);
        }
        Assert.True(added > 0, "no burst could be added");
    }

    [Fact]
    public void A_customer_message_older_than_a_reply_already_timed_is_refused()
    {
        var options = JourneyOptions.Default;
        var message = new Stored("a", Choices.Channel.Email, Choices.Direction.Inbound, Choices.TouchpointKind.Created, Origin, null);
        var reply = new Stored("b", Choices.Channel.Email, Choices.Direction.Outbound, Choices.TouchpointKind.Completed, Origin.AddHours(2), null);
        var earlier = new Stored("c", Choices.Channel.Email, Choices.Direction.Inbound, Choices.TouchpointKind.Created, Origin.AddHours(-1), null);
        var ledger = JourneyLedger.Empty(10).Add(new[] { Counted(message, options), Counted(reply, options) }, 10, out var minutes)!;
        Assert.Equal(120m, minutes["b"]);
        Assert.Null(ledger.Add(new[] { Counted(earlier, options) }, 10, out _));
        // An order or a task at any time changes no reply: it is added.
        var order = new Stored("d", Choices.Channel.Order, Choices.Direction.Internal, Choices.TouchpointKind.Purchased, Origin.AddDays(-3), null);
        Assert.Equal(3, ledger.Add(new[] { Counted(order, options) }, 10, out _)!.Aggregate().Total);
    }

    [Fact]
    public void More_recent_sentiments_than_kept_are_refused_once_the_kept_ones_are_full()
    {
        var options = JourneyOptions.Default;
        var scored = Enumerable.Range(0, 12).Select(i => new Stored($"s{i:D2}", Choices.Channel.Email, Choices.Direction.Inbound, Choices.TouchpointKind.Created,
            Origin.AddMinutes(i), "incident:x", Sentiment: i / 20.0)).Select(t => Counted(t, options)).ToList();
        var few = JourneyLedger.Empty(10).Add(scored.Take(4).ToList(), 10, out _)!;
        Assert.NotNull(few.Add(scored.Skip(4).Take(1).ToList(), 20, out _));
        var full = JourneyLedger.Empty(10).Add(scored, 10, out _)!;
        Assert.Null(full.Add(Array.Empty<CountedTouchpoint>(), 20, out _));
        Assert.Equal(new[] { "s11", "s10" }, full.Recent(2).Select(p => p.Key));
    }

    [Fact]
    public void Unreadable_state_reads_as_none()
    {
        Assert.Null(JourneyLedger.Parse(null));
        Assert.Null(JourneyLedger.Parse("cxledger\t2\t10\n"));
        Assert.Null(JourneyLedger.Parse("cxledger\t1\t10\nr\tbroken\n"));
        var thread = "conversation\twith\\tabs\nand lines";
        var row = new Stored("k", Choices.Channel.Email, Choices.Direction.Inbound, Choices.TouchpointKind.Created, Origin, thread, Sentiment: 0.1);
        var ledger = JourneyLedger.Empty(10).Add(new[] { Counted(row, JourneyOptions.Default) }, 10, out _)!;
        var again = JourneyLedger.Parse(ledger.Serialize())!;
        Assert.Equal(ledger.Serialize(), again.Serialize());
        Assert.Equal(new[] { "k" }, again.Unlinked);
    }
}
