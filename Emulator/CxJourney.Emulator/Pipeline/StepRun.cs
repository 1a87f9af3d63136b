using System;
using System.Collections.Generic;
using CxJourney.SolutionModel;

namespace CxJourney.Emulator.Pipeline;

public enum StepOutcome
{
    Running,
    Succeeded,
    Failed,

    /// <summary>An asynchronous run that asked to be retried (InvalidPluginExecutionException with OperationStatus.Retry).</summary>
    Retry,
}

/// <summary>One execution of a plug-in step: where it ran, how long, how it ended, what it traced and called.</summary>
public sealed class StepRun
{
    private readonly object _gate = new();
    private readonly List<string> _trace = new();
    private readonly List<ServiceCall> _calls = new();

    internal StepRun(long sequence, string stepName, Guid? stepId, Type pluginType, string messageName, string primaryEntityName,
        PluginStepStage stage, PluginStepMode mode, int depth, int attempt, OperationRecord? operation, StepRun? caller)
    {
        Sequence = sequence;
        StepName = stepName;
        StepId = stepId;
        PluginType = pluginType;
        MessageName = messageName;
        PrimaryEntityName = primaryEntityName;
        Stage = stage;
        Mode = mode;
        Depth = depth;
        Attempt = attempt;
        Operation = operation;
        Caller = caller;
    }

    /// <summary>Order in the log (runs are numbered as they start).</summary>
    public long Sequence { get; }

    public string StepName { get; }

    /// <summary>The step's id, or null for a unit-mode run.</summary>
    public Guid? StepId { get; }

    public Type PluginType { get; }

    public string MessageName { get; }

    public string PrimaryEntityName { get; }

    public PluginStepStage Stage { get; }

    public PluginStepMode Mode { get; }

    public int Depth { get; }

    /// <summary>1 for the first run of an asynchronous job, 2 for its first retry...</summary>
    public int Attempt { get; }

    /// <summary>The top-level request this run belongs to (null for unit-mode runs).</summary>
    public OperationRecord? Operation { get; }

    /// <summary>The step run whose service call led to this one, or null.</summary>
    public StepRun? Caller { get; }

    public TimeSpan Duration { get; internal set; }

    public StepOutcome Outcome { get; internal set; } = StepOutcome.Running;

    /// <summary>The failure's message, when the run failed or asked to be retried.</summary>
    public string? Error { get; internal set; }

    public IReadOnlyList<string> Trace
    {
        get { lock (_gate) { return _trace.ToArray(); } }
    }

    /// <summary>Every request this run made through its organization service, in order.</summary>
    public IReadOnlyList<ServiceCall> ServiceCalls
    {
        get { lock (_gate) { return _calls.ToArray(); } }
    }

    internal void AddTrace(string line)
    {
        lock (_gate) { _trace.Add(line); }
    }

    internal void AddCall(ServiceCall call)
    {
        lock (_gate) { _calls.Add(call); }
    }

    public override string ToString() => $"#{Sequence} {StepName} [{Stage}, {Mode}, depth {Depth}] {Outcome} in {Duration.TotalMilliseconds:0.###} ms";
}

/// <summary>One request a plug-in made through the organization service its factory gave it.</summary>
public sealed class ServiceCall
{
    internal ServiceCall(StepRun run, string messageName, string primaryEntityName, Guid userId, int depth)
    {
        Run = run;
        MessageName = messageName;
        PrimaryEntityName = primaryEntityName;
        UserId = userId;
        Depth = depth;
    }

    /// <summary>The step run that made the call.</summary>
    public StepRun Run { get; }

    public string MessageName { get; }

    public string PrimaryEntityName { get; }

    /// <summary>The user the call ran as.</summary>
    public Guid UserId { get; }

    /// <summary>The depth of the request the call started (the caller's depth + 1).</summary>
    public int Depth { get; }

    public TimeSpan Duration { get; internal set; }

    public bool Succeeded { get; internal set; }

    public string? Error { get; internal set; }

    public override string ToString() => $"{MessageName} {PrimaryEntityName} (depth {Depth}) {(Succeeded ? "ok" : "failed: " + Error)}";
}
