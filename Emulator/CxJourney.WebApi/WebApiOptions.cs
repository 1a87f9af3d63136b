using System;

namespace CxJourney.WebApi;

/// <summary>How to run a <see cref="LocalWebApiServer"/>.</summary>
public sealed record WebApiOptions
{
    /// <summary>The TCP port on 127.0.0.1; 0 (the default) lets the system pick a free one (see <see cref="LocalWebApiServer.BaseUri"/>).</summary>
    public int Port { get; init; }

    /// <summary>A folder served at / (index.html for a folder), with a strict Content-Security-Policy; null serves no files.</summary>
    public string? WebRoot { get; init; }

    /// <summary>
    /// The largest request body accepted, in bytes; a larger one is refused with 413 before it is read
    /// whole. Default 32 MiB, above anything a record write needs (a file column's content goes
    /// through its own chunked messages in Dataverse).
    /// </summary>
    public long MaxRequestBodyBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// Whether the server runs the organization's queued asynchronous jobs in the background while it
    /// serves (an <see cref="CxJourney.Emulator.Pipeline.AsyncService"/>), so that journeys and scores follow
    /// API writes as in Dataverse. Default true; has no effect on an organization without plug-ins.
    /// </summary>
    public bool RunAsyncJobs { get; init; } = true;

    /// <summary>How the background asynchronous service polls and retries; null: its defaults.</summary>
    public CxJourney.Emulator.Pipeline.AsyncServiceOptions? AsyncService { get; init; }

    /// <summary>The user requests run as (the "--as" user); default: the organization's administrator.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The secret clients must present; default: a new random one per server (see LocalWebApiServer.AccessToken).</summary>
    public string? AccessToken { get; init; }
}
