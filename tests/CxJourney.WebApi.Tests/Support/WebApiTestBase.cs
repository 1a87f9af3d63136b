using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.Emulator;
using CxJourney.Tests.Shared;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests.Support;

/// <summary>
/// A fresh local organization (standard tables plus the test solution's cx_touchpoint and its
/// plug-in step) and a Web API server on 127.0.0.1 with a system-chosen port, per test; both are
/// disposed when the test ends. Requests go through a real HttpClient.
/// </summary>
public abstract class WebApiTestBase : IAsyncLifetime
{
    protected static readonly DateTime Start = new(2024, 3, 15, 10, 30, 0, DateTimeKind.Utc);

    protected static readonly string SolutionFolder =
        Path.Combine(RepoPaths.Root, "tests", "CxJourney.WebApi.Tests", "fixtures", "solutions", "journey");

    protected WebApiTestBase()
    {
        Org = LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = SolutionFolder,
            PluginAssemblies = [typeof(StampTouchpointPlugin).Assembly],
            Clock = new OrganizationClock(Start),
        });
        Service = Org.GetService();
    }

    protected LocalOrganization Org { get; }

    protected IOrganizationService Service { get; }

    protected LocalWebApiServer Server { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The folder the server serves at /, if any.</summary>
    protected virtual string? WebRoot => null;

    public async Task InitializeAsync()
    {
        Server = await LocalWebApiServer.StartAsync(Org, new WebApiOptions { WebRoot = WebRoot });
        Client = new HttpClient { BaseAddress = Server.ApiUri };
        Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Server.AccessToken);
        Client.DefaultRequestHeaders.Add("Accept", "application/json");
        Client.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        Client.DefaultRequestHeaders.Add("OData-Version", "4.0");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A relative URL with each query option value escaped: Url("contacts", ("$select", "fullname")).</summary>
    protected static string Url(string resource, params (string Key, string Value)[] options) =>
        options.Length == 0 ? resource : resource + "?" + string.Join("&", options.Select(o => o.Key + "=" + Uri.EscapeDataString(o.Value)));

    protected Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        foreach ((string name, string value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        if (body is not null)
        {
            string json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return Client.SendAsync(request);
    }

    protected Task<HttpResponseMessage> Get(string url, params (string Name, string Value)[] headers) => Send(HttpMethod.Get, url, null, headers);

    /// <summary>GETs a URL that must answer 200 and returns its JSON.</summary>
    protected async Task<JsonElement> GetJson(string url, params (string Name, string Value)[] headers)
    {
        using HttpResponseMessage response = await Get(url, headers);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    protected static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>The OData error of a response that must have the given status.</summary>
    protected static async Task<(string Code, string Message)> Error(HttpResponseMessage response, HttpStatusCode expected)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        JsonElement error = JsonDocument.Parse(text).RootElement.GetProperty("error");
        return (error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }

    protected static IReadOnlyList<JsonElement> Values(JsonElement collection) => collection.GetProperty("value").EnumerateArray().ToList();

    protected static string? Text(JsonElement record, string property) =>
        record.TryGetProperty(property, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    protected Guid NewContact(string first, string last, Action<Entity>? extra = null)
    {
        var contact = new Entity("contact") { ["firstname"] = first, ["lastname"] = last };
        extra?.Invoke(contact);
        return Service.Create(contact);
    }

    protected Guid NewAccount(string name, Action<Entity>? extra = null)
    {
        var account = new Entity("account") { ["name"] = name };
        extra?.Invoke(account);
        return Service.Create(account);
    }

    protected Guid NewTouchpoint(string name, Guid contactId, Action<Entity>? extra = null)
    {
        var touchpoint = new Entity("cx_touchpoint") { ["cx_name"] = name, ["cx_contactid"] = new EntityReference("contact", contactId) };
        extra?.Invoke(touchpoint);
        return Service.Create(touchpoint);
    }
}
