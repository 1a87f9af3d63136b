using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// What the pipeline did: each top-level operation, each step run (stage, mode, depth, duration,
/// outcome, trace) and each service call a step made. Tests and benchmarks read it to state
/// "service calls per operation"; <see cref="Clear"/> starts afresh.
/// </summary>
public sealed class ExecutionLog
{
    private readonly object _gate = new();
    private readonly List<OperationRecord> _operations = new();
    private readonly List<StepRun> _runs = new();
    private readonly ConcurrentDictionary<Guid, OperationRecord> _byCorrelation = new();
    private long _sequence;

    internal ExecutionLog(bool enabled) { Enabled = enabled; }

    /// <summary>False: nothing is recorded.</summary>
    public bool Enabled { get; set; }

    public IReadOnlyList<OperationRecord> Operations
    {
        get { lock (_gate) { return _operations.ToArray(); } }
    }

    public IReadOnlyList<StepRun> StepRuns
    {
        get { lock (_gate) { return _runs.ToArray(); } }
    }

    public IReadOnlyList<ServiceCall> ServiceCalls => StepRuns.SelectMany(r => r.ServiceCalls).ToList();

    /// <summary>The last top-level operation, or null.</summary>
    public OperationRecord? LastOperation
    {
        get { lock (_gate) { return _operations.Count == 0 ? null : _operations[^1]; } }
    }

    /// <summary>Runs of steps whose name or plug-in class (full or short name) is <paramref name="stepOrPluginType"/>.</summary>
    public IReadOnlyList<StepRun> RunsOf(string stepOrPluginType) =>
        StepRuns.Where(r => Matches(r, stepOrPluginType)).ToList();

    public IReadOnlyList<StepRun> RunsOf(Type pluginType) => StepRuns.Where(r => r.PluginType == pluginType).ToList();

    /// <summary>Every service call made by the runs of a step or plug-in class.</summary>
    public IReadOnlyList<ServiceCall> ServiceCallsBy(string stepOrPluginType) =>
        RunsOf(stepOrPluginType).SelectMany(r => r.ServiceCalls).ToList();

    public IReadOnlyList<ServiceCall> ServiceCallsBy(Type pluginType) => RunsOf(pluginType).SelectMany(r => r.ServiceCalls).ToList();

    public void Clear()
    {
        lock (_gate)
        {
            _operations.Clear();
            _runs.Clear();
            _byCorrelation.Clear();
        }
    }

    internal OperationRecord? BeginOperation(string message, string entity, Guid correlationId)
    {
        if (!Enabled) return null;
        var record = new OperationRecord(Interlocked.Increment(ref _sequence), message, entity, correlationId);
        lock (_gate) { _operations.Add(record); }
        _byCorrelation[correlationId] = record;
        return record;
    }

    internal OperationRecord? OperationOf(Guid correlationId) =>
        _byCorrelation.TryGetValue(correlationId, out OperationRecord? record) ? record : null;

    internal StepRun Start(Func<long, StepRun> create)
    {
        StepRun run = create(Interlocked.Increment(ref _sequence));
        if (!Enabled) return run;
        lock (_gate) { _runs.Add(run); }
        run.Operation?.Add(run);
        return run;
    }

    private static bool Matches(StepRun run, string name) =>
        string.Equals(run.StepName, name, StringComparison.Ordinal)
        || string.Equals(run.PluginType.FullName, name, StringComparison.Ordinal)
        || string.Equals(run.PluginType.Name, name, StringComparison.Ordinal);
}
