using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using CxJourney.Emulator;
using CxJourney.WebApi.Hosting;
using CxJourney.WebApi.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CxJourney.WebApi;

/// <summary>
/// A local organization's Dataverse Web API on http://127.0.0.1:&lt;port&gt;/api/data/v9.2/, and
/// the views' web root at /. Requests run through the organization's services, so a record
/// created over HTTP goes through the same messages and plug-in pipeline as an SDK call.
/// Dispose (or <see cref="StopAsync"/>) to close the port.
/// </summary>
public sealed class LocalWebApiServer : IAsyncDisposable, IDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    private LocalWebApiServer(WebApplication app, LocalOrganization organization, Uri baseUri, string accessToken, Guid userId, Emulator.Pipeline.AsyncService? asyncService)
    {
        _app = app;
        AsyncService = asyncService;
        Organization = organization;
        BaseUri = baseUri;
        AccessToken = accessToken;
        UserId = userId;
        ApiUri = new Uri(baseUri, WebApiEndpoint.PathPrefix + "v9.2/");
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:54321/.</summary>
    public Uri BaseUri { get; }

    /// <summary>The Web API root, e.g. http://127.0.0.1:54321/api/data/v9.2/.</summary>
    public Uri ApiUri { get; }

    public LocalOrganization Organization { get; }

    /// <summary>
    /// This run's secret: API clients send it as "Authorization: Bearer &lt;token&gt;"; a browser opens
    /// <see cref="SignInUri"/> once. Only whoever started the server learns it.
    /// </summary>
    public string AccessToken { get; }

    /// <summary>The user every request runs as (the administrator unless the server was started for another user).</summary>
    public Guid UserId { get; }

    /// <summary>Opens a browser session on this server, then goes to <paramref name="path"/> (a path of this server).</summary>
    public Uri SignInUri(string path = "/") =>
        new(BaseUri, $"signin?token={AccessToken}&to={Uri.EscapeDataString(path)}");

    /// <summary>The background asynchronous service, when the organization runs plug-ins and the options ask for it.</summary>
    public Emulator.Pipeline.AsyncService? AsyncService { get; }

    public static LocalWebApiServer Start(LocalOrganization organization, WebApiOptions? options = null) =>
        StartAsync(organization, options).GetAwaiter().GetResult();

    public static async Task<LocalWebApiServer> StartAsync(LocalOrganization organization, WebApiOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        options ??= new WebApiOptions();
        if (options.MaxRequestBodyBytes <= 0) throw new ArgumentOutOfRangeException(nameof(options), options.MaxRequestBodyBytes, "The request body limit must be positive.");
        if (options.Port is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(options), options.Port, "The port must be 0 (any free port) or a TCP port number.");
        if (options.WebRoot is string root && !System.IO.Directory.Exists(root)) throw new System.IO.DirectoryNotFoundException($"The web root '{root}' does not exist.");

        // Fail now rather than on the first request when the user does not exist.
        organization.GetService(options.UserId);

        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddLogging();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });

        WebApplication app = builder.Build();
        var endpoint = new WebApiEndpoint(organization, options);
        var gate = new RequestGate(options.AccessToken ?? RequestGate.NewToken());
        app.Use(SecurityHeaders.ApplyAsync);
        app.Use(gate.HandleAsync);
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api.Run(endpoint.HandleAsync));
        if (options.WebRoot is string webRoot) WebRootFiles.Use(app, webRoot);
        app.Run(http =>
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            return http.Response.WriteAsync("Not found.");
        });

        await app.StartAsync(cancellationToken);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUri = new Uri(address.TrimEnd('/') + "/");
        gate.Port = baseUri.Port;
        Emulator.Pipeline.AsyncService? asyncService = options.RunAsyncJobs && organization.Plugins is Emulator.Pipeline.PluginPipeline pipeline
            ? Emulator.Pipeline.AsyncService.Start(pipeline, options.AsyncService)
            : null;
        return new LocalWebApiServer(app, organization, baseUri, gate.Token, options.UserId ?? organization.AdminUserId, asyncService);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0) return;
        await _app.StopAsync(cancellationToken);
        AsyncService?.Dispose();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    public void Dispose() => StopAsync().GetAwaiter().GetResult();
}
