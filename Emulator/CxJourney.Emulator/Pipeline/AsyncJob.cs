using System;

namespace CxJourney.Emulator.Pipeline;

public enum AsyncJobStatus
{
    /// <summary>In the queue: not run yet, or waiting for a retry or a re-delivery.</summary>
    Waiting,
    Succeeded,
    Failed,
}

/// <summary>
/// An asynchronous step run waiting in, or done by, the <see cref="AsyncQueue"/>: a frozen copy of
/// the execution context taken when the operation ran, and its system job (asyncoperation row).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
public sealed class AsyncJob
{
    internal AsyncJob(RegisteredStep step, PluginExecutionContext snapshot, OperationRecord? operation)
    {
        Step = step;
        Snapshot = snapshot;
        Operation = operation;
    }

    public RegisteredStep Step { get; }

    /// <summary>The asyncoperation row recording the job (also the context's OperationId).</summary>
    public Guid SystemJobId { get; internal set; }

    public string MessageName => Snapshot.MessageName;

    public string PrimaryEntityName => Snapshot.PrimaryEntityName;

    public Guid PrimaryEntityId => Snapshot.PrimaryEntityId;

    public int Depth => Snapshot.Depth;

    public Guid CorrelationId => Snapshot.CorrelationId;

    public AsyncJobStatus Status { get; internal set; } = AsyncJobStatus.Waiting;

    /// <summary>Runs in the current delivery (1 + retries).</summary>
    public int Attempts { get; internal set; }

    /// <summary>How many times the job was handed to the plug-in from the start (re-deliveries add one).</summary>
    public int Deliveries { get; internal set; }

    public string? Error { get; internal set; }

    /// <summary>The top-level operation that queued the job.</summary>
    public OperationRecord? Operation { get; }

    /// <summary>The context as it was when the job was queued; each run gets its own copy.</summary>
    internal PluginExecutionContext Snapshot { get; }

    public override string ToString() => $"{Step.Name} on {PrimaryEntityName} {PrimaryEntityId}: {Status} after {Attempts} attempt(s)";
}

/// <summary>How one delivery of a job ended.</summary>
public sealed record AsyncJobResult(AsyncJob Job, int Delivery, int Attempts, StepOutcome Outcome, string? Error);
