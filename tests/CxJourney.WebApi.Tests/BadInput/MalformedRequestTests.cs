using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests.BadInput;

/// <summary>
/// Requests Dataverse refuses with a 4xx OData error: broken encodings, oversized bodies, out-of-range
/// query function values, mismatched operand types, tampered paging tokens and DTDs in FetchXML.
/// None of them may surface as a 500.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#identify-status-codes
public sealed class MalformedRequestTests : WebApiTestBase
{
    private Task<HttpResponseMessage> PostRaw(string url, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return Client.SendAsync(request);
    }

    [Fact]
    public async Task A_lone_utf16_surrogate_in_a_json_string_is_a_400_and_writes_nothing()
    {
        // "\ud800" escapes half of a surrogate pair: not a character, so not a valid string value.
        using HttpResponseMessage response = await PostRaw("contacts", Encoding.UTF8.GetBytes("{\"lastname\":\"a\\ud800b\"}"));

        (string code, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x0", code);
        Assert.Contains("not valid JSON", message);
        Assert.Equal(0, Org.Count("contact"));
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_property_name_is_a_400()
    {
        using HttpResponseMessage response = await PostRaw("contacts", Encoding.UTF8.GetBytes("{\"last\\udc00name\":\"a\"}"));

        await Error(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Invalid_utf8_bytes_in_a_body_are_a_400_and_write_nothing()
    {
        byte[] prefix = Encoding.UTF8.GetBytes("{\"lastname\":\"");
        byte[] suffix = Encoding.UTF8.GetBytes("\"}");
        byte[] body = prefix.Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(suffix).ToArray();

        using HttpResponseMessage response = await PostRaw("contacts", body);

        await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, Org.Count("contact"));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_a_413_odata_error()
    {
        await using var small = await LocalWebApiServer.StartAsync(Org, new WebApiOptions { MaxRequestBodyBytes = 1024 });
        using var client = new HttpClient { BaseAddress = small.ApiUri };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", small.AccessToken);
        string json = "{\"lastname\":\"" + new string('x', 4096) + "\"}";

        using HttpResponseMessage response = await client.PostAsync("contacts", new StringContent(json, Encoding.UTF8, "application/json"));

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#identify-status-codes (413: request too large)
        await Error(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, Org.Count("contact"));
    }

    [Fact]
    public async Task A_json_body_nested_deeper_than_a_record_is_a_400()
    {
        string json = "{\"lastname\":" + new string('[', 5000) + new string(']', 5000) + "}";

        using HttpResponseMessage response = await PostRaw("contacts", Encoding.UTF8.GetBytes(json));

        await Error(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task LastXDays_with_a_window_past_the_supported_dates_is_a_400_invalid_date_time()
    {
        NewContact("Ada", "Lovelace");

        using HttpResponseMessage response = await Get(Url("contacts",
            ("$filter", "Microsoft.Dynamics.CRM.LastXDays(PropertyName='createdon',PropertyValue=999999999)")));

        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (InvalidDateTime, 0x80040239)
        (string code, _) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x80040239", code);
    }

    [Fact]
    public async Task Comparing_a_text_property_with_a_number_is_refused_as_incompatible_types()
    {
        NewContact("Ada", "Lovelace");

        using HttpResponseMessage response = await Get(Url("contacts", ("$filter", "lastname eq 5")));

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#filter-using-comparison-operators
        (string code, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x0", code);
        Assert.Contains("incompatible types", message);
        Assert.Contains("'Edm.String' and 'Edm.Int32'", message);
    }

    [Theory]
    [InlineData("numberofemployees eq 'ten'")]
    [InlineData("_primarycontactid_value eq 'Ada'")]
    [InlineData("createdon gt 5")]
    [InlineData("donotphone eq 1")]
    public async Task Literals_of_the_wrong_type_for_the_property_are_refused(string filter)
    {
        using HttpResponseMessage response = await Get(Url("accounts", ("$filter", filter)));

        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Contains("incompatible types", message);
    }

    [Fact]
    public async Task EqualUserId_on_a_text_column_is_refused()
    {
        NewContact("Ada", "Lovelace");

        using HttpResponseMessage response = await Get(Url("contacts", ("$filter", "Microsoft.Dynamics.CRM.EqualUserId(PropertyName='lastname')")));

        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#eq-userid (unique identifier columns)
        (string code, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x80040203", code);
        Assert.Contains("EqualUserId", message);
    }

    [Fact]
    public async Task EqualUserId_on_a_lookup_still_finds_the_caller_s_rows()
    {
        NewContact("Ada", "Lovelace");

        var body = await GetJson(Url("contacts", ("$filter", "Microsoft.Dynamics.CRM.EqualUserId(PropertyName='_ownerid_value')")));

        Assert.Single(Values(body));
    }

    [Fact]
    public async Task A_malformed_skiptoken_is_a_400_not_an_empty_page()
    {
        NewContact("Ada", "Lovelace");
        string token = "<cookie pagenumber=\"2\" pagingcookie=\"garbage\" istracking=\"False\" />";

        using HttpResponseMessage response = await Get(Url("contacts", ("$skiptoken", token)));

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Contains("$skiptoken", message);
    }

    [Fact]
    public async Task A_dtd_in_fetchxml_is_refused_and_no_entity_is_expanded()
    {
        NewAccount("Contoso");
        string fetch = "<!DOCTYPE fetch [<!ENTITY n \"Contoso\">]><fetch><entity name=\"account\"><attribute name=\"name\" />"
            + "<filter><condition attribute=\"name\" operator=\"eq\" value=\"&n;\" /></filter></entity></fetch>";

        using HttpResponseMessage response = await Get(Url("accounts", ("fetchXml", fetch)));

        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/overview (FetchXML is plain XML; no DTD)
        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Contains("DTD", message);
    }

    [Fact]
    public async Task A_filter_nested_past_the_recursion_limit_is_a_400()
    {
        string filter = new string('(', 150) + "lastname eq 'a'" + new string(')', 150);

        using HttpResponseMessage response = await Get(Url("contacts", ("$filter", filter)));

        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Contains("recursion limit", message);
    }

    [Fact]
    public async Task A_filter_nested_within_the_limit_still_runs()
    {
        NewContact("Ada", "Lovelace");
        string filter = new string('(', 50) + "lastname eq 'Lovelace'" + new string(')', 50);

        Assert.Single(Values(await GetJson(Url("contacts", ("$filter", filter)))));
    }
}
