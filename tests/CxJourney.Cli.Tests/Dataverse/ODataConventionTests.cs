using System;
using System.Linq;
using System.Threading.Tasks;
using CxJourney.Dataverse;
using CxJourney.Dataverse.Auth;
using static CxJourney.Cli.Tests.Dataverse.FakeDataverse;

namespace CxJourney.Cli.Tests.Dataverse;

/// <summary>The OData conventions Dataverse uses: headers, annotations, server-driven paging.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#http-headers
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
public sealed class ODataConventionTests
{
    [Fact]
    public async Task A_collection_is_read_to_its_last_page_through_nextLink()
    {
        var fake = new FakeDataverse()
            .On("GET /api/data/v9.2/contacts?$select=fullname&$skiptoken=2", Json("{\"value\":[{\"fullname\":\"c\"}]}"))
            .On("GET /api/data/v9.2/contacts", Json("{\"value\":[{\"fullname\":\"a\"},{\"fullname\":\"b\"}],\"@odata.nextLink\":\"https://contoso.crm.dynamics.com/api/data/v9.2/contacts?$select=fullname&$skiptoken=2\"}"));
        using var client = fake.Client(new RecordedDelay());

        var rows = await client.GetAllAsync("contacts?$select=fullname", pageSize: 2);

        Assert.Equal(["a", "b", "c"], rows.Select(r => r["fullname"]!.GetValue<string>()));
        var first = fake.Requests[0].Request;
        Assert.Equal("odata.maxpagesize=2,odata.include-annotations=\"*\"", string.Join(",", first.Headers.GetValues("Prefer")));
        Assert.Equal("4.0", first.Headers.GetValues("OData-Version").Single());
        Assert.Equal("4.0", first.Headers.GetValues("OData-MaxVersion").Single());
        Assert.Equal("Bearer token", first.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task A_next_link_to_another_host_is_refused_so_the_token_stays_home()
    {
        var fake = new FakeDataverse().On("GET", Json("{\"value\":[],\"@odata.nextLink\":\"https://evil.example.com/api/data/v9.2/contacts\"}"));
        using var client = fake.Client(new RecordedDelay());

        var error = await Assert.ThrowsAsync<DataverseException>(() => client.GetAllAsync("contacts"));

        Assert.Contains("evil.example.com", error.Message);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task A_created_record_id_comes_from_the_OData_EntityId_header()
    {
        var id = Guid.Parse("6f3a1c2e-0000-4000-8000-000000000042");
        var fake = new FakeDataverse().On("POST /api/data/v9.2/environmentvariablevalues", () =>
        {
            var response = NoContent()();
            response.Headers.Add("OData-EntityId", $"https://contoso.crm.dynamics.com/api/data/v9.2/environmentvariablevalues({id})");
            return response;
        });
        using var client = fake.Client(new RecordedDelay());

        Assert.Equal(id, await client.CreateAsync("environmentvariablevalues", new System.Text.Json.Nodes.JsonObject { ["value"] = "v" }));
    }

    [Fact]
    public async Task A_missing_record_reads_as_null_not_an_error()
    {
        var fake = new FakeDataverse().On("GET", Error(System.Net.HttpStatusCode.NotFound, "0x80040217", "sdkmessageprocessingstep With Id = 1 Does Not Exist"));
        using var client = fake.Client(new RecordedDelay());

        Assert.Null(await client.GetAsync("sdkmessageprocessingsteps(00000000-0000-0000-0000-000000000001)"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5090", true)]
    [InlineData("http://localhost:5090", true)]
    [InlineData("http://[::1]:5090", true)]
    [InlineData("https://contoso.crm.dynamics.com", false)]
    [InlineData("http://10.0.0.5:5090", false)]
    [InlineData("http://127.0.0.1.example.com", false)]
    public void Local_sign_in_is_refused_for_anything_but_this_machine(string url, bool allowed)
    {
        if (allowed) Assert.NotNull(LocalSignIn.For(new Uri(url)));
        else Assert.Contains("is not a loopback address", Assert.Throws<ArgumentException>(() => LocalSignIn.For(new Uri(url))).Message);
    }

    [Fact]
    public async Task Local_sign_in_presents_the_servers_secret_when_it_has_one()
    {
        var local = LocalSignIn.For(new Uri("http://127.0.0.1:5090"), "s3cret");

        Assert.Equal("s3cret", await local.GetTokenAsync(default));
        Assert.EndsWith("local-5090.token", LocalSignIn.TokenFile(5090));
    }

    [Fact]
    public void Entra_sign_in_needs_https_and_a_client_id()
    {
        Assert.Contains("client id", Assert.Throws<ArgumentException>(() => new MsalSignIn(new Uri("https://contoso.crm.dynamics.com"), new SignInOptions(), _ => { })).Message);
        Assert.Contains("not https", Assert.Throws<ArgumentException>(() => new MsalSignIn(new Uri("http://contoso.crm.dynamics.com"), new SignInOptions { ClientId = "c" }, _ => { })).Message);
        Assert.Contains("--tenant", Assert.Throws<ArgumentException>(() => new MsalSignIn(new Uri("https://contoso.crm.dynamics.com"), new SignInOptions { ClientId = "c", ClientSecret = "s" }, _ => { })).Message);
    }
}
