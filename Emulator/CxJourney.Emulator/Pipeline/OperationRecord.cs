using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.SolutionModel;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// One request that came from outside the organization, with every step run it caused at any
/// depth (its asynchronous runs too, once the queue has run them). "Service calls per operation"
/// is <see cref="ServiceCallCount"/>.
/// </summary>
public sealed class OperationRecord
{
    private readonly object _gate = new();
    private readonly List<StepRun> _runs = new();

    internal OperationRecord(long sequence, string messageName, string primaryEntityName, Guid correlationId)
    {
        Sequence = sequence;
        MessageName = messageName;
        PrimaryEntityName = primaryEntityName;
        CorrelationId = correlationId;
    }

    public long Sequence { get; }

    public string MessageName { get; }

    public string PrimaryEntityName { get; }

    public Guid CorrelationId { get; }

    /// <summary>False when the request failed (and was rolled back).</summary>
    public bool Succeeded { get; internal set; }

    public IReadOnlyList<StepRun> StepRuns
    {
        get { lock (_gate) { return _runs.ToArray(); } }
    }

    /// <summary>Service calls made by the synchronous steps of this request (those that ran inside it).</summary>
    public int SyncServiceCallCount => StepRuns.Where(r => r.Mode == PluginStepMode.Synchronous).Sum(r => r.ServiceCalls.Count);

    /// <summary>Service calls made by every step run of this request, asynchronous ones included.</summary>
    public int ServiceCallCount => StepRuns.Sum(r => r.ServiceCalls.Count);

    internal void Add(StepRun run)
    {
        lock (_gate) { _runs.Add(run); }
    }

    public override string ToString() => $"#{Sequence} {MessageName} {PrimaryEntityName}: {StepRuns.Count} step runs, {ServiceCallCount} service calls";
}
