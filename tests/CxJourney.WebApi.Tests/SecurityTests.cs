using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.Emulator.Security;
using CxJourney.SolutionModel;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests;

/// <summary>
/// The served Web API knows who is asking: a per-server secret (bearer token or the sign-in cookie), the
/// user the server runs as and that user's privileges, MSCRMCallerID only with prvActOnBehalfOfAnotherUser,
/// and no writes from another site (Origin and Host checked, JSON bodies only).
/// </summary>
public sealed class SecurityTests : WebApiTestBase
{
    private async Task<HttpResponseMessage> Raw(HttpMethod method, string url, string? body = null, string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        var request = new HttpRequestMessage(method, new Uri(Server.ApiUri, url));
        foreach ((string name, string value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        return await client.SendAsync(request);
    }

    private (string, string) Bearer => ("Authorization", "Bearer " + Server.AccessToken);

    [Fact]
    public async Task The_api_refuses_requests_without_the_servers_token()
    {
        using HttpResponseMessage none = await Raw(HttpMethod.Get, "contacts");
        using HttpResponseMessage wrong = await Raw(HttpMethod.Get, "contacts", headers: ("Authorization", "Bearer not-the-token"));
        using HttpResponseMessage callerOnly = await Raw(HttpMethod.Post, "contacts", "{\"lastname\":\"X\"}", headers: ("MSCRMCallerID", Org.AdminUserId.ToString()));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, callerOnly.StatusCode);
        Assert.Empty(Org.Query("contact"));
    }

    [Fact]
    public async Task A_foreign_Host_header_is_refused()
    {
        using HttpResponseMessage response = await Raw(HttpMethod.Get, "contacts", headers: [Bearer, ("Host", "attacker.example:" + Server.BaseUri.Port)]);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    // https://developer.mozilla.org/docs/Web/HTTP/Headers/Origin
    [Fact]
    public async Task A_page_on_another_origin_cannot_create_anything()
    {
        using HttpResponseMessage plain = await Raw(HttpMethod.Post, "emails", "{\"subject\":\"hi\"}", "text/plain", ("Origin", "http://attacker.example"));
        using HttpResponseMessage withToken = await Raw(HttpMethod.Post, "contacts", "{\"lastname\":\"X\"}", headers: [Bearer, ("Origin", "http://attacker.example")]);
        using HttpResponseMessage otherPort = await Raw(HttpMethod.Post, "contacts", "{\"lastname\":\"X\"}", headers: [Bearer, ("Origin", "http://127.0.0.1:1")]);

        Assert.Equal(HttpStatusCode.Forbidden, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPort.StatusCode);
        Assert.Empty(Org.Query("email"));
        Assert.Empty(Org.Query("contact"));
    }

    [Fact]
    public async Task The_servers_own_origin_may_write()
    {
        string own = Server.BaseUri.GetLeftPart(UriPartial.Authority);

        using HttpResponseMessage response = await Raw(HttpMethod.Post, "contacts", "{\"lastname\":\"Mine\"}", headers: [Bearer, ("Origin", own)]);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Single(Org.Query("contact"));
    }

    [Fact]
    public async Task Writes_need_an_application_json_body()
    {
        using HttpResponseMessage response = await Raw(HttpMethod.Post, "contacts", "{\"lastname\":\"X\"}", "text/plain", Bearer);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(Org.Query("contact"));
    }

    [Fact]
    public async Task Signing_in_with_the_token_gives_the_browser_a_strict_http_only_cookie()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using HttpResponseMessage wrong = await client.GetAsync(new Uri(Server.BaseUri, "signin?token=nope"));
        using HttpResponseMessage signIn = await client.GetAsync(Server.SignInUri("/host/index.html?page=dashboard"));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/host/index.html?page=dashboard", signIn.Headers.Location!.OriginalString);
        string cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using HttpResponseMessage whoAmI = await Raw(HttpMethod.Get, "WhoAmI", headers: ("Cookie", cookie.Split(';')[0]));
        Assert.Equal(HttpStatusCode.OK, whoAmI.StatusCode);
    }

    [Fact]
    public async Task Sign_in_only_redirects_to_a_page_of_this_server()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using HttpResponseMessage response = await client.GetAsync(new Uri(Server.BaseUri, $"signin?token={Server.AccessToken}&to=//attacker.example/"));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    /// <summary>A server run as an agent of the North unit who reads contacts of the unit and writes nothing.</summary>
    private async Task<(LocalWebApiServer Server, HttpClient Client, Guid Agent)> ServeAsAgent()
    {
        Guid north = Org.CreateBusinessUnit("North");
        Org.Security.AddRole(new SecurityRole(Guid.NewGuid(), "Unit reader", [new("prvReadContact", PrivilegeDepth.Local)]));
        Guid agent = Org.NewUser("Ada", "Agent").In(north).WithRoles("Unit reader").Create();
        LocalWebApiServer server = await LocalWebApiServer.StartAsync(Org, new WebApiOptions { UserId = agent });
        var client = new HttpClient { BaseAddress = server.ApiUri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.AccessToken);
        return (server, client, agent);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/security-concepts
    [Fact]
    public async Task A_server_run_as_a_user_answers_with_that_users_privileges()
    {
        (LocalWebApiServer server, HttpClient client, Guid agent) = await ServeAsAgent();
        await using (server)
        using (client)
        {
            var own = new Entity("contact", Guid.NewGuid()) { ["lastname"] = "Unit's", ["ownerid"] = new EntityReference("systemuser", agent) };
            Org.Seed(own);
            NewContact("Root's", "Contact");

            JsonElement who = JsonDocument.Parse(await client.GetStringAsync("WhoAmI")).RootElement;
            JsonElement list = JsonDocument.Parse(await client.GetStringAsync("contacts?$select=lastname")).RootElement;
            using HttpResponseMessage patch = await client.PatchAsync($"contacts({own.Id})", new StringContent("{\"lastname\":\"Renamed\"}", Encoding.UTF8, "application/json"));
            using HttpResponseMessage post = await client.PostAsync("contacts", new StringContent("{\"lastname\":\"New\"}", Encoding.UTF8, "application/json"));

            Assert.Equal(agent, who.GetProperty("UserId").GetGuid());
            Assert.Equal("Unit's", Assert.Single(Values(list)).GetProperty("lastname").GetString());
            (_, string message) = await Error(patch, HttpStatusCode.Forbidden);
            Assert.Contains("prvWriteContact", message);
            await Error(post, HttpStatusCode.Forbidden);
            Assert.Equal("Unit's", Org.Get("contact", own.Id).GetAttributeValue<string>("lastname"));
        }
    }

    // https://learn.microsoft.com/power-platform/admin/field-level-security
    [Fact]
    public async Task A_secured_column_is_left_out_of_what_the_served_user_reads()
    {
        Org.Security.SecureColumn("contact", "telephone1");
        (LocalWebApiServer server, HttpClient client, Guid agent) = await ServeAsAgent();
        await using (server)
        using (client)
        {
            var own = new Entity("contact", Guid.NewGuid()) { ["lastname"] = "Private", ["telephone1"] = "555-0100", ["ownerid"] = new EntityReference("systemuser", agent) };
            Org.Seed(own);

            JsonElement record = JsonDocument.Parse(await client.GetStringAsync($"contacts({own.Id})?$select=lastname,telephone1")).RootElement;
            JsonElement asAdmin = await GetJson($"contacts({own.Id})?$select=lastname,telephone1");

            Assert.Equal("Private", record.GetProperty("lastname").GetString());
            Assert.Null(Text(record, "telephone1"));
            Assert.Equal("555-0100", Text(asAdmin, "telephone1"));
        }
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/impersonate-another-user-web-api
    [Fact]
    public async Task MSCRMCallerID_is_honoured_only_for_a_user_who_may_act_on_behalf_of_others()
    {
        (LocalWebApiServer server, HttpClient client, _) = await ServeAsAgent();
        await using (server)
        using (client)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "contacts") { Content = new StringContent("{\"lastname\":\"As admin\"}", Encoding.UTF8, "application/json") };
            request.Headers.Add("MSCRMCallerID", Org.AdminUserId.ToString());

            using HttpResponseMessage response = await client.SendAsync(request);

            (_, string message) = await Error(response, HttpStatusCode.Forbidden);
            Assert.Contains("prvActOnBehalfOfAnotherUser", message);
            Assert.Empty(Org.Query("contact"));
        }
    }
}
