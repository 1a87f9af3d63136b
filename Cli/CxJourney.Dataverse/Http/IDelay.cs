using System;
using System.Threading;
using System.Threading.Tasks;

namespace CxJourney.Dataverse.Http;

/// <summary>How the client waits between attempts; tests pass one that records the waits instead of sleeping.</summary>
public interface IDelay
{
    Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken);
}

/// <summary>Real waiting.</summary>
public sealed class TaskDelay : IDelay
{
    public static readonly TaskDelay Instance = new();

    public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken) => Task.Delay(duration, cancellationToken);
}
