using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CxJourney.Dataverse.Http;

/// <summary>
/// Retries what Dataverse asks callers to retry: 429 Too Many Requests after its Retry-After, and
/// the transient 502/503/504 with backoff. Anything else (and the last failed attempt) goes back to
/// the caller unchanged, which turns it into a <see cref="DataverseException"/> with the platform's message.
/// The request content is buffered first so that it can be sent again.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#retry-operations
public sealed class ServiceProtectionHandler : DelegatingHandler
{
    private readonly RetryPolicy _policy;
    private readonly IDelay _delay;

    public ServiceProtectionHandler(RetryPolicy? policy = null, IDelay? delay = null, HttpMessageHandler? inner = null)
    {
        _policy = policy ?? RetryPolicy.Default;
        _delay = delay ?? TaskDelay.Instance;
        InnerHandler = inner ?? new HttpClientHandler();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[]? body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        for (int attempt = 1; ; attempt++)
        {
            HttpRequestMessage send = attempt == 1 ? request : Copy(request, body);
            if (attempt == 1 && body is not null) send.Content = Rebuild(request.Content!, body);
            HttpResponseMessage response = await base.SendAsync(send, cancellationToken);
            TimeSpan? wait = RetryAfter(response, attempt);
            if (wait is null || attempt >= _policy.MaxAttempts) return response;
            response.Dispose();
            await _delay.WaitAsync(wait.Value, cancellationToken);
        }
    }

    /// <summary>How long to wait before the next attempt, or null when the answer is final.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response, int attempt)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            TimeSpan wait = response.Headers.RetryAfter switch
            {
                { Delta: TimeSpan delta } => delta,
                { Date: DateTimeOffset date } => date - DateTimeOffset.UtcNow,
                _ => _policy.DefaultRetryAfter,
            };
            if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
            return wait > _policy.MaxWait ? null : wait;
        }
        return response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            ? _policy.Backoff(attempt)
            : null;
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        if (body is not null) copy.Content = Rebuild(request.Content!, body);
        return copy;
    }

    private static ByteArrayContent Rebuild(HttpContent original, byte[] body)
    {
        var content = new ByteArrayContent(body);
        foreach (var header in original.Headers) content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        return content;
    }
}
