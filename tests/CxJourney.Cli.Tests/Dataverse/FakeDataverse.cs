using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CxJourney.Dataverse;
using CxJourney.Dataverse.Auth;
using CxJourney.Dataverse.Http;

namespace CxJourney.Cli.Tests.Dataverse;

/// <summary>
/// A scripted Dataverse: answers are queued per "METHOD path" prefix and served in order (the last
/// one repeats); every request is recorded with its body. No network.
/// </summary>
internal sealed class FakeDataverse : HttpMessageHandler
{
    private readonly List<(string Route, Queue<Func<HttpResponseMessage>> Answers, Func<HttpResponseMessage> Last)> _routes = new();

    public static readonly Uri Url = new("https://contoso.crm.dynamics.com/");

    public List<(HttpMethod Method, string PathAndQuery, string? Body, HttpRequestMessage Request)> Requests { get; } = new();

    public FakeDataverse On(string route, params Func<HttpResponseMessage>[] answers)
    {
        _routes.Add((route, new Queue<Func<HttpResponseMessage>>(answers), answers[^1]));
        return this;
    }

    public static Func<HttpResponseMessage> Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        () => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static Func<HttpResponseMessage> Error(HttpStatusCode status, string code, string message) =>
        Json($"{{\"error\":{{\"code\":\"{code}\",\"message\":\"{message}\"}}}}", status);

    public static Func<HttpResponseMessage> Throttled(int seconds) => () =>
    {
        var response = Error(HttpStatusCode.TooManyRequests, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.")();
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    };

    public static Func<HttpResponseMessage> NoContent() => () => new HttpResponseMessage(HttpStatusCode.NoContent);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        string path = Uri.UnescapeDataString(request.RequestUri!.PathAndQuery);
        Requests.Add((request.Method, path, body, request));
        string key = request.Method.Method + " " + path;
        foreach (var route in _routes)
        {
            if (!key.StartsWith(route.Route, StringComparison.Ordinal)) continue;
            return route.Answers.Count > 0 ? route.Answers.Dequeue()() : route.Last();
        }
        return Error(HttpStatusCode.NotFound, "0x80060888", $"No route for {key} in the fake.")();
    }

    /// <summary>A client over this fake whose waits are recorded, not slept.</summary>
    public DataverseClient Client(RecordedDelay delay, RetryPolicy? policy = null) =>
        new(Url, new StaticToken(), new ServiceProtectionHandler(policy, delay, this));

    private sealed class StaticToken : ITokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("token");
    }
}

/// <summary>Records each wait instead of sleeping.</summary>
internal sealed class RecordedDelay : IDelay
{
    public List<TimeSpan> Waits { get; } = new();

    public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        Waits.Add(duration);
        return Task.CompletedTask;
    }
}
