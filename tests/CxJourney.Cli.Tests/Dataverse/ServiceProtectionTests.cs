using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CxJourney.Dataverse;
using CxJourney.Dataverse.Http;
using static CxJourney.Cli.Tests.Dataverse.FakeDataverse;

namespace CxJourney.Cli.Tests.Dataverse;

/// <summary>
/// Service protection: Dataverse answers 429 with Retry-After and expects the caller to wait that long
/// and retry; 502/503/504 are transient; everything else is final.
/// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#retry-operations
/// </summary>
public sealed class ServiceProtectionTests
{
    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_the_platform_sent()
    {
        var fake = new FakeDataverse().On("GET /api/data/v9.2/WhoAmI", Throttled(7), Throttled(3), Json("{\"UserId\":\"u\"}"));
        var delay = new RecordedDelay();
        using var client = fake.Client(delay);

        JsonObject? answer = await client.GetAsync("WhoAmI");

        Assert.Equal("u", answer!["UserId"]!.GetValue<string>());
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(3)], delay.Waits);
        Assert.Equal(3, fake.Requests.Count);
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_429_is_a_clear_error()
    {
        var fake = new FakeDataverse().On("GET", Throttled(1));
        var delay = new RecordedDelay();
        using var client = fake.Client(delay, RetryPolicy.Default with { MaxAttempts = 4 });

        var error = await Assert.ThrowsAsync<DataverseException>(() => client.GetAsync("contacts"));

        Assert.Equal(4, fake.Requests.Count);
        Assert.Equal(3, delay.Waits.Count);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal("0x80072322", error.Code);
        Assert.Contains("Number of requests exceeded the limit", error.Message);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_policy_allows_fails_at_once()
    {
        var fake = new FakeDataverse().On("GET", Throttled(3600));
        var delay = new RecordedDelay();
        using var client = fake.Client(delay, RetryPolicy.Default with { MaxWait = TimeSpan.FromMinutes(5) });

        await Assert.ThrowsAsync<DataverseException>(() => client.GetAsync("contacts"));

        Assert.Single(fake.Requests);
        Assert.Empty(delay.Waits);
    }

    [Fact]
    public async Task Transient_server_errors_are_retried_with_growing_backoff_and_the_body_is_sent_again()
    {
        var fake = new FakeDataverse().On("POST /api/data/v9.2/PublishAllXml",
            Error(HttpStatusCode.ServiceUnavailable, "0x80040216", "busy"),
            Error(HttpStatusCode.BadGateway, "0x80040216", "gateway"),
            NoContent());
        var delay = new RecordedDelay();
        using var client = fake.Client(delay);

        JsonObject? answer = await client.ExecuteAsync("PublishAllXml", new JsonObject { ["x"] = 1 });

        Assert.Null(answer);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delay.Waits);
        Assert.Equal(3, fake.Requests.Count);
        Assert.All(fake.Requests, r => Assert.Equal("{\"x\":1}", r.Body));
    }

    [Fact]
    public async Task Other_failures_are_not_retried_and_carry_the_platforms_code_and_message()
    {
        var fake = new FakeDataverse().On("PATCH", Error(HttpStatusCode.BadRequest, "0x80044331", "A validation error occurred. The length of the 'value' attribute exceeded the maximum allowed length of '2000'."));
        var delay = new RecordedDelay();
        using var client = fake.Client(delay);

        var error = await Assert.ThrowsAsync<DataverseException>(() => client.UpdateAsync("environmentvariablevalues(00000000-0000-0000-0000-000000000001)", new JsonObject { ["value"] = "x" }));

        Assert.Single(fake.Requests);
        Assert.Empty(delay.Waits);
        Assert.Equal("0x80044331", error.Code);
        Assert.StartsWith("A validation error occurred.", error.PlatformMessage);
        Assert.Contains("PATCH /api/data/v9.2/environmentvariablevalues(", error.Message);
        Assert.Equal("*", fake.Requests[0].Request.Headers.IfMatch.Single().Tag);
    }
}
