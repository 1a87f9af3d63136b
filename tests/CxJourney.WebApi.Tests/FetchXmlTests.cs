using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests;

/// <summary>The fetchXml query parameter: aggregates named by alias, link-entity columns, paging annotations.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-fetchxml-web-api
// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
public sealed class FetchXmlTests : WebApiTestBase
{
    [Fact]
    public async Task An_aggregate_returns_one_record_per_group_with_properties_named_by_alias()
    {
        Guid ada = NewContact("Ada", "Lovelace");
        Guid alan = NewContact("Alan", "Turing");
        NewTouchpoint("a", ada, t => t["cx_score"] = 10);
        NewTouchpoint("b", ada, t => t["cx_score"] = 30);
        NewTouchpoint("c", alan, t => t["cx_score"] = 5);

        const string fetch = """
            <fetch aggregate="true">
              <entity name="cx_touchpoint">
                <attribute name="cx_contactid" alias="contact" groupby="true" />
                <attribute name="cx_touchpointid" alias="touches" aggregate="count" />
                <attribute name="cx_score" alias="total" aggregate="sum" />
                <order alias="total" descending="true" />
              </entity>
            </fetch>
            """;
        JsonElement body = await GetJson(Url("cx_touchpoints", ("fetchXml", fetch)), ("Prefer", "odata.include-annotations=\"*\""));

        var groups = Values(body);
        Assert.Equal(2, groups.Count);
        Assert.Equal(ada, groups[0].GetProperty("contact").GetGuid());
        Assert.Equal("Ada Lovelace", groups[0].GetProperty("contact@OData.Community.Display.V1.FormattedValue").GetString());
        Assert.Equal("contact", groups[0].GetProperty("contact@Microsoft.Dynamics.CRM.lookuplogicalname").GetString());
        Assert.Equal(2, groups[0].GetProperty("touches").GetInt32());
        Assert.Equal(40, groups[0].GetProperty("total").GetInt32());
        Assert.Equal(alan, groups[1].GetProperty("contact").GetGuid());
        Assert.Equal(5, groups[1].GetProperty("total").GetInt32());
        Assert.False(groups[0].TryGetProperty("@odata.etag", out _));
    }

    [Fact]
    public async Task An_aggregate_without_groups_counts_every_row()
    {
        for (int i = 0; i < 4; i++) NewAccount("A" + i, a => a["numberofemployees"] = 100 * (i + 1));

        const string fetch = "<fetch aggregate='true'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /><attribute name='numberofemployees' alias='avgsize' aggregate='avg' /></entity></fetch>";
        JsonElement record = Assert.Single(Values(await GetJson(Url("accounts", ("fetchXml", fetch)))));

        Assert.Equal(4, record.GetProperty("n").GetInt32());
        Assert.Equal(250m, record.GetProperty("avgsize").GetDecimal());
    }

    [Fact]
    public async Task Link_entity_columns_are_named_alias_x002e_column()
    {
        Guid ada = NewContact("Ada", "Lovelace");
        NewTouchpoint("Call", ada);

        const string fetch = """
            <fetch>
              <entity name="cx_touchpoint">
                <attribute name="cx_name" />
                <attribute name="cx_contactid" />
                <link-entity name="contact" from="contactid" to="cx_contactid" alias="who">
                  <attribute name="fullname" />
                </link-entity>
              </entity>
            </fetch>
            """;
        JsonElement record = Assert.Single(Values(await GetJson(Url("cx_touchpoints", ("fetchXml", fetch)))));

        Assert.Equal("Call", record.GetProperty("cx_name").GetString());
        Assert.Equal(ada, record.GetProperty("_cx_contactid_value").GetGuid());
        Assert.Equal("Ada Lovelace", record.GetProperty("who_x002e_fullname").GetString());
        Assert.StartsWith("W/\"", record.GetProperty("@odata.etag").GetString());
        Assert.False(record.TryGetProperty("versionnumber", out _));
    }

    [Fact]
    public async Task A_fetch_page_reports_more_records_and_its_paging_cookie_when_asked()
    {
        for (int i = 0; i < 3; i++) NewContact("C" + i, "Contact" + i);

        const string fetch = "<fetch count='2' page='1'><entity name='contact'><attribute name='lastname' /><order attribute='lastname' /></entity></fetch>";
        JsonElement body = await GetJson(Url("contacts", ("fetchXml", fetch)),
            ("Prefer", "odata.include-annotations=\"Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords\""));

        Assert.Equal(2, Values(body).Count);
        Assert.True(body.GetProperty("@Microsoft.Dynamics.CRM.morerecords").GetBoolean());
        Assert.StartsWith("<cookie pagenumber=\"2\" pagingcookie=\"%253ccookie", body.GetProperty("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie").GetString());
    }

    [Fact]
    public async Task A_fetch_for_another_table_than_the_entity_set_is_a_400()
    {
        const string fetch = "<fetch><entity name='account'><attribute name='name' /></entity></fetch>";
        using HttpResponseMessage response = await Get(Url("contacts", ("fetchXml", fetch)));

        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Contains("'account'", message);
    }

    [Fact]
    public async Task A_fetch_the_organization_rejects_keeps_the_organization_s_error_code()
    {
        const string fetch = "<fetch><entity name='contact'><attribute name='nosuchcolumn' /></entity></fetch>";
        using HttpResponseMessage response = await Get(Url("contacts", ("fetchXml", fetch)));

        (string code, _) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x80041103", code);
    }
}
