using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CxJourney.Emulator;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.WebApi.Json;
using CxJourney.WebApi.OData;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Http;

/// <summary>One Web API request: the HTTP exchange, the organization service it runs as, its preferences and query options.</summary>
internal sealed class WebApiRequest
{
    public const string JsonContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

    public WebApiRequest(HttpContext http, LocalOrganization organization, IOrganizationService service, Uri apiUri)
    {
        Http = http;
        Organization = organization;
        Service = service;
        ApiUri = apiUri;
        Preferences = Preferences.Parse(http.Request.Headers["Prefer"]);
        var query = new List<KeyValuePair<string, string>>();
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> pair in http.Request.Query)
        {
            foreach (string? value in pair.Value) query.Add(new KeyValuePair<string, string>(pair.Key, value ?? ""));
        }

        Query = ODataQueryOptions.Parse(query);
    }

    public HttpContext Http { get; }

    public LocalOrganization Organization { get; }

    public MetadataCatalog Catalog => Organization.Metadata;

    public IOrganizationService Service { get; }

    /// <summary>The Web API root the request came in on, ending in '/': http://127.0.0.1:port/api/data/v9.2/.</summary>
    public Uri ApiUri { get; }

    public Preferences Preferences { get; }

    public ODataQueryOptions Query { get; }

    public Annotations Annotations => Preferences.Annotations;

    public string? Header(string name)
    {
        string? value = Http.Request.Headers[name];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The record's address, as OData-EntityId gives it.</summary>
    public string EntityUri(TableMetadata table, Guid id) => $"{ApiUri}{table.EntitySetName}({id:D})";

    public string MetadataContext(string fragment) => $"{ApiUri}$metadata#{fragment}";

    public void AddPreferenceApplied(string preference) => Http.Response.Headers.Append("Preference-Applied", preference);

    /// <summary>Echoes odata.include-annotations when the request asked for annotations.</summary>
    public void ApplyAnnotationPreference()
    {
        if (Preferences.IncludeAnnotationsRaw is string raw) AddPreferenceApplied("odata.include-annotations=" + raw);
    }

    public Task WriteJsonAsync(int status, byte[] body)
    {
        HttpResponse response = Http.Response;
        response.StatusCode = status;
        response.ContentType = JsonContentType;
        response.Headers["OData-Version"] = "4.0";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, 0, body.Length);
    }

    public void WriteNoContent(int status = StatusCodes.Status204NoContent)
    {
        Http.Response.StatusCode = status;
        Http.Response.Headers["OData-Version"] = "4.0";
    }
}
