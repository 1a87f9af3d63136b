using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CxJourney.Emulator.Pipeline;

namespace CxJourney.Plugins.Tests.Infrastructure;

/// <summary>
/// The asynchronous service with two workers: both take jobs from the queue at the same time until it is empty (Dataverse
/// runs system jobs in parallel, in any order), then what is left (retries) is drained.
/// </summary>
internal static class TwoWorkers
{
    public static (IReadOnlyList<AsyncJobResult> Results, IReadOnlyList<Exception> Errors) Run(AsyncQueue queue)
    {
        var errors = new ConcurrentQueue<Exception>();
        var results = new ConcurrentQueue<AsyncJobResult>();
        using var start = new Barrier(2);
        void Worker()
        {
            try
            {
                start.SignalAndWait();
                while (queue.RunNext() is AsyncJobResult result) results.Enqueue(result);
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        }
        var workers = new[] { new Thread(Worker), new Thread(Worker) };
        foreach (var t in workers) t.Start();
        foreach (var t in workers) t.Join();
        foreach (var rest in queue.Drain()) results.Enqueue(rest);
        return (results.ToList(), errors.ToList());
    }
}
