using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace CxJourney.Dataverse.Auth;

/// <summary>
/// Entra ID sign-in with Microsoft.Identity.Client for the organization's resource
/// (<c>https://org.crm.dynamics.com/.default</c>): as the admin (interactive browser or device code,
/// token cache on disk, silent when the cache has a token), or as an application user in pipelines
/// (client secret or certificate; MSAL caches the app token in memory for the process).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth
// https://learn.microsoft.com/power-apps/developer/data-platform/use-single-tenant-server-server-authentication
public sealed class MsalSignIn : ITokenProvider
{
    private readonly string[] _scopes;
    private readonly IPublicClientApplication? _user;
    private readonly IConfidentialClientApplication? _application;
    private readonly bool _deviceCode;
    private readonly Action<string> _prompt;

    public MsalSignIn(Uri organizationUrl, SignInOptions options, Action<string> prompt)
    {
        ArgumentNullException.ThrowIfNull(organizationUrl);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ClientId))
            throw new ArgumentException("Signing in to a real organization needs the app registration's client id (--client-id, or CXJOURNEY_CLIENT_ID); see README, 'Deploying to a real organization'.");
        if (!string.Equals(organizationUrl.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"{organizationUrl} is not https: Dataverse organizations are only reached over https (use --local for the local organization).");
        _scopes = [organizationUrl.GetLeftPart(UriPartial.Authority) + "/.default"];
        _deviceCode = options.DeviceCode;
        _prompt = prompt;
        string authority = "https://login.microsoftonline.com/" + options.Tenant;
        if (options.IsApplication)
        {
            if (options.Tenant is "organizations" or "common")
                throw new ArgumentException("An application signs in to one tenant: pass --tenant with the tenant id or domain.");
            ConfidentialClientApplicationBuilder builder = ConfidentialClientApplicationBuilder.Create(options.ClientId).WithAuthority(authority);
            builder = options.CertificateFile is string file
                ? builder.WithCertificate(LoadCertificate(file, options.CertificatePassword))
                : builder.WithClientSecret(options.ClientSecret);
            _application = builder.Build();
        }
        else
        {
            _user = PublicClientApplicationBuilder.Create(options.ClientId).WithAuthority(authority).WithRedirectUri("http://localhost").Build();
            TokenCacheFile.Bind(_user.UserTokenCache, options.CacheFile ?? TokenCacheFile.DefaultPath);
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_application is not null)
                return (await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken)).AccessToken;
            IAccount? account = (await _user!.GetAccountsAsync()).FirstOrDefault();
            if (account is not null)
            {
                try
                {
                    return (await _user.AcquireTokenSilent(_scopes, account).ExecuteAsync(cancellationToken)).AccessToken;
                }
                catch (MsalUiRequiredException)
                {
                    // The cached sign-in expired or needs consent: ask again below.
                }
            }
            AuthenticationResult result = _deviceCode
                ? await _user.AcquireTokenWithDeviceCode(_scopes, code => { _prompt(code.Message); return Task.CompletedTask; }).ExecuteAsync(cancellationToken)
                : await _user.AcquireTokenInteractive(_scopes).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException error)
        {
            throw new DataverseException($"Signing in to {_scopes[0].Replace("/.default", "", StringComparison.Ordinal)} failed: {error.ErrorCode}: {error.Message}", error);
        }
    }

    private static X509Certificate2 LoadCertificate(string file, string? password)
    {
        if (!File.Exists(file)) throw new FileNotFoundException($"The certificate file {file} does not exist.", file);
        return X509CertificateLoader.LoadPkcs12FromFile(file, password);
    }
}
