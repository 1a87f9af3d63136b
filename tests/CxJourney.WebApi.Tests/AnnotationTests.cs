using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests;

/// <summary>Formatted values and lookup annotations, only when Prefer: odata.include-annotations asks for them.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties#lookup-properties
public sealed class AnnotationTests : WebApiTestBase
{
    private const string Formatted = "@OData.Community.Display.V1.FormattedValue";
    private const string LookupLogicalName = "@Microsoft.Dynamics.CRM.lookuplogicalname";
    private const string NavigationProperty = "@Microsoft.Dynamics.CRM.associatednavigationproperty";

    [Fact]
    public async Task All_annotations_give_labels_names_money_and_dates()
    {
        Guid account = NewAccount("Contoso", a =>
        {
            a["revenue"] = new Money(1234567.5m);
            a["customertypecode"] = new OptionSetValue(3);
            a["numberofemployees"] = 1500;
        });
        NewContact("Ada", "Lovelace", c =>
        {
            c["parentcustomerid"] = new EntityReference("account", account);
            c["donotemail"] = true;
        });

        using HttpResponseMessage response = await Get(
            Url("accounts", ("$select", "name,revenue,customertypecode,numberofemployees,createdon")),
            ("Prefer", "odata.include-annotations=\"*\""));
        JsonElement record = Assert.Single(Values(await Json(response)));
        JsonElement contact = Assert.Single(Values(await GetJson(
            Url("contacts", ("$select", "_parentcustomerid_value,donotemail")), ("Prefer", "odata.include-annotations=\"*\""))));

        Assert.Equal("odata.include-annotations=\"*\"", Assert.Single(response.Headers.GetValues("Preference-Applied")));
        Assert.Equal(3, record.GetProperty("customertypecode").GetInt32());
        Assert.Equal("Customer", record.GetProperty("customertypecode" + Formatted).GetString());
        Assert.Equal(1234567.5m, record.GetProperty("revenue").GetDecimal());
        Assert.Equal("$1,234,567.50", record.GetProperty("revenue" + Formatted).GetString());
        Assert.Equal("1,500", record.GetProperty("numberofemployees" + Formatted).GetString());
        Assert.Equal("2024-03-15T10:30:00Z", record.GetProperty("createdon").GetString());
        Assert.Equal("3/15/2024 10:30 AM", record.GetProperty("createdon" + Formatted).GetString());
        Assert.False(record.TryGetProperty("name" + Formatted, out _));

        Assert.Equal(account, contact.GetProperty("_parentcustomerid_value").GetGuid());
        Assert.Equal("Contoso", contact.GetProperty("_parentcustomerid_value" + Formatted).GetString());
        Assert.Equal("account", contact.GetProperty("_parentcustomerid_value" + LookupLogicalName).GetString());
        Assert.Equal("parentcustomerid_account", contact.GetProperty("_parentcustomerid_value" + NavigationProperty).GetString());
        Assert.True(contact.GetProperty("donotemail").GetBoolean());
        Assert.Equal("Do Not Allow", contact.GetProperty("donotemail" + Formatted).GetString());
    }

    [Fact]
    public async Task Without_the_preference_no_annotation_is_returned()
    {
        Guid account = NewAccount("Contoso", a => a["customertypecode"] = new OptionSetValue(3));
        NewContact("Ada", "Lovelace", c => c["parentcustomerid"] = new EntityReference("account", account));

        JsonElement contact = Assert.Single(Values(await GetJson(Url("contacts", ("$select", "_parentcustomerid_value")))));
        JsonElement acct = Assert.Single(Values(await GetJson(Url("accounts", ("$select", "customertypecode")))));

        Assert.Equal(account, contact.GetProperty("_parentcustomerid_value").GetGuid());
        Assert.False(contact.TryGetProperty("_parentcustomerid_value" + Formatted, out _));
        Assert.False(contact.TryGetProperty("_parentcustomerid_value" + LookupLogicalName, out _));
        Assert.False(acct.TryGetProperty("customertypecode" + Formatted, out _));
    }

    [Fact]
    public async Task Naming_one_annotation_returns_only_that_one()
    {
        Guid account = NewAccount("Contoso");
        NewContact("Ada", "Lovelace", c => c["parentcustomerid"] = new EntityReference("account", account));

        JsonElement contact = Assert.Single(Values(await GetJson(
            Url("contacts", ("$select", "_parentcustomerid_value")),
            ("Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\""))));

        Assert.Equal("Contoso", contact.GetProperty("_parentcustomerid_value" + Formatted).GetString());
        Assert.False(contact.TryGetProperty("_parentcustomerid_value" + LookupLogicalName, out _));
    }

    [Fact]
    public async Task A_custom_lookup_names_its_schema_name_as_navigation_property()
    {
        Guid contact = NewContact("Ada", "Lovelace");
        NewTouchpoint("Call", contact, t => t["cx_channel"] = new OptionSetValue(100000001));

        JsonElement touchpoint = Assert.Single(Values(await GetJson(
            Url("cx_touchpoints", ("$select", "cx_name,cx_channel,_cx_contactid_value")), ("Prefer", "odata.include-annotations=\"*\""))));

        Assert.Equal("cx_ContactId", touchpoint.GetProperty("_cx_contactid_value" + NavigationProperty).GetString());
        Assert.Equal("contact", touchpoint.GetProperty("_cx_contactid_value" + LookupLogicalName).GetString());
        Assert.Equal("Ada Lovelace", touchpoint.GetProperty("_cx_contactid_value" + Formatted).GetString());
        Assert.Equal(100000001, touchpoint.GetProperty("cx_channel").GetInt32());
        Assert.Equal("Phone", touchpoint.GetProperty("cx_channel" + Formatted).GetString());
    }
}
