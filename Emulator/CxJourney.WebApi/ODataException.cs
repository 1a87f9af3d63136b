using System;

namespace CxJourney.WebApi;

/// <summary>
/// (At the Web API root: both the OData parsers and the JSON readers throw it, and neither folder depends on the other.)
/// A request the Web API layer itself rejects (unknown segment or property, bad query syntax, bad
/// payload) before it reaches the organization. Dataverse reports these with the OData library's
/// wording, code "0x0" and 400, except an unknown resource segment (0x8006088a, 404).
/// </summary>
// https://learn.microsoft.com/troubleshoot/power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors
public sealed class ODataException : Exception
{
    public const string ParserErrorCode = "0x0";
    public const string ResourceNotFoundCode = "0x8006088a";

    public ODataException(string message, int statusCode = 400, string code = ParserErrorCode)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }

    public string Code { get; }

    public static ODataException UnknownProperty(string property, string table) =>
        new($"Could not find a property named '{property}' on type 'Microsoft.Dynamics.CRM.{table}'.");

    public static ODataException UnknownSegment(string segment) =>
        new($"Resource not found for the segment '{segment}'.", 404, ResourceNotFoundCode);

    public static ODataException NotSupported(string what) =>
        new($"{what} is not supported by the local Web API.");
}
