using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// The asynchronous service, run by hand: asynchronous steps are queued when their operation
/// commits (never when it rolls back) and run only when a test drains the queue, first in first
/// out, on the calling thread. A plug-in that throws InvalidPluginExecutionException with
/// OperationStatus.Retry runs again, up to the platform's four attempts; any other failure ends
/// the job, recorded as a failed system job. Re-delivery runs a finished job again, as the
/// platform may, so that idempotency can be tested.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#retry-an-asynchronous-plug-in
public sealed class AsyncQueue
{
    private readonly object _gate = new();
    private readonly LinkedList<AsyncJob> _waiting = new();
    private readonly List<AsyncJob> _jobs = new();
    private readonly PluginPipeline _pipeline;
    private readonly SystemJobs _systemJobs;

    internal AsyncQueue(PluginPipeline pipeline)
    {
        _pipeline = pipeline;
        _systemJobs = new SystemJobs(pipeline.Core);
    }

    /// <summary>Jobs waiting to run (first runs, retries and re-deliveries).</summary>
    public int Pending
    {
        get { lock (_gate) { return _waiting.Count; } }
    }

    /// <summary>
    /// Whether <see cref="Jobs"/> keeps finished jobs (the default, for tests that re-deliver them). A long replay
    /// turns it off: each finished job holds its context and its operation's step runs with their traces, and
    /// the platform keeps no such history in memory either.
    /// </summary>
    public bool KeepFinishedJobs { get; set; } = true;

    /// <summary>Every job ever queued, in queue order (only those not finished when <see cref="KeepFinishedJobs"/> is off).</summary>
    public IReadOnlyList<AsyncJob> Jobs
    {
        get { lock (_gate) { return _jobs.ToArray(); } }
    }

    /// <summary>When true, every job that succeeds is delivered once more (at-least-once delivery).</summary>
    public bool RedeliverEverySuccess { get; set; }

    /// <summary>A drain stops with an exception after this many runs: a chain of jobs that never ends is a bug.</summary>
    public int MaxRunsPerDrain { get; set; } = 10_000;

    /// <summary>Runs queued jobs (and the jobs they queue, and retries) until none is left; answers how each delivery ended.</summary>
    public IReadOnlyList<AsyncJobResult> Drain()
    {
        var finished = new List<AsyncJobResult>();
        int runs = 0;
        while (RunNext() is AsyncJobResult result)
        {
            if (++runs > MaxRunsPerDrain)
            {
                throw new InvalidOperationException($"The asynchronous queue ran {MaxRunsPerDrain} jobs in one drain and is not empty: the jobs keep queueing jobs.");
            }
            if (result.Outcome != StepOutcome.Retry) finished.Add(result);
        }
        return finished;
    }

    /// <summary>Runs the first waiting job once (one attempt); null when the queue is empty.</summary>
    public AsyncJobResult? RunNext()
    {
        AsyncJob? job;
        lock (_gate)
        {
            if (_waiting.Count == 0) return null;
            job = _waiting.First!.Value;
            _waiting.RemoveFirst();
        }
        return Run(job);
    }

    /// <summary>Queues a finished job for another delivery: the plug-in gets the same context again.</summary>
    public void Redeliver(AsyncJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            if (job.Status == AsyncJobStatus.Waiting) throw new InvalidOperationException($"The job '{job}' is still waiting to run.");
            job.Status = AsyncJobStatus.Waiting;
            job.Attempts = 0;
            _waiting.AddLast(job);
        }
    }

    /// <summary>Forgets every waiting job (the system job rows stay as they are).</summary>
    public void Clear()
    {
        lock (_gate) { _waiting.Clear(); }
    }

    internal void Enqueue(AsyncJob job)
    {
        job.SystemJobId = _systemJobs.Create(job);
        lock (_gate)
        {
            _jobs.Add(job);
            _waiting.AddLast(job);
        }
    }

    private AsyncJobResult Run(AsyncJob job)
    {
        if (job.Attempts == 0) job.Deliveries++;
        job.Attempts++;
        PluginExecutionContext context = ContextCopy.Context(job.Snapshot);
        context.OperationId = job.SystemJobId;
        RequestContext caller = CallerAtDepth(context);
        _systemJobs.Started(job);

        Exception? failure = _pipeline.Invoke(job.Step, null, context, caller, owner: null, job.Operation, callerRun: null, job.Attempts, out StepRun run);
        if (failure is null)
        {
            job.Status = AsyncJobStatus.Succeeded;
            job.Error = null;
            _systemJobs.Succeeded(job, run.Duration);
            var succeeded = new AsyncJobResult(job, job.Deliveries, job.Attempts, StepOutcome.Succeeded, null);
            if (RedeliverEverySuccess && job.Deliveries == 1) Redeliver(job);
            else Forget(job);
            return succeeded;
        }

        string message = MessageOf(failure);
        if (failure is InvalidPluginExecutionException { Status: OperationStatus.Retry } && job.Attempts < _pipeline.Settings.AsyncMaxAttempts)
        {
            job.Error = message;
            _systemJobs.WaitingForRetry(job);
            lock (_gate) { _waiting.AddLast(job); }
            return new AsyncJobResult(job, job.Deliveries, job.Attempts, StepOutcome.Retry, message);
        }

        job.Status = AsyncJobStatus.Failed;
        job.Error = message;
        _systemJobs.Failed(job, message, ErrorCodeOf(failure), run.Duration);
        Forget(job);
        return new AsyncJobResult(job, job.Deliveries, job.Attempts, StepOutcome.Failed, message);
    }

    private void Forget(AsyncJob job)
    {
        if (KeepFinishedJobs) return;
        lock (_gate) { _jobs.Remove(job); }
    }

    /// <summary>
    /// A request context at the job's depth, outside any transaction, so that the plug-in's calls
    /// are one level deeper than the operation that queued it and each commits on its own.
    /// </summary>
    private static RequestContext CallerAtDepth(PluginExecutionContext context)
    {
        RequestContext caller = RequestContext.ForCaller(context.UserId, context.InitiatingUserId, null, context.CorrelationId);
        // RequestContext only deepens through plug-in calls; the links it leaves are never read for async runs.
        for (int depth = 1; depth < context.Depth; depth++) caller = caller.ForPluginCall(context.UserId, context.MessageName);
        return caller;
    }

    private static string MessageOf(Exception failure) => failure switch
    {
        FaultException<OrganizationServiceFault> fault => fault.Detail?.Message ?? fault.Message,
        InvalidPluginExecutionException invalid => invalid.Message,
        _ => $"Unexpected exception from plug-in (Execute): {failure.GetType().FullName}: {failure.Message}",
    };

    private static int ErrorCodeOf(Exception failure) => failure switch
    {
        FaultException<OrganizationServiceFault> fault => fault.Detail?.ErrorCode ?? ErrorCodes.UnExpected,
        InvalidPluginExecutionException invalid => invalid.ErrorCode != 0 ? invalid.ErrorCode : ErrorCodes.IsvAborted,
        _ => ErrorCodes.IsvUnExpected,
    };
}
