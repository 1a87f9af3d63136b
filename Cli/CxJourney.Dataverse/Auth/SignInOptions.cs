using System;

namespace CxJourney.Dataverse.Auth;

/// <summary>How to sign in to a real organization, from the command line.</summary>
public sealed record SignInOptions
{
    /// <summary>The app registration's Application (client) id.</summary>
    public string? ClientId { get; init; }

    /// <summary>The Entra ID tenant (id or domain); "organizations" lets any work account sign in.</summary>
    public string Tenant { get; init; } = "organizations";

    /// <summary>Pipelines: the app's client secret (from an environment variable, never the command line).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Pipelines: a PKCS#12 (.pfx) certificate file registered on the app, and its password.</summary>
    public string? CertificateFile { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary>Admins without a browser on this machine: sign in on another device with a code.</summary>
    public bool DeviceCode { get; init; }

    /// <summary>Where the user token cache lives; default ~/.cxjourney/msal-cache.bin.</summary>
    public string? CacheFile { get; init; }

    public bool IsApplication => ClientSecret is not null || CertificateFile is not null;
}
