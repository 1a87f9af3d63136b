using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests;

/// <summary>$expand of single-valued navigation properties (lookups) with a nested $select.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/join-tables
public sealed class ExpandTests : WebApiTestBase
{
    [Fact]
    public async Task Expanding_a_lookup_nests_the_related_record_or_null()
    {
        Guid ada = NewContact("Ada", "Lovelace", c => c["emailaddress1"] = "ada@example.com");
        NewAccount("Contoso", a => a["primarycontactid"] = new EntityReference("contact", ada));
        NewAccount("Fabrikam");

        JsonElement body = await GetJson(Url("accounts",
            ("$select", "name"),
            ("$expand", "primarycontactid($select=fullname,emailaddress1)"),
            ("$orderby", "name")));

        Assert.Equal($"{Server.ApiUri}$metadata#accounts(name,primarycontactid(fullname,emailaddress1))", body.GetProperty("@odata.context").GetString());
        var records = Values(body);
        JsonElement contact = records[0].GetProperty("primarycontactid");
        Assert.Equal("Ada Lovelace", contact.GetProperty("fullname").GetString());
        Assert.Equal("ada@example.com", contact.GetProperty("emailaddress1").GetString());
        Assert.Equal(ada, contact.GetProperty("contactid").GetGuid());
        Assert.False(contact.TryGetProperty("lastname", out _));
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("primarycontactid").ValueKind);
    }

    [Fact]
    public async Task A_customer_lookup_expands_through_its_per_table_navigation_property()
    {
        Guid account = NewAccount("Contoso", a => a["telephone1"] = "555-0100");
        Guid contact = NewContact("Grace", "Hopper");
        NewContact("Ada", "Lovelace", c => c["parentcustomerid"] = new EntityReference("account", account));
        NewContact("Alan", "Turing", c => c["parentcustomerid"] = new EntityReference("contact", contact));

        JsonElement body = await GetJson(Url("contacts",
            ("$select", "lastname"),
            ("$filter", "_parentcustomerid_value ne null"),
            ("$expand", "parentcustomerid_account($select=name,telephone1)"),
            ("$orderby", "lastname")));

        var records = Values(body);
        Assert.Equal("Contoso", records[0].GetProperty("parentcustomerid_account").GetProperty("name").GetString());
        Assert.Equal("555-0100", records[0].GetProperty("parentcustomerid_account").GetProperty("telephone1").GetString());
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("parentcustomerid_account").ValueKind);
    }

    [Fact]
    public async Task A_custom_lookup_expands_by_its_schema_name_on_a_single_record()
    {
        Guid contact = NewContact("Ada", "Lovelace");
        Guid touchpoint = NewTouchpoint("Call", contact);

        JsonElement record = await GetJson(Url($"cx_touchpoints({touchpoint})", ("$select", "cx_name"), ("$expand", "cx_ContactId($select=fullname)")));

        Assert.Equal($"{Server.ApiUri}$metadata#cx_touchpoints(cx_name,cx_ContactId(fullname))/$entity", record.GetProperty("@odata.context").GetString());
        Assert.Equal("Ada Lovelace", record.GetProperty("cx_ContactId").GetProperty("fullname").GetString());
        Assert.Equal(contact, record.GetProperty("cx_ContactId").GetProperty("contactid").GetGuid());
    }

    [Fact]
    public async Task Navigation_property_names_are_case_sensitive()
    {
        Guid contact = NewContact("Ada", "Lovelace");
        NewTouchpoint("Call", contact);

        using HttpResponseMessage response = await Get(Url("cx_touchpoints", ("$expand", "cx_contactid")));

        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("Could not find a property named 'cx_contactid' on type 'Microsoft.Dynamics.CRM.cx_touchpoint'.", message);
    }

    [Fact]
    public async Task Expanding_without_a_nested_select_returns_every_column_of_the_related_record()
    {
        Guid ada = NewContact("Ada", "Lovelace");
        NewAccount("Contoso", a => a["primarycontactid"] = new EntityReference("contact", ada));

        JsonElement record = Assert.Single(Values(await GetJson(Url("accounts", ("$select", "name"), ("$expand", "primarycontactid")))));

        JsonElement contact = record.GetProperty("primarycontactid");
        Assert.Equal("Lovelace", contact.GetProperty("lastname").GetString());
        Assert.True(contact.TryGetProperty("_parentcustomerid_value", out _));
        Assert.StartsWith("W/\"", contact.GetProperty("@odata.etag").GetString());
    }
}
