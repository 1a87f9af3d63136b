using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CxJourney.Dataverse.Auth;
using CxJourney.Dataverse.Http;

namespace CxJourney.Dataverse;

/// <summary>
/// The Dataverse Web API as the tools use it: JSON in and out, the OData headers Dataverse expects,
/// annotations (formatted values, lookup names) asked for with Prefer, collections read page by page
/// through @odata.nextLink, and every refusal turned into a <see cref="DataverseException"/> carrying
/// the platform's message. Retries live in <see cref="ServiceProtectionHandler"/>.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors
public sealed class DataverseClient : IDisposable
{
    public const string ApiVersion = "v9.2";
    private const string IncludeAnnotations = "odata.include-annotations=\"*\"";

    private readonly HttpClient _http;
    private readonly ITokenProvider _tokens;

    public DataverseClient(Uri organizationUrl, ITokenProvider tokens, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(organizationUrl);
        OrganizationUrl = new Uri(organizationUrl.GetLeftPart(UriPartial.Authority) + "/");
        ApiUri = new Uri(OrganizationUrl, "api/data/" + ApiVersion + "/");
        _tokens = tokens;
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = TimeSpan.FromMinutes(10) };
    }

    /// <summary>A client that retries as <paramref name="policy"/> says, over the real network.</summary>
    public static DataverseClient Create(Uri organizationUrl, ITokenProvider tokens, RetryPolicy? policy = null, IDelay? delay = null) =>
        new(organizationUrl, tokens, new ServiceProtectionHandler(policy, delay));

    public Uri OrganizationUrl { get; }

    /// <summary>e.g. https://contoso.crm.dynamics.com/api/data/v9.2/</summary>
    public Uri ApiUri { get; }

    /// <summary>GET one resource (a record, a function's answer); null when it does not exist (404).</summary>
    public async Task<JsonObject?> GetAsync(string relative, CancellationToken cancellationToken = default)
    {
        using HttpRequestMessage request = await RequestAsync(HttpMethod.Get, relative, null, cancellationToken);
        request.Headers.TryAddWithoutValidation("Prefer", IncludeAnnotations);
        using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        return await ReadObjectAsync(request, response, cancellationToken) ?? new JsonObject();
    }

    /// <summary>GET a collection, following @odata.nextLink until the last page.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
    public async Task<IReadOnlyList<JsonObject>> GetAllAsync(string relative, int pageSize = 500, CancellationToken cancellationToken = default)
    {
        var rows = new List<JsonObject>();
        string? next = relative;
        while (next is not null)
        {
            using HttpRequestMessage request = await RequestAsync(HttpMethod.Get, next, null, cancellationToken);
            request.Headers.TryAddWithoutValidation("Prefer", $"odata.maxpagesize={pageSize},{IncludeAnnotations}");
            using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken);
            JsonObject page = await ReadObjectAsync(request, response, cancellationToken)
                ?? throw new DataverseException($"GET {request.RequestUri} answered no collection.");
            if (page["value"] is JsonArray values)
            {
                foreach (JsonNode? value in values) if (value is JsonObject row) rows.Add((JsonObject)row.DeepClone());
            }
            next = page["@odata.nextLink"]?.GetValue<string>();
        }
        return rows;
    }

    /// <summary>POST a new record; its id from the OData-EntityId header.</summary>
    public async Task<Guid> CreateAsync(string entitySet, JsonObject record, CancellationToken cancellationToken = default)
    {
        using HttpRequestMessage request = await RequestAsync(HttpMethod.Post, entitySet, record, cancellationToken);
        using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken);
        await ReadObjectAsync(request, response, cancellationToken);
        string? entityId = response.Headers.TryGetValues("OData-EntityId", out var values) ? values.FirstOrDefault() : null;
        return entityId is not null && EntityIdOf(entityId) is Guid id
            ? id
            : throw new DataverseException($"POST {entitySet} answered no OData-EntityId header.");
    }

    /// <summary>PATCH a record (update only: If-Match * keeps a PATCH from creating a missing record).</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api#prevent-create-in-upsert
    public async Task UpdateAsync(string recordPath, JsonObject changes, CancellationToken cancellationToken = default)
    {
        using HttpRequestMessage request = await RequestAsync(HttpMethod.Patch, recordPath, changes, cancellationToken);
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken);
        await ReadObjectAsync(request, response, cancellationToken);
    }

    /// <summary>POST an unbound action (ImportSolutionAsync, PublishAllXml); its answer, or null for 204.</summary>
    public async Task<JsonObject?> ExecuteAsync(string action, JsonObject? parameters = null, CancellationToken cancellationToken = default)
    {
        using HttpRequestMessage request = await RequestAsync(HttpMethod.Post, action, parameters ?? new JsonObject(), cancellationToken);
        using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken);
        return await ReadObjectAsync(request, response, cancellationToken);
    }

    /// <summary>An OData string literal: quotes doubled, as $filter needs.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>An OData date-time literal in UTC.</summary>
    public static string Literal(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static Guid? EntityIdOf(string entityId)
    {
        int open = entityId.LastIndexOf('(');
        int close = entityId.LastIndexOf(')');
        return open >= 0 && close > open && Guid.TryParse(entityId.AsSpan(open + 1, close - open - 1), out Guid id) ? id : null;
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string relative, JsonObject? body, CancellationToken cancellationToken)
    {
        Uri uri = Uri.TryCreate(relative, UriKind.Absolute, out Uri? absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute
            : new Uri(ApiUri, relative);
        if (!string.Equals(uri.Authority, ApiUri.Authority, StringComparison.OrdinalIgnoreCase))
        {
            // A next link pointing elsewhere would carry our token to another host.
            throw new DataverseException($"Refusing to follow {uri}: it is not on {ApiUri.Authority}.");
        }
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("OData-MaxVersion", "4.0");
        request.Headers.TryAddWithoutValidation("OData-Version", "4.0");
        string? token = await _tokens.GetTokenAsync(cancellationToken);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return request;
    }

    private static async Task<JsonObject?> ReadObjectAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            (string? code, string message) = ODataError.Read(text, response.ReasonPhrase ?? response.StatusCode.ToString());
            throw new DataverseException(request.Method.Method, request.RequestUri!, response.StatusCode, code, message);
        }
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException error)
        {
            throw new DataverseException($"{request.Method} {request.RequestUri} answered a body that is not JSON: {error.Message}", error);
        }
    }

    public void Dispose() => _http.Dispose();
}
