using System.Text.Json;

namespace CxJourney.Dataverse.Http;

/// <summary>Reads Dataverse's OData error body: <c>{"error":{"code":"0x...","message":"..."}}</c>.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#parse-errors-from-the-response
internal static class ODataError
{
    public static (string? Code, string Message) Read(string body, string fallback)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, fallback);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out JsonElement error)
                && error.ValueKind == JsonValueKind.Object)
            {
                string? code = error.TryGetProperty("code", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                string? message = error.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                return (string.IsNullOrEmpty(code) ? null : code, string.IsNullOrEmpty(message) ? fallback : message);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a gateway's HTML page): show its start.
        }
        string text = body.Trim();
        return (null, text.Length > 300 ? text[..300] + "..." : text);
    }
}
