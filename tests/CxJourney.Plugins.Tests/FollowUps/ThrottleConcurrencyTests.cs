using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Scoring;
using static CxJourney.Plugins.Tests.FollowUps.FollowUpTestKit;

namespace CxJourney.Plugins.Tests.FollowUps;

/// <summary>
/// Dataverse runs asynchronous jobs in parallel, in any order, and may deliver one twice:
/// https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
/// Six poor cases of one contact are resolved at once and their follow-up jobs drained by several worker threads:
/// the contact gets exactly the throttle's number of follow-ups (2 in 7 days, shipped), never more, because each
/// follow-up claims one of the window's deterministic slot ids and a second claim of a slot collides on create.
/// </summary>
public class ThrottleConcurrencyTests
{
    private const int Trials = 10;

    [Theory]
    [InlineData(4, false)]
    [InlineData(4, true)]
    [InlineData(2, false)]
    [InlineData(6, true)]
    public void Parallel_workers_create_exactly_the_throttles_number_of_follow_ups(int workers, bool redeliverEveryJob)
    {
        for (var trial = 0; trial < Trials; trial++)
        {
            var s = new CxScenario();
            s.OnlyRules(FollowUpRuleIds.PoorCase);
            s.PoorPredictions();
            var agent = s.User("Alex");
            var contact = s.Contact("Lovelace", agent);
            var cases = Enumerable.Range(0, 6).Select(n => s.Case(contact, agent, "Router problem " + n)).ToList();
            foreach (var c in cases) s.OrdinaryHistory(c, contact, s.Now);
            s.At(Utc(2024, 3, 4, 10));
            s.Drain();
            foreach (var c in cases) s.Resolve(c);
            s.Pipeline.AsyncQueue.RedeliverEverySuccess = redeliverEveryJob;

            var results = DrainInParallel(s, workers);

            Assert.DoesNotContain(results, r => r.Outcome == StepOutcome.Failed);
            var followUps = s.FollowUps();
            Assert.True(followUps.Count == ThrottleSettings.Default.MaxFollowUps,
                $"trial {trial}: {followUps.Count} follow-ups for one contact, throttle {ThrottleSettings.Default.MaxFollowUps}");
            Assert.All(cases, c => Assert.Contains("poor-case", s.Status(c)));
        }
    }

    private static List<AsyncJobResult> DrainInParallel(CxScenario s, int workers)
    {
        var results = new ConcurrentQueue<AsyncJobResult>();
        var errors = new ConcurrentQueue<Exception>();
        using var start = new Barrier(workers);
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                while (s.Pipeline.AsyncQueue.RunNext() is AsyncJobResult result)
                    if (result.Outcome != StepOutcome.Retry) results.Enqueue(result);
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
        return results.ToList();
    }
}
