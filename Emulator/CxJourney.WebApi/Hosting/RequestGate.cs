using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CxJourney.WebApi.Hosting;

/// <summary>
/// Who may talk to the server, checked before anything else runs:
/// - the Host header must name this server (127.0.0.1 or localhost with its port), so a page on another
///   site cannot reach it by DNS rebinding;
/// - a request carrying an Origin must come from this server's own origin, so another site's page cannot
///   write (or read) through the visitor's browser;
/// - the Web API answers only requests that prove they come from whoever started the server: the
///   per-server secret as "Authorization: Bearer &lt;token&gt;", or the session cookie that
///   GET /signin?token=&lt;token&gt; sets (HttpOnly, SameSite=Strict) for the views in a browser;
/// - writes need an application/json body.
/// No header by itself chooses the user: requests run as the user the server was started for, and
/// MSCRMCallerID is honoured only when that user holds prvActOnBehalfOfAnotherUser.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors
// https://developer.mozilla.org/docs/Web/HTTP/Headers/Origin
internal sealed class RequestGate
{
    public const string CookieName = "cxjourney_session";
    public const string SignInPath = "/signin";

    private readonly byte[] _token;

    public RequestGate(string token)
    {
        Token = token;
        _token = Encoding.UTF8.GetBytes(token);
    }

    public string Token { get; }

    /// <summary>Filled in once the port is known.</summary>
    public int Port { get; set; }

    public async Task HandleAsync(HttpContext http, RequestDelegate next)
    {
        HttpRequest request = http.Request;
        if (!IsOwnHost(request.Host))
        {
            await RefuseAsync(http, StatusCodes.Status421MisdirectedRequest, "MisdirectedRequest", $"The Host '{request.Host}' is not this server.");
            return;
        }
        string? origin = request.Headers.Origin;
        if (!string.IsNullOrEmpty(origin) && !IsOwnOrigin(origin))
        {
            await RefuseAsync(http, StatusCodes.Status403Forbidden, "CrossOriginRequest", $"Requests from '{origin}' are refused: only this server's own pages may call it.");
            return;
        }
        if (request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase))
        {
            await SignInAsync(http);
            return;
        }
        if (!request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(http);
            return;
        }
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            await RefuseAsync(http, StatusCodes.Status403Forbidden, "CrossOriginRequest", "Cross-site requests are refused.");
            return;
        }
        if (!IsSignedIn(request))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await RefuseAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized", "Sign in first: send the server's token as 'Authorization: Bearer <token>', or open /signin?token=<token> in the browser.");
            return;
        }
        if (request.Method is "POST" or "PATCH" or "PUT" && !IsJson(request))
        {
            await RefuseAsync(http, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Writes need a body of Content-Type application/json.");
            return;
        }
        await next(http);
    }

    private bool IsOwnHost(HostString host) =>
        host.HasValue && host.Port == Port && (host.Host == "127.0.0.1" || string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase));

    private bool IsOwnOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out Uri? uri) && uri.Scheme == Uri.UriSchemeHttp && uri.Port == Port
        && (uri.Host == "127.0.0.1" || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        && uri.AbsolutePath == "/";

    private bool IsSignedIn(HttpRequest request)
    {
        string? authorization = request.Headers.Authorization;
        if (authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(authorization["Bearer ".Length..].Trim())) return true;
        return request.Cookies.TryGetValue(CookieName, out string? cookie) && Matches(cookie);
    }

    private bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _token);

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is string type && type.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>GET /signin?token=...&amp;to=/path: sets the session cookie and goes to a page of this server.</summary>
    private async Task SignInAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !Matches(http.Request.Query["token"]))
        {
            await RefuseAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized", "The sign-in token is not this server's.");
            return;
        }
        string to = http.Request.Query["to"].ToString();
        if (to.Length == 0 || to[0] != '/' || to.StartsWith("//", StringComparison.Ordinal) || to.Contains('\\')) to = "/";
        http.Response.Cookies.Append(CookieName, Encoding.UTF8.GetString(_token), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
        http.Response.Redirect(to);
    }

    private static Task RefuseAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(new { error = new { code, message } });
        return http.Response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>A fresh secret for one server run.</summary>
    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
