using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Tests.Journey.Rollup;

/// <summary>A touchpoint as stored (option values), for the rollup's pure tests.</summary>
internal sealed record Stored(string Key, int Channel, int Direction, int Kind, DateTime OccurredOn, string? Thread,
    double? Sentiment = null, int? Nps = null, int? Csat = null)
{
    public TouchpointFact Fact => TouchpointChoices.Fact(Key, Channel, Direction, Kind, OccurredOn, Thread, Sentiment, Nps, Csat);

    public ThreadRow Row(decimal? minutes = null) => new(Key, Channel, Direction, Kind, OccurredOn, Thread, minutes);
}

/// <summary>
/// Plays the database for the rollup's queries over a set of stored touchpoints: reply times as the rollup
/// keeps them, the grouped aggregate, the wait-start query and the latest scored inbound touchpoints.
/// </summary>
internal static class StoredTouchpoints
{
    public static readonly DateTime Origin = new(2025, 1, 6, 8, 0, 0, DateTimeKind.Utc);

    public static JourneyRollupResult RollUp(IReadOnlyList<Stored> touchpoints, JourneyOptions options, out JourneyAggregate aggregate)
    {
        var (rows, starts, recent, _) = Queries(touchpoints, options);
        aggregate = JourneyAggregate.From(rows);
        return JourneyRollup.FromSummary(aggregate.ToSummary(starts, recent), options);
    }

    /// <summary>What the rollup's queries return over these touchpoints: group rows, wait starts, latest scored inbound ones, and each reply's stored time.</summary>
    public static (List<GroupRow> Rows, Dictionary<string, DateTime> Starts, List<SentimentPoint> Recent, Dictionary<string, decimal?> Minutes) Queries(
        IReadOnlyList<Stored> touchpoints, JourneyOptions options)
    {
        var minutes = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var thread in touchpoints.GroupBy(t => t.Thread ?? ""))
            foreach (var wait in ReplyWaits.Compute(thread.Select(t => t.Row())))
                minutes[wait.Key] = wait.Value;

        var rows = touchpoints
            .GroupBy(t => (t.Thread, t.Channel, t.Direction, t.Kind, Band: TouchpointChoices.BandValue(FeedbackClassifier.Classify(t.Fact, options))))
            .Select(g =>
            {
                var replies = g.Select(t => minutes.TryGetValue(t.Key, out var m) ? m : null).Where(m => m.HasValue).Select(m => m!.Value).ToList();
                var scored = g.Where(t => t.Sentiment.HasValue).ToList();
                return new GroupRow(g.Key.Thread, g.Key.Channel, g.Key.Direction, g.Key.Kind, g.Key.Band, g.Count(), g.Min(t => t.OccurredOn), g.Max(t => t.OccurredOn))
                {
                    SentimentSum = scored.Sum(t => t.Sentiment!.Value),
                    SentimentCount = scored.Count,
                    ResponseMinutesSum = replies.Sum(),
                    ResponseCount = replies.Count,
                    LongestResponseMinutes = replies.Count == 0 ? null : replies.Max(),
                };
            }).ToList();

        var aggregate = JourneyAggregate.From(rows);
        var starts = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var cutoff in aggregate.WaitCutoffs)
        {
            var first = touchpoints.Where(t => t.Thread == cutoff.ThreadKey && t.OccurredOn > cutoff.AnsweredAt
                                               && ThreadRoles.IsCustomerMessage(t.Channel, t.Direction, t.Kind))
                .Select(t => (DateTime?)t.OccurredOn).Min();
            if (first.HasValue) starts[cutoff.ThreadKey ?? ""] = first.Value;
        }
        var recent = touchpoints.Where(t => t.Direction == Choices.Direction.Inbound && t.Sentiment.HasValue)
            .OrderByDescending(t => t.OccurredOn).ThenByDescending(t => t.Key, StringComparer.Ordinal)
            .Take(2 * options.SentimentWindow)
            .Select(t => new SentimentPoint(t.Key, t.OccurredOn, t.Sentiment!.Value)).ToList();
        return (rows, starts, recent, minutes);
    }

    /// <summary>A random but realistic journey: emails, calls and tasks in the general conversation and two cases, surveys and sales, with same-instant collisions.</summary>
    public static List<Stored> Random(int seed, int count)
    {
        var random = new Random(seed);
        var list = new List<Stored>();
        string?[] threads = { null, "incident:a", "incident:b" };
        for (var i = 0; i < count; i++)
        {
            var at = Origin.AddMinutes(random.Next(0, 400) * 5);
            var key = $"{i:D4}-{random.Next(1000):D3}";
            var thread = threads[random.Next(threads.Length)];
            var roll = random.Next(10);
            double? sentiment = random.Next(3) == 0 ? null : Math.Round(random.NextDouble() * 2 - 1, 2);
            if (roll < 5)
            {
                var channel = random.Next(3) == 0 ? Choices.Channel.Phone : Choices.Channel.Email;
                var inbound = random.Next(2) == 0;
                var kind = random.Next(3) == 0 ? Choices.TouchpointKind.Created : Choices.TouchpointKind.Completed;
                list.Add(new Stored(key, channel, inbound ? Choices.Direction.Inbound : Choices.Direction.Outbound, kind, at, thread, sentiment));
            }
            else if (roll < 7 && thread is not null)
            {
                int[] kinds = { Choices.TouchpointKind.Created, Choices.TouchpointKind.Resolved, Choices.TouchpointKind.Reopened, Choices.TouchpointKind.Cancelled };
                var kind = kinds[random.Next(kinds.Length)];
                var direction = kind == Choices.TouchpointKind.Created || kind == Choices.TouchpointKind.Reopened ? Choices.Direction.Inbound : Choices.Direction.Internal;
                list.Add(new Stored(key, Choices.Channel.Case, direction, kind, at, thread, kind == Choices.TouchpointKind.Created ? sentiment : null));
            }
            else if (roll < 8)
            {
                list.Add(new Stored(key, Choices.Channel.Survey, Choices.Direction.Inbound, Choices.TouchpointKind.Answered, at, thread, sentiment,
                    Nps: random.Next(2) == 0 ? random.Next(0, 11) : null, Csat: random.Next(2) == 0 ? random.Next(1, 6) : null));
            }
            else if (roll < 9)
            {
                list.Add(new Stored(key, Choices.Channel.Task, Choices.Direction.Internal, Choices.TouchpointKind.Completed, at, null, sentiment));
            }
            else
            {
                int[] sales = { Choices.Channel.Order, Choices.Channel.Invoice, Choices.Channel.Opportunity };
                var channel = sales[random.Next(sales.Length)];
                var kind = channel == Choices.Channel.Opportunity
                    ? (random.Next(2) == 0 ? Choices.TouchpointKind.Won : Choices.TouchpointKind.Lost)
                    : Choices.TouchpointKind.Purchased;
                list.Add(new Stored(key, channel, Choices.Direction.Internal, kind, at, null));
            }
        }
        return list;
    }
}
