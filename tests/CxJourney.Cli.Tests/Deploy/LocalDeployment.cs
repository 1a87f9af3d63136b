using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using CxJourney.Cli.Commands;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using CxJourney.Tests.Shared;
using CxJourney.WebApi;

namespace CxJourney.Cli.Tests.Deploy;

/// <summary>
/// The repository's solution packed as `cxjourney pack` packs it, and an empty local organization
/// served over the Web API as `cxjourney serve` serves it (on a free port).
/// </summary>
public sealed class LocalDeployment : IDisposable
{
    private readonly RepoSolution.WithContent _content;
    private readonly PackedZip _packed;

    public LocalDeployment()
    {
        _content = RepoSolution.WithWebContent();
        _packed = PackedZip.Pack(_content.Folder, RepoSolution.Assemblies(SolutionReader.Read(_content.Folder)));
        Server = Start();
        Http = new HttpClient { BaseAddress = Server.ApiUri };
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Server.AccessToken);
    }

    /// <summary>One secret for every test server, handed to `--local` as CXJOURNEY_LOCAL_TOKEN (the variable is process-wide).</summary>
    public const string Token = "cxjourney-deploy-tests";

    /// <summary>A server as `serve` starts it, with the tests' secret.</summary>
    public static LocalWebApiServer Start()
    {
        Environment.SetEnvironmentVariable(CxJourney.Dataverse.Auth.LocalSignIn.TokenVariable, Token);
        return LocalWebApiServer.Start(ServeCommand.CreateOrganization(), new WebApiOptions { AccessToken = Token });
    }

    public LocalWebApiServer Server { get; }

    public HttpClient Http { get; }

    public string Url => Server.BaseUri.ToString().TrimEnd('/');

    /// <summary>The folder the zips were written to (what `pack` calls out/).</summary>
    public string Packages => Path.GetDirectoryName(_packed.Result.ManagedZip)!;

    public string ManagedZip => _packed.Result.ManagedZip;

    public string ScratchFolder => _packed.Folder;

    public (int Code, string Out, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error, console: null, workingDirectory: RepoPaths.Root);
        return (code, output.ToString(), error.ToString());
    }

    public JsonArray Get(string relative)
    {
        using HttpResponseMessage response = Http.GetAsync(relative).GetAwaiter().GetResult();
        string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["value"]!.AsArray();
    }

    /// <summary>Sends a JSON body (or none); the status and the body's text.</summary>
    public (System.Net.HttpStatusCode Status, string Body) Send(HttpMethod method, string relative, string? json = null)
    {
        using var request = new HttpRequestMessage(method, relative);
        if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage response = Http.SendAsync(request).GetAwaiter().GetResult();
        return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
    }

    public void Dispose()
    {
        Http.Dispose();
        Server.Dispose();
        _packed.Dispose();
        _content.Dispose();
    }
}
