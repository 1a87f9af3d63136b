using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CxJourney.WebApi.Hosting;

/// <summary>
/// Headers every response carries. The Content-Security-Policy lets a page load scripts, styles,
/// images and API calls from this server only (images also from data: URIs), forbids plug-ins,
/// base-URI changes and framing by other origins; nosniff keeps browsers to the declared types.
/// </summary>
// https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

    public static Task ApplyAsync(HttpContext http, RequestDelegate next)
    {
        IHeaderDictionary headers = http.Response.Headers;
        headers["Content-Security-Policy"] = ContentSecurityPolicy;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next(http);
    }
}
