using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CxJourney.Bench.Infrastructure;
using CxJourney.TestSupport.Events;

namespace CxJourney.Bench.Events;

/// <summary>Time and allocations per single event, product against baseline (ratio within each event).</summary>
[MemoryDiagnoser]
[ShortInProcessJob(iterations: 6, invocationCount: Invocations)]
public class EventBenchmarks : EventPairBenchmarks
{
    private const int Invocations = 8;

    /// <summary>Short keys: BenchmarkDotNet cuts long parameter values in its table.</summary>
    private static readonly (string Key, EventScenario Scenario)[] Scenarios =
    [
        ("inbound-email", EventScenario.InboundEmail),
        ("outbound-email-5", EventScenario.OutboundEmailToFive),
        ("case-created", EventScenario.CaseCreated),
        ("case-resolved-3", EventScenario.CaseResolved(3)),
        ("feedback", EventScenario.FeedbackArrived),
    ];

    [ParamsSource(nameof(Events))]
    public string Event { get; set; } = "";

    public static IEnumerable<string> Events => Scenarios.Select(s => s.Key);

    protected override EventScenario Scenario => Scenarios.Single(s => s.Key == Event).Scenario;

    protected override int InvocationsPerIteration => Invocations;
}
