using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests;

/// <summary>Requests over HTTP are the organization's own requests: they run the registered plug-in steps.</summary>
public sealed class PipelineTests : WebApiTestBase
{
    [Fact]
    public async Task A_record_created_over_http_goes_through_the_organization_service_and_its_plugins()
    {
        Guid contact = NewContact("Ada", "Lovelace");

        using HttpResponseMessage response = await Send(HttpMethod.Post, Url("cx_touchpoints", ("$select", "cx_name,cx_externalid")),
            $$"""{ "cx_name": "Web visit", "cx_ContactId@odata.bind": "/contacts({{contact}})" }""",
            ("Prefer", "return=representation"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement record = await Json(response);
        Entity stored = Org.Get("cx_touchpoint", record.GetProperty("cx_touchpointid").GetGuid());
        Assert.Equal("Web visit", stored.GetAttributeValue<string>("cx_name"));
        Assert.Equal("stamped:Web visit", stored.GetAttributeValue<string>("cx_externalid"));
        Assert.Equal("stamped:Web visit", record.GetProperty("cx_externalid").GetString());
        Assert.Equal(1, Org.Plugins!.Steps.Of(typeof(StampTouchpointPlugin)).Single().InstancesCreated);
    }

    [Fact]
    public async Task A_plugin_error_is_a_400_with_the_plugin_message_and_nothing_is_created()
    {
        Guid contact = NewContact("Ada", "Lovelace");

        using HttpResponseMessage response = await Send(HttpMethod.Post, "cx_touchpoints",
            $$"""{ "cx_name": "reject", "cx_ContactId@odata.bind": "/contacts({{contact}})" }""");

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#parse-errors-from-the-response
        (string code, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x80040265", code);
        Assert.Equal("Touchpoints named 'reject' are refused.", message);
        Assert.Equal(0, Org.Count("cx_touchpoint"));
    }

    [Fact]
    public async Task A_patch_upsert_that_creates_runs_the_create_step()
    {
        Guid contact = NewContact("Ada", "Lovelace");
        Guid id = Guid.NewGuid();

        using HttpResponseMessage response = await Send(HttpMethod.Patch, $"cx_touchpoints({id})",
            $$"""{ "cx_name": "Upserted", "cx_ContactId@odata.bind": "/contacts({{contact}})" }""");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(StampTouchpointPlugin.StampOf("Upserted"), Org.Get("cx_touchpoint", id).GetAttributeValue<string>("cx_externalid"));
    }
}
