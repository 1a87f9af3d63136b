using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CxJourney.Emulator;
using CxJourney.SolutionModel.Metadata;
using CxJourney.WebApi.Json;
using CxJourney.WebApi.OData;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Http;

/// <summary>
/// Everything under /api/data/v9.x/: the service document, WhoAmI, and the entity sets
/// (collection GET and POST; record GET, PATCH and DELETE). Any failure becomes an OData error body.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/overview
internal sealed partial class WebApiEndpoint
{
    public const string PathPrefix = "/api/data/";

    private readonly LocalOrganization _organization;
    private readonly WebApiOptions _options;

    public WebApiEndpoint(LocalOrganization organization, WebApiOptions options)
    {
        _organization = organization;
        _options = options;
    }

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            await DispatchAsync(http);
        }
        catch (Exception error) when (!http.Response.HasStarted)
        {
            (int status, string code, string message) = ODataErrors.Describe(error);
            byte[] body = ODataJsonWriter.Error(code, message);
            http.Response.Clear();
            http.Response.StatusCode = status;
            http.Response.ContentType = WebApiRequest.JsonContentType;
            http.Response.Headers["OData-Version"] = "4.0";
            await http.Response.Body.WriteAsync(body);
        }
    }

    private Task DispatchAsync(HttpContext http)
    {
        string path = http.Request.Path.Value ?? "";
        Match version = VersionPattern().Match(path);
        if (!version.Success) throw ODataException.UnknownSegment(path.Length > PathPrefix.Length ? path[PathPrefix.Length..] : path);

        Uri apiUri = new($"{http.Request.Scheme}://{http.Request.Host}{PathPrefix}{version.Groups["version"].Value}/");
        string resource = version.Groups["resource"].Value;
        WebApiRequest request = new(http, _organization, ServiceFor(http), apiUri);
        string method = http.Request.Method;

        if (resource.Length == 0) return Only(method, "GET", () => ServiceDocumentAsync(request));
        if (resource is "WhoAmI" or "WhoAmI()") return Only(method, "GET", () => WhoAmIAsync(request));
        if (resource.StartsWith('$')) throw ODataException.NotSupported($"The resource '{resource}'");
        if (UnboundActions.IsAction(resource)) return UnboundActions.RunAsync(request, resource);

        ResourcePath target = ResourcePath.Parse(resource);
        if (target.EntitySet == EntityDefinitions.SetName && target.Rest is null or EntityDefinitions.KeysSegment)
        {
            return Only(method, "GET", () => EntityDefinitions.GetAsync(request, target));
        }

        if (!request.Catalog.TryGetTableByEntitySetName(target.EntitySet, out TableMetadata? table)) throw ODataException.UnknownSegment(target.EntitySet);
        if (target.Rest is not null) throw ODataException.NotSupported($"The path segment '{target.Rest}' after '{target.EntitySet}'");

        if (!target.HasKey)
        {
            return method switch
            {
                "GET" => CollectionReads.GetAsync(request, table),
                "POST" => RecordOperations.CreateAsync(request, table),
                _ => throw MethodNotAllowed(method, resource),
            };
        }

        switch (method)
        {
            case "GET":
                return RecordOperations.GetAsync(request, table, target);
            case "PATCH":
                return RecordOperations.UpdateAsync(request, table, target);
            case "DELETE":
                RecordOperations.Delete(request, table, target);
                return Task.CompletedTask;
            default:
                throw MethodNotAllowed(method, resource);
        }
    }

    /// <summary>
    /// The service for the user the server runs as; the MSCRMCallerID header impersonates another, as in
    /// Dataverse, which the service allows only when that user holds prvActOnBehalfOfAnotherUser.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/impersonate-another-user-web-api
    private IOrganizationService ServiceFor(HttpContext http)
    {
        LocalOrganizationService service = _organization.GetService(_options.UserId);
        string? caller = http.Request.Headers["MSCRMCallerID"];
        if (!string.IsNullOrWhiteSpace(caller))
        {
            service.CallerId = Guid.TryParse(caller, out Guid callerId)
                ? callerId
                : throw new ODataException($"The MSCRMCallerID header '{caller}' is not a guid.");
        }

        return service;
    }

    private static Task ServiceDocumentAsync(WebApiRequest request)
    {
        IEnumerable<string> sets = request.Catalog.Tables.Select(t => t.EntitySetName).OrderBy(s => s, StringComparer.Ordinal);
        return request.WriteJsonAsync(200, ODataJsonWriter.ServiceDocument(request.ApiUri + "$metadata", sets));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami
    private static Task WhoAmIAsync(WebApiRequest request)
    {
        OrganizationResponse response = request.Service.Execute(new OrganizationRequest("WhoAmI"));
        var body = new List<KeyValuePair<string, object?>>
        {
            new("@odata.context", request.ApiUri + "$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse"),
            new("BusinessUnitId", response.Results["BusinessUnitId"]),
            new("UserId", response.Results["UserId"]),
            new("OrganizationId", response.Results["OrganizationId"]),
        };
        return request.WriteJsonAsync(200, ODataJsonWriter.Object(body));
    }

    private static Task Only(string method, string allowed, Func<Task> action) =>
        method == allowed ? action() : throw MethodNotAllowed(method, "this resource");

    private static ODataException MethodNotAllowed(string method, string resource) =>
        new($"The HTTP method '{method}' is not allowed on '{resource}'.", StatusCodes.Status405MethodNotAllowed);

    [GeneratedRegex(@"^/api/data/(?<version>v9\.[0-9])(/(?<resource>.*))?$")]
    private static partial Regex VersionPattern();
}
