using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests;

/// <summary>$select, $filter, $orderby, $top, $count on collections, and how bad queries fail.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview
public sealed class QueryOptionTests : WebApiTestBase
{
    [Fact]
    public async Task Select_returns_the_selected_properties_null_included_with_the_key_and_etag()
    {
        Guid id = NewContact("Ada", "Lovelace");

        JsonElement body = await GetJson(Url("contacts", ("$select", "firstname,telephone1")));

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns
        Assert.Equal($"{Server.ApiUri}$metadata#contacts(firstname,telephone1)", body.GetProperty("@odata.context").GetString());
        JsonElement record = Assert.Single(Values(body));
        Assert.Equal("Ada", record.GetProperty("firstname").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("telephone1").ValueKind);
        Assert.Equal(id, record.GetProperty("contactid").GetGuid());
        Assert.False(record.TryGetProperty("lastname", out _));
        long version = Org.Get("contact", id).GetAttributeValue<long>("versionnumber");
        Assert.Equal($"W/\"{version}\"", record.GetProperty("@odata.etag").GetString());
    }

    [Fact]
    public async Task Without_select_every_column_is_returned_and_lookups_only_as_value_properties()
    {
        Guid account = NewAccount("Contoso");
        NewContact("Ada", "Lovelace", c => c["parentcustomerid"] = new EntityReference("account", account));

        JsonElement record = Assert.Single(Values(await GetJson("contacts")));

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties#lookup-properties
        Assert.Equal(account, record.GetProperty("_parentcustomerid_value").GetGuid());
        Assert.False(record.TryGetProperty("parentcustomerid", out _));
        Assert.Equal("Ada Lovelace", record.GetProperty("fullname").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("emailaddress1").ValueKind);
        Assert.Equal(0, record.GetProperty("statecode").GetInt32());
    }

    [Fact]
    public async Task Filter_eq_reads_strings_with_doubled_quotes()
    {
        NewContact("Shaquille", "O'Neil");
        NewContact("Ada", "Lovelace");

        JsonElement body = await GetJson(Url("contacts", ("$select", "lastname"), ("$filter", "lastname eq 'O''Neil'")));

        Assert.Equal("O'Neil", Assert.Single(Values(body)).GetProperty("lastname").GetString());
    }

    [Fact]
    public async Task Filter_combines_and_or_not_with_parentheses()
    {
        NewContact("Ada", "Lovelace");
        NewContact("Alan", "Turing");
        NewContact("Grace", "Hopper");
        NewContact("Ada", "Byron");

        JsonElement body = await GetJson(Url("contacts",
            ("$select", "lastname"),
            ("$filter", "(firstname eq 'Ada' or firstname eq 'Alan') and not (lastname eq 'Byron')"),
            ("$orderby", "lastname")));

        Assert.Equal(new[] { "Lovelace", "Turing" }, Values(body).Select(r => r.GetProperty("lastname").GetString()));
    }

    [Fact]
    public async Task Filter_compares_numbers_and_mirrors_a_literal_on_the_left()
    {
        NewAccount("Small", a => a["numberofemployees"] = 10);
        NewAccount("Medium", a => a["numberofemployees"] = 250);
        NewAccount("Large", a => a["numberofemployees"] = 5000);

        JsonElement between = await GetJson(Url("accounts", ("$select", "name"), ("$filter", "numberofemployees gt 10 and numberofemployees le 5000"), ("$orderby", "name")));
        JsonElement mirrored = await GetJson(Url("accounts", ("$select", "name"), ("$filter", "1000 lt numberofemployees")));

        Assert.Equal(new[] { "Large", "Medium" }, Values(between).Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("Large", Assert.Single(Values(mirrored)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Filter_eq_null_and_ne_null_test_for_a_missing_value()
    {
        NewContact("Ada", "Lovelace", c => c["emailaddress1"] = "ada@example.com");
        NewContact("Alan", "Turing");

        JsonElement withEmail = await GetJson(Url("contacts", ("$select", "lastname"), ("$filter", "emailaddress1 ne null")));
        JsonElement without = await GetJson(Url("contacts", ("$select", "lastname"), ("$filter", "emailaddress1 eq null")));

        Assert.Equal("Lovelace", Assert.Single(Values(withEmail)).GetProperty("lastname").GetString());
        Assert.Equal("Turing", Assert.Single(Values(without)).GetProperty("lastname").GetString());
    }

    [Fact]
    public async Task Filter_string_functions_and_their_negation()
    {
        NewContact("Ada", "Lovelace");
        NewContact("Alan", "Turing");
        NewContact("Grace", "Hopper");

        async Task<string[]> Names(string filter) =>
            Values(await GetJson(Url("contacts", ("$select", "lastname"), ("$filter", filter), ("$orderby", "lastname"))))
                .Select(r => r.GetProperty("lastname").GetString()!).ToArray();

        Assert.Equal(new[] { "Hopper", "Lovelace" }, await Names("contains(lastname,'o')"));
        Assert.Equal(new[] { "Turing" }, await Names("not contains(lastname,'o')"));
        Assert.Equal(new[] { "Turing" }, await Names("startswith(lastname,'tu')"));
        Assert.Equal(new[] { "Hopper" }, await Names("endswith(lastname,'per')"));
    }

    [Fact]
    public async Task Filter_on_a_lookup_uses_its_value_property_and_a_guid_literal()
    {
        Guid contoso = NewAccount("Contoso");
        Guid fabrikam = NewAccount("Fabrikam");
        NewContact("Ada", "Lovelace", c => c["parentcustomerid"] = new EntityReference("account", contoso));
        NewContact("Alan", "Turing", c => c["parentcustomerid"] = new EntityReference("account", fabrikam));

        JsonElement body = await GetJson(Url("contacts", ("$select", "lastname"), ("$filter", $"_parentcustomerid_value eq {contoso}")));

        Assert.Equal("Lovelace", Assert.Single(Values(body)).GetProperty("lastname").GetString());
    }

    [Fact]
    public async Task Filter_reads_date_time_literals_and_booleans()
    {
        Guid contact = NewContact("Ada", "Lovelace");
        NewTouchpoint("Early", contact, t => { t["cx_occurredon"] = new DateTime(2024, 1, 10, 8, 0, 0, DateTimeKind.Utc); t["cx_isresolved"] = true; });
        NewTouchpoint("Late", contact, t => { t["cx_occurredon"] = new DateTime(2024, 2, 20, 8, 0, 0, DateTimeKind.Utc); t["cx_isresolved"] = false; });

        JsonElement after = await GetJson(Url("cx_touchpoints", ("$select", "cx_name"), ("$filter", "cx_occurredon gt 2024-02-01T00:00:00Z")));
        JsonElement resolved = await GetJson(Url("cx_touchpoints", ("$select", "cx_name,cx_occurredon"), ("$filter", "cx_isresolved eq true")));

        Assert.Equal("Late", Assert.Single(Values(after)).GetProperty("cx_name").GetString());
        JsonElement early = Assert.Single(Values(resolved));
        Assert.Equal("Early", early.GetProperty("cx_name").GetString());
        Assert.Equal("2024-01-10T08:00:00Z", early.GetProperty("cx_occurredon").GetString());
    }

    [Fact]
    public async Task Filter_query_functions_In_Between_and_LastXDays()
    {
        NewAccount("Small", a => a["numberofemployees"] = 10);
        NewAccount("Medium", a => a["numberofemployees"] = 250);
        Org.Clock.Advance(TimeSpan.FromDays(10));
        NewAccount("Large", a => a["numberofemployees"] = 5000);

        async Task<string[]> Names(string filter) =>
            Values(await GetJson(Url("accounts", ("$select", "name"), ("$filter", filter), ("$orderby", "name"))))
                .Select(r => r.GetProperty("name").GetString()!).ToArray();

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/queryfunctions
        Assert.Equal(new[] { "Large", "Small" }, await Names("Microsoft.Dynamics.CRM.In(PropertyName='name',PropertyValues=['Small','Large'])"));
        Assert.Equal(new[] { "Medium", "Small" }, await Names("Microsoft.Dynamics.CRM.Between(PropertyName='numberofemployees',PropertyValues=[\"1\",\"300\"])"));
        Assert.Equal(new[] { "Large" }, await Names("Microsoft.Dynamics.CRM.LastXDays(PropertyName='createdon',PropertyValue=3)"));
        Assert.Equal(new[] { "Large", "Medium" }, await Names("not Microsoft.Dynamics.CRM.In(PropertyName='name',PropertyValues=['Small'])"));
    }

    [Fact]
    public async Task Orderby_sorts_by_several_properties_asc_and_desc()
    {
        NewContact("Ada", "Lovelace");
        NewContact("Ada", "Byron");
        NewContact("Alan", "Turing");

        JsonElement body = await GetJson(Url("contacts", ("$select", "firstname,lastname"), ("$orderby", "firstname desc,lastname asc")));

        Assert.Equal(new[] { "Turing", "Byron", "Lovelace" }, Values(body).Select(r => r.GetProperty("lastname").GetString()));
    }

    [Fact]
    public async Task Top_limits_the_rows_and_gives_no_next_link()
    {
        for (int i = 0; i < 5; i++) NewContact("C" + i, "Contact" + i);

        JsonElement body = await GetJson(Url("contacts", ("$select", "lastname"), ("$top", "2"), ("$orderby", "lastname desc")), ("Prefer", "odata.maxpagesize=1"));

        Assert.Equal(new[] { "Contact4", "Contact3" }, Values(body).Select(r => r.GetProperty("lastname").GetString()));
        Assert.False(body.TryGetProperty("@odata.nextLink", out _));
    }

    [Fact]
    public async Task Count_gives_every_matching_row_whatever_the_page_size()
    {
        for (int i = 0; i < 7; i++) NewContact("C" + i, i % 2 == 0 ? "Even" : "Odd");

        JsonElement body = await GetJson(Url("contacts", ("$select", "lastname"), ("$filter", "lastname eq 'Even'"), ("$count", "true")), ("Prefer", "odata.maxpagesize=2"));

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/count-rows
        Assert.Equal(4, body.GetProperty("@odata.count").GetInt32());
        Assert.Equal(2, Values(body).Count);
    }

    [Fact]
    public async Task An_unknown_or_miscased_property_is_a_400_naming_the_type()
    {
        using HttpResponseMessage response = await Get(Url("accounts", ("$select", "Name")));

        // https://learn.microsoft.com/troubleshoot/power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors
        (string code, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x0", code);
        Assert.Equal("Could not find a property named 'Name' on type 'Microsoft.Dynamics.CRM.account'.", message);
    }

    [Fact]
    public async Task A_lookup_logical_name_is_not_a_filterable_property()
    {
        using HttpResponseMessage response = await Get(Url("contacts", ("$filter", "parentcustomerid eq null")));

        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Contains("'parentcustomerid'", message);
    }

    [Fact]
    public async Task A_filter_syntax_error_is_a_400_with_its_position()
    {
        using HttpResponseMessage response = await Get(Url("contacts", ("$filter", "lastname eqq 'x'")));

        (string code, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x0", code);
        Assert.Equal("Syntax error at position 9 in 'lastname eqq 'x''.", message);
    }

    [Fact]
    public async Task An_unknown_entity_set_is_a_404_resource_not_found()
    {
        using HttpResponseMessage response = await Get("Account");

        (string code, string message) = await Error(response, HttpStatusCode.NotFound);
        Assert.Equal("0x8006088a", code);
        Assert.Equal("Resource not found for the segment 'Account'.", message);
    }

    [Fact]
    public async Task Skip_is_refused_because_dataverse_pages_by_next_link()
    {
        using HttpResponseMessage response = await Get(Url("contacts", ("$skip", "10")));

        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Contains("$skip", message);
    }

    [Fact]
    public async Task Unsupported_methods_are_405()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Put, "contacts", new { lastname = "x" });

        await Error(response, HttpStatusCode.MethodNotAllowed);
    }
}
