using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.Cli.Demo;
using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.Tests.Shared;
using CxJourney.WebApi;

namespace CxJourney.Cli.Tests.Serving;

/// <summary>
/// While the product's organization is served, its asynchronous steps run in the background as the
/// asynchronous service runs them: a call logged through the Web API becomes a touchpoint at once
/// (synchronous capture) and, moments later, the contact's journey (asynchronous rollup) that the
/// timeline and the dashboard read, without anyone draining the queue.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
public sealed class ServedAsyncJobsTests : IAsyncLifetime
{
    /// <summary>Generous: the rollup takes milliseconds; this only stops a broken service from hanging the suite.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private LocalOrganization _organization = null!;
    private LocalWebApiServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _organization = DemoReplay.CreateOrganization(Path.Combine(RepoPaths.Root, "Solution"), new DateTime(2025, 3, 3, 9, 0, 0, DateTimeKind.Utc), seed: 16);
        _server = await LocalWebApiServer.StartAsync(_organization);
        _client = new HttpClient { BaseAddress = _server.ApiUri };
        _client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _server.AccessToken);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_call_logged_through_the_web_api_shows_as_a_journey_within_moments()
    {
        Assert.NotNull(_server.AsyncService);
        Guid contact = await Create("contacts", """{ "firstname": "Ada", "lastname": "Lovelace" }""");
        Guid call = await Create("phonecalls", $$"""{ "subject": "Billing question", "regardingobjectid_contact_phonecall@odata.bind": "/contacts({{contact}})" }""");
        // Logged open, a call is planned (on the timeline, counted nowhere); made, it is the journey's touchpoint.
        using (HttpResponseMessage made = await _client.PatchAsync($"phonecalls({call})", new StringContent("""{ "statecode": 1, "statuscode": 2 }""", Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.NoContent, made.StatusCode);

        JsonElement journey = await WaitFor($"cx_journeys?$filter=_cx_contactid_value eq {contact}");

        Assert.Equal(1, journey.GetProperty("cx_totaltouchpoints").GetInt32());
        Assert.Equal(1, journey.GetProperty("cx_phonecount").GetInt32());
        Assert.Empty(_server.AsyncService!.Failures);
    }

    [Fact]
    public async Task Jobs_do_not_pile_up_while_writes_keep_coming()
    {
        const int Contacts = 25;
        var ids = new Guid[Contacts];
        for (int i = 0; i < Contacts; i++)
        {
            ids[i] = await Create("contacts", $$"""{ "firstname": "C{{i}}", "lastname": "Customer" }""");
            // A received email (an outgoing one still being drafted is no moment).
            await Create("emails", $$"""{ "subject": "Hello {{i}}", "directioncode": false, "regardingobjectid_contact_email@odata.bind": "/contacts({{ids[i]}})" }""");
        }

        var watch = Stopwatch.StartNew();
        while (!(_server.AsyncService!.IsIdle && _organization.Count("cx_journey") == Contacts) && watch.Elapsed < Patience) await Task.Delay(50);

        Assert.Equal(0, _organization.Plugins!.AsyncQueue.Pending);
        Assert.Equal(Contacts, _organization.Count("cx_journey"));
        Assert.Empty(_server.AsyncService.Failures);
        Assert.Empty(_server.AsyncService.Errors);
    }

    [Fact]
    public async Task A_server_asked_not_to_run_jobs_starts_no_async_service()
    {
        await using LocalWebApiServer quiet = await LocalWebApiServer.StartAsync(_organization, new WebApiOptions { RunAsyncJobs = false });
        Assert.Null(quiet.AsyncService);
    }

    private async Task<Guid> Create(string set, string json)
    {
        using HttpResponseMessage response = await _client.PostAsync(set, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"POST {set}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        string entityId = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(entityId[(entityId.LastIndexOf('(') + 1)..^1]);
    }

    private async Task<JsonElement> WaitFor(string url)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            using HttpResponseMessage response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            JsonElement[] rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("value").EnumerateArray().ToArray();
            if (rows.Length > 0) return rows[0].Clone();
            Assert.True(watch.Elapsed < Patience, $"nothing at {url} after {watch.Elapsed.TotalSeconds:F0} s; async jobs waiting: {_organization.Plugins!.AsyncQueue.Pending}");
            await Task.Delay(50);
        }
    }
}
