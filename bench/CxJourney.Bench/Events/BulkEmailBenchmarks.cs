using BenchmarkDotNet.Attributes;
using CxJourney.Bench.Infrastructure;
using CxJourney.TestSupport.Events;

namespace CxJourney.Bench.Events;

/// <summary>One ExecuteMultiple of 1,000 inbound email Creates from 1,000 contacts, and every job it queues.</summary>
[MemoryDiagnoser]
[ShortInProcessJob(iterations: 5, invocationCount: 1, warmups: 2)]
public class BulkEmailBenchmarks : EventPairBenchmarks
{
    private static readonly EventScenario Bulk = EventScenario.ExecuteMultipleEmails(1_000);

    protected override EventScenario Scenario => Bulk;

    protected override int InvocationsPerIteration => 1;
}
