using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CxJourney.Bench.Baseline;
using CxJourney.TestSupport.Events;

namespace CxJourney.Bench.Events;

/// <summary>
/// One event timed in the product organization against the same event in the baseline one, in the
/// same process: each invocation is the event's request plus every system job it queued (drained),
/// so the product's asynchronous work is in its time too; a third case times the product's request
/// alone (what the user waits for), draining its jobs after the iteration. The records an event needs (its contacts,
/// case, history) are seeded before each iteration, outside the measurement. The execution log is
/// off: what is timed is the organization and the plug-ins, not the bench's bookkeeping.
/// </summary>
public abstract class EventPairBenchmarks
{
    private readonly Queue<Action> _ready = new();
    private EventWorld _product = null!;
    private EventWorld _baseline = null!;

    /// <summary>The event being measured (may depend on the derived class's [Params]).</summary>
    protected abstract EventScenario Scenario { get; }

    /// <summary>Events prepared per iteration: the job's invocation count.</summary>
    protected abstract int InvocationsPerIteration { get; }

    [GlobalSetup]
    public void CreateWorlds()
    {
        LargeTable.SeededOrganization.ReleaseShared();
        _product = EventWorld.Product();
        _baseline = BaselineWorld.Create();
        _product.Pipeline.Log.Enabled = false;
        _baseline.Pipeline.Log.Enabled = false;
    }

    [IterationSetup(Target = nameof(Baseline))]
    public void PrepareBaseline() => Prepare(_baseline);

    [IterationSetup(Target = nameof(Product))]
    public void PrepareProduct() => Prepare(_product);

    [Benchmark(Baseline = true, Description = "baseline (naive, all synchronous)")]
    public void Baseline() => Run(_baseline);

    [Benchmark(Description = "product (shipped steps + drained jobs)")]
    public void Product() => Run(_product);

    [IterationSetup(Target = nameof(ProductRequestOnly))]
    public void PrepareProductRequest() => Prepare(_product);

    /// <summary>What the user waits for: the request alone; its jobs are drained after the iteration.</summary>
    [Benchmark(Description = "product, user's request only")]
    public void ProductRequestOnly() => (_ready.Count > 0 ? _ready.Dequeue() : Scenario.Prepare(_product))();

    [IterationCleanup(Target = nameof(ProductRequestOnly))]
    public void DrainProductJobs() => _product.Pipeline.AsyncQueue.Drain();

    private void Prepare(EventWorld world)
    {
        _ready.Clear();
        for (int i = 0; i < InvocationsPerIteration; i++) _ready.Enqueue(Scenario.Prepare(world));
    }

    private void Run(EventWorld world)
    {
        // Only if the engine invokes more often than the job says: then this one event's setup is timed too.
        Action next = _ready.Count > 0 ? _ready.Dequeue() : Scenario.Prepare(world);
        next();
        world.Pipeline.AsyncQueue.Drain();
    }
}
