using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace CxJourney.Dataverse.Auth;

/// <summary>
/// Sign-in to the local organization (`cxjourney serve`): no Entra ID, no token. Only ever for a
/// loopback address, so a typo can never send an unauthenticated request to a real organization.
/// </summary>
public sealed class LocalSignIn : ITokenProvider
{
    private LocalSignIn() { }

    /// <summary>The local sign-in for <paramref name="url"/>; throws when the host is not this machine.</summary>
    public static LocalSignIn For(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsLoopback(url)) throw new ArgumentException($"--local signs in to the local organization only; {url.Host} is not a loopback address (127.0.0.1, ::1 or localhost).", nameof(url));
        return new LocalSignIn();
    }

    public static bool IsLoopback(Uri url) =>
        string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.Host.Trim('[', ']'), out IPAddress? address) && IPAddress.IsLoopback(address));

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
