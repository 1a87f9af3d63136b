using System;

namespace CxJourney.Dataverse.Http;

/// <summary>
/// How often and how long the client retries. Service protection (429) answers say how long to wait
/// in Retry-After; transient server errors (502, 503, 504) are retried with exponential backoff.
/// Both are bounded so a throttled pipeline fails with a clear message instead of hanging.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#how-to-re-try
public sealed record RetryPolicy
{
    public static readonly RetryPolicy Default = new();

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first backoff of a transient failure; doubled on each further attempt.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest single wait the client accepts (Retry-After beyond it fails instead).</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A 429 without Retry-After (not expected from Dataverse) waits this long.</summary>
    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Backoff(int attempt) => TimeSpan.FromTicks(Math.Min(MaxWait.Ticks, FirstBackoff.Ticks * (1L << Math.Min(attempt - 1, 20))));
}
