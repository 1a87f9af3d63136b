using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace CxJourney.Dataverse.Auth;

/// <summary>
/// Sign-in to the local organization (`cxjourney serve`) without Entra ID: the server's own secret,
/// when it has one, from CXJOURNEY_LOCAL_TOKEN or the file `serve` leaves for its port
/// (<see cref="TokenFile"/>). Only ever for a loopback address, so a typo can never send a request
/// meant for the local organization to a real one.
/// </summary>
public sealed class LocalSignIn : ITokenProvider
{
    public const string TokenVariable = "CXJOURNEY_LOCAL_TOKEN";

    private readonly string? _token;

    private LocalSignIn(string? token) { _token = token; }

    /// <summary>The local sign-in for <paramref name="url"/>; throws when the host is not this machine.</summary>
    public static LocalSignIn For(Uri url, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsLoopback(url)) throw new ArgumentException($"--local signs in to the local organization only; {url.Host} is not a loopback address (127.0.0.1, ::1 or localhost).", nameof(url));
        return new LocalSignIn(token ?? FindToken(url.Port));
    }

    /// <summary>Where `serve` on <paramref name="port"/> keeps its secret for the local user: ~/.cxjourney/local-PORT.token.</summary>
    public static string TokenFile(int port) =>
        System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cxjourney", $"local-{port}.token");

    private static string? FindToken(int port)
    {
        if (Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token) return token;
        string file = TokenFile(port);
        return System.IO.File.Exists(file) ? System.IO.File.ReadAllText(file).Trim() : null;
    }

    public static bool IsLoopback(Uri url) =>
        string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.Host.Trim('[', ']'), out IPAddress? address) && IPAddress.IsLoopback(address));

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(_token);
}
