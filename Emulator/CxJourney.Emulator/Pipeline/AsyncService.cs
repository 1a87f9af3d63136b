using System;
using System.Collections.Generic;
using System.Threading;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// The asynchronous service running on its own: a background thread takes the jobs the
/// <see cref="AsyncQueue"/> holds, one attempt at a time, as soon as they are queued, so that a
/// served organization's journeys and scores follow its writes within moments, as Dataverse's
/// asynchronous service makes them follow. A job that asks for a retry goes back on the queue and
/// runs again (up to the platform's attempts) after <see cref="AsyncServiceOptions.RetryDelay"/>;
/// every attempt runs under the organization's lock, so it is isolated from requests as a
/// transaction of its own. Dispose to stop; a job in progress finishes first.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
// https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#retry-an-asynchronous-plug-in
public sealed class AsyncService : IDisposable
{
    private readonly PluginPipeline _pipeline;
    private readonly AsyncServiceOptions _options;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stop = new();
    private readonly object _gate = new();
    private readonly List<AsyncJobResult> _failures = new();
    private readonly List<string> _errors = new();
    private long _runs;
    private volatile bool _running;

    private AsyncService(PluginPipeline pipeline, AsyncServiceOptions options)
    {
        _pipeline = pipeline;
        _options = options;
        _thread = new Thread(Loop) { IsBackground = true, Name = "Local organization asynchronous service" };
    }

    /// <summary>Starts running <paramref name="pipeline"/>'s queue in the background.</summary>
    public static AsyncService Start(PluginPipeline pipeline, AsyncServiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        options ??= new AsyncServiceOptions();
        if (options.PollInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), options.PollInterval, "The poll interval must be positive.");
        if (options.RetryDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), options.RetryDelay, "The retry delay cannot be negative.");
        var service = new AsyncService(pipeline, options);
        service._thread.Start();
        return service;
    }

    /// <summary>Attempts run so far (first runs and retries).</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>Jobs that ended failed (their system job rows say why too).</summary>
    public IReadOnlyList<AsyncJobResult> Failures
    {
        get { lock (_gate) { return _failures.ToArray(); } }
    }

    /// <summary>True while the queue has nothing waiting; a job being run counts as waiting until it ends.</summary>
    public bool IsIdle => _pipeline.AsyncQueue.Pending == 0 && !_running;

    /// <summary>Errors of the service itself (not of plug-ins): each would otherwise have stopped it.</summary>
    public IReadOnlyList<string> Errors
    {
        get { lock (_gate) { return _errors.ToArray(); } }
    }

    private void Loop()
    {
        while (!_stop.IsSet)
        {
            AsyncJobResult? result;
            try
            {
                _running = true;
                lock (_pipeline.Core.Store.Gate)
                {
                    result = _pipeline.AsyncQueue.RunNext();
                }
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // The queue records a plug-in's failure itself; anything else must not end the service.
                result = null;
                lock (_gate) { _errors.Add(error.Message); }
            }
            finally
            {
                _running = false;
            }

            if (result is null)
            {
                _stop.Wait(_options.PollInterval);
                continue;
            }

            Interlocked.Increment(ref _runs);
            if (result.Outcome == StepOutcome.Failed)
            {
                lock (_gate) { _failures.Add(result); }
            }
            else if (result.Outcome == StepOutcome.Retry && _options.RetryDelay > TimeSpan.Zero)
            {
                _stop.Wait(_options.RetryDelay);
            }
        }
    }

    public void Dispose()
    {
        if (_stop.IsSet) return;
        _stop.Set();
        if (Thread.CurrentThread != _thread) _thread.Join();
        _stop.Dispose();
    }
}

/// <summary>How an <see cref="AsyncService"/> runs.</summary>
public sealed record AsyncServiceOptions
{
    /// <summary>How long the service sleeps when the queue is empty before looking again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long the service waits after an attempt that asked to be retried.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}
