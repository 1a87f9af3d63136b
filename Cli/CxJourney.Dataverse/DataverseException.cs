using System;
using System.Net;

namespace CxJourney.Dataverse;

/// <summary>
/// A request Dataverse refused or could not serve: the HTTP status, and the OData error body's code
/// (e.g. 0x80040217) and message exactly as the platform wrote them, so an admin sees the real reason.
/// </summary>
public sealed class DataverseException : Exception
{
    public DataverseException(string method, Uri uri, HttpStatusCode status, string? code, string message)
        : base(Describe(method, uri, status, code, message))
    {
        Method = method;
        Uri = uri;
        Status = status;
        Code = code;
        PlatformMessage = message;
    }

    public DataverseException(string message, Exception? inner = null) : base(message, inner)
    {
        Method = "";
        Uri = new Uri("about:blank");
        PlatformMessage = message;
    }

    public string Method { get; }

    public Uri Uri { get; }

    public HttpStatusCode Status { get; }

    /// <summary>The OData error code (Dataverse's hexadecimal error code), when the body had one.</summary>
    public string? Code { get; }

    /// <summary>The platform's own message, without our prefix.</summary>
    public string PlatformMessage { get; }

    private static string Describe(string method, Uri uri, HttpStatusCode status, string? code, string message) =>
        $"{method} {uri.PathAndQuery} failed: {(int)status} {status}{(code is null ? "" : " " + code)}: {message}";
}
