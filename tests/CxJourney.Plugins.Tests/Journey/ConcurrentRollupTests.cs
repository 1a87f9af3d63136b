using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Capture;
using CxJourney.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using Xunit.Abstractions;

namespace CxJourney.Plugins.Tests.Journey;

/// <summary>
/// Two writers each record 500 touchpoints of one contact at the same time, and two workers run the rollups at
/// the same time, in whatever order the touchpoints arrive (their event times interleave across the writers).
/// The journey must come out exactly as the domain computes it from the stored touchpoints.
/// </summary>
public class ConcurrentRollupTests
{
    private readonly ITestOutputHelper _output;

    public ConcurrentRollupTests(ITestOutputHelper output) { _output = output; }

    /// <param name="cycles">Each cycle: two customer emails from writer 1, one reply drafted and sent by writer 2 (four touchpoints).</param>
    /// <param name="redeliverEveryJob">Deliver every rollup twice (at-least-once delivery) while the workers race.</param>
    [Theory]
    [InlineData(250, false)]
    [InlineData(50, true)]
    public void Two_threads_of_500_touchpoints_for_one_contact_leave_exact_rollups(int cycles, bool redeliverEveryJob)
    {
        var w = new CaptureWorld();
        var ada = w.Contact("Ada", "Lovelace");
        var origin = w.Now.AddDays(-10);
        var clock = Stopwatch.StartNew();

        // Writer 1: two customer emails per cycle k (minutes 4k and 4k+1).
        // Writer 2: one reply per cycle, created (a draft, minute 4k+2) and sent (minute 4k+3): two touchpoints.
        // With 250 cycles each writer records 500 touchpoints.
        using var start = new Barrier(2);
        var errors = new ConcurrentQueue<Exception>();
        void Writer(Action<int> write)
        {
            try
            {
                start.SignalAndWait();
                for (var k = 0; k < cycles; k++) write(k);
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        }
        var customer = new Thread(() => Writer(k =>
        {
            for (var n = 0; n < 2; n++)
            {
                var email = w.InboundEmailRow(CaptureWorld.Contacts(ada), n == 0 ? $"Still broken ({k}), very annoyed" : $"Thanks for the help ({k})");
                email[JourneyWorld.OverriddenCreatedOn] = origin.AddMinutes(4 * k + n);
                w.Service.Create(email);
            }
        }));
        var agent = new Thread(() => Writer(k =>
        {
            var email = new Entity(Tables.Email)
            {
                [EmailColumns.DirectionCode] = StandardChoices.DirectionCode.Outgoing,
                [EmailColumns.To] = CaptureWorld.Contacts(ada),
                [ActivityColumns.Subject] = $"Re: case {k}",
                [ActivityColumns.ActualEnd] = origin.AddMinutes(4 * k + 3),
                [JourneyWorld.OverriddenCreatedOn] = origin.AddMinutes(4 * k + 2),
            };
            var id = w.Service.Create(email);
            w.SetState(Tables.Email, id, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);
        }));
        customer.Start();
        agent.Start();
        customer.Join();
        agent.Join();
        Assert.Empty(errors);
        // Per cycle: two messages received and one reply sent (its draft is no moment).
        Assert.Equal(3 * cycles, w.TouchpointsOf(ada).Count);
        _output.WriteLine($"captured in {clock.ElapsedMilliseconds} ms");

        var queue = w.Pipeline.AsyncQueue;
        queue.RedeliverEverySuccess = redeliverEveryJob;
        var (results, workerErrors) = TwoWorkers.Run(queue);
        Assert.Empty(workerErrors);
        _output.WriteLine($"rolled up in {clock.ElapsedMilliseconds} ms");

        var rollups = results.Where(r => r.Job.Step.PluginType == typeof(JourneyRollupPlugin)).ToList();
        Assert.DoesNotContain(rollups, r => r.Outcome == StepOutcome.Failed);
        Assert.Equal(3 * cycles, rollups.Select(r => r.Job).Distinct().Count());
        if (redeliverEveryJob) Assert.All(rollups.Select(r => r.Job).Distinct(), job => Assert.Equal(2, job.Deliveries));
        var conflicts = w.Log.RunsOf(typeof(JourneyRollupPlugin)).Count(r => r.Trace.Any(l => l.Contains("changed during the rollup") || l.Contains("changed while it was recomputed")));
        _output.WriteLine($"{rollups.Count} rollup deliveries, {conflicts} met a concurrent write and recomputed");
        foreach (var g in w.Log.ServiceCallsBy(typeof(JourneyRollupPlugin)).GroupBy(c => c.MessageName + " " + c.PrimaryEntityName))
            _output.WriteLine($"{g.Key}: {g.Count()} calls");

        var j = w.JourneyOf(ada);
        Assert.Equal(3 * cycles, j.GetAttributeValue<int>(JourneyColumns.TotalTouchpoints));
        Assert.Equal(3 * cycles, j.GetAttributeValue<int>(JourneyColumns.EmailCount));
        Assert.Equal((2 * cycles, cycles), (j.GetAttributeValue<int>(JourneyColumns.InboundCount), j.GetAttributeValue<int>(JourneyColumns.OutboundCount)));
        Assert.Equal(cycles, j.GetAttributeValue<int>(JourneyColumns.ResponsesMeasured));
        Assert.Equal(3m, j.GetAttributeValue<decimal?>(JourneyColumns.AvgFirstResponseMinutes));
        Assert.Equal(3m, j.GetAttributeValue<decimal?>(JourneyColumns.LongestFirstResponseMinutes));
        Assert.Null(j.GetAttributeValue<DateTime?>(JourneyColumns.WaitingForReplySince));
        Assert.Equal(origin, j.GetAttributeValue<DateTime?>(JourneyColumns.FirstTouchpointOn));
        Assert.Equal(origin.AddMinutes(4 * (cycles - 1) + 3), j.GetAttributeValue<DateTime?>(JourneyColumns.LastTouchpointOn));
        w.AssertMatchesDomain(ada);

        // Every reply carries the wait it ended, as a replay of the whole thread computes it.
        var stored = w.TouchpointsOf(ada).Select(t => new ThreadRow(t.Id.ToString("D"),
            CaptureWorld.Option(t, TouchpointColumns.Channel)!.Value, CaptureWorld.Option(t, TouchpointColumns.Direction)!.Value,
            CaptureWorld.KindOf(t), t.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn), null,
            t.GetAttributeValue<decimal?>(TouchpointColumns.ResponseMinutes))).ToList();
        var expected = ReplyWaits.Compute(stored);
        Assert.Equal(cycles, expected.Count);
        Assert.All(stored.Where(r => r.IsReply), r => Assert.Equal(expected[r.Key], r.ResponseMinutes));
        Assert.All(stored.Where(r => !r.IsReply), r => Assert.Null(r.ResponseMinutes));
        Assert.All(w.TouchpointsOf(ada), t => Assert.Equal(j.Id, t.GetAttributeValue<EntityReference>(TouchpointColumns.Journey)?.Id));
    }
}
