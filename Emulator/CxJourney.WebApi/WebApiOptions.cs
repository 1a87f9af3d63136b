using System;

namespace CxJourney.WebApi;

/// <summary>How to run a <see cref="LocalWebApiServer"/>.</summary>
public sealed record WebApiOptions
{
    /// <summary>The TCP port on 127.0.0.1; 0 (the default) lets the system pick a free one (see <see cref="LocalWebApiServer.BaseUri"/>).</summary>
    public int Port { get; init; }

    /// <summary>A folder served at / (index.html for a folder), with a strict Content-Security-Policy; null serves no files.</summary>
    public string? WebRoot { get; init; }

    /// <summary>The user requests run as (the "--as" user); default: the organization's administrator.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The secret clients must present; default: a new random one per server (see LocalWebApiServer.AccessToken).</summary>
    public string? AccessToken { get; init; }
}
