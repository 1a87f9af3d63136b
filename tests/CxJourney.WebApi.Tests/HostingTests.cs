using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;

namespace CxJourney.WebApi.Tests;

/// <summary>The server itself: loopback binding on a free port, the web root with its security headers, WhoAmI, shutdown.</summary>
public sealed class HostingTests : WebApiTestBase, IDisposable
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cxjourney-webroot-" + Guid.NewGuid().ToString("N"));

    public HostingTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "root", "views"));
        File.WriteAllText(Path.Combine(_folder, "root", "index.html"), "<!doctype html><title>Journey</title>");
        File.WriteAllText(Path.Combine(_folder, "root", "views", "journey.js"), "export const ok = true;");
        File.WriteAllText(Path.Combine(_folder, "root", "views", "journey.css"), "body { margin: 0; }");
        File.WriteAllText(Path.Combine(_folder, "root", "views", "notes.unknownext"), "x");
        File.WriteAllText(Path.Combine(_folder, "secret.txt"), "outside the web root");
    }

    protected override string? WebRoot => Path.Combine(_folder, "root");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_server_listens_on_loopback_on_the_port_the_system_chose()
    {
        Assert.Equal("127.0.0.1", Server.BaseUri.Host);
        Assert.NotEqual(0, Server.BaseUri.Port);
        Assert.Equal(new Uri(Server.BaseUri, "api/data/v9.2/"), Server.ApiUri);
    }

    [Fact]
    public async Task The_web_root_index_is_served_at_slash_with_the_content_security_policy()
    {
        using HttpResponseMessage response = await Client.GetAsync(Server.BaseUri);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(Csp, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("<!doctype html><title>Journey</title>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("views/journey.js", "text/javascript; charset=utf-8")]
    [InlineData("views/journey.css", "text/css; charset=utf-8")]
    public async Task Scripts_and_styles_have_their_content_types(string path, string contentType)
    {
        using HttpResponseMessage response = await Client.GetAsync(new Uri(Server.BaseUri, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(Csp, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("views/notes.unknownext")]
    [InlineData("views/missing.js")]
    [InlineData("../secret.txt")]
    [InlineData("%2e%2e/secret.txt")]
    public async Task Unknown_types_missing_files_and_paths_outside_the_root_are_404(string path)
    {
        using HttpResponseMessage response = await Client.GetAsync(Server.BaseUri + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("outside the web root", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_responses_are_odata_json()
    {
        using HttpResponseMessage response = await Get("contacts");

        Assert.Equal("4.0", Assert.Single(response.Headers.GetValues("OData-Version")));
        Assert.StartsWith("application/json; odata.metadata=minimal", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task WhoAmI_names_the_user_requests_run_as()
    {
        JsonElement body = await GetJson("WhoAmI");

        Assert.Equal(Org.AdminUserId, body.GetProperty("UserId").GetGuid());
        Assert.Equal(Org.RootBusinessUnitId, body.GetProperty("BusinessUnitId").GetGuid());
        Assert.Equal(Org.OrganizationId, body.GetProperty("OrganizationId").GetGuid());
    }

    [Fact]
    public async Task The_service_document_lists_the_entity_sets()
    {
        JsonElement body = await GetJson("");

        Assert.Contains(Values(body), set => set.GetProperty("name").GetString() == "cx_touchpoints");
        Assert.Contains(Values(body), set => set.GetProperty("name").GetString() == "contacts");
    }

    [Fact]
    public async Task A_table_definition_gives_the_entity_set_and_key_names()
    {
        JsonElement definition = await GetJson("EntityDefinitions(LogicalName='cx_touchpoint')");

        Assert.Equal("cx_touchpoints", definition.GetProperty("EntitySetName").GetString());
        Assert.Equal("cx_touchpointid", definition.GetProperty("PrimaryIdAttribute").GetString());
        Assert.Equal("cx_name", definition.GetProperty("PrimaryNameAttribute").GetString());
    }

    [Fact]
    public async Task An_unknown_table_definition_is_404()
    {
        using HttpResponseMessage response = await Get("EntityDefinitions(LogicalName='nosuchtable')");

        (_, string message) = await Error(response, HttpStatusCode.NotFound);
        Assert.Contains("nosuchtable", message);
    }

    [Fact]
    public async Task Two_servers_get_different_ports_and_a_stopped_server_refuses_connections()
    {
        LocalWebApiServer other = await LocalWebApiServer.StartAsync(Org);
        Uri otherUri = other.ApiUri;
        Assert.NotEqual(Server.BaseUri.Port, other.BaseUri.Port);
        Assert.NotEqual(Server.AccessToken, other.AccessToken);
        using (HttpResponseMessage wrongToken = await Client.GetAsync(new Uri(otherUri, "WhoAmI"))) Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        using var otherClient = new HttpClient();
        otherClient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", other.AccessToken);
        using (HttpResponseMessage before = await otherClient.GetAsync(new Uri(otherUri, "WhoAmI"))) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await other.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => otherClient.GetAsync(new Uri(otherUri, "WhoAmI")));
    }

    [Fact]
    public void A_user_that_does_not_exist_cannot_start_a_server()
    {
        Assert.Throws<ArgumentException>(() => LocalWebApiServer.Start(Org, new WebApiOptions { UserId = Guid.NewGuid() }));
    }
}
