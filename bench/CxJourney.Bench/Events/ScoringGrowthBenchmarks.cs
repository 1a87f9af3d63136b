using BenchmarkDotNet.Attributes;
using CxJourney.Bench.Infrastructure;
using CxJourney.TestSupport.Events;

namespace CxJourney.Bench.Events;

/// <summary>
/// Resolving a case whose contact has 100, 1,000 and 10,000 prior touchpoints on it (10x, 100x): the
/// whole event (capture, scoring, follow-ups, journey rollup and health in the product; capture and the
/// touchpoint loop in the baseline). One event per iteration: the history is seeded before each.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob(iterations: 5, invocationCount: 1, warmups: 2)]
public class ScoringGrowthBenchmarks : EventPairBenchmarks
{
    [Params(100, 1_000, 10_000)]
    public int PriorTouchpoints { get; set; }

    protected override EventScenario Scenario => EventScenario.CaseResolved(PriorTouchpoints);

    protected override int InvocationsPerIteration => 1;
}
