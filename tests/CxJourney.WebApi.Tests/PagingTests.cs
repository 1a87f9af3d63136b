using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;

namespace CxJourney.WebApi.Tests;

/// <summary>Server-driven paging: Prefer: odata.maxpagesize, @odata.nextLink with a $skiptoken, Preference-Applied.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
public sealed class PagingTests : WebApiTestBase
{
    [Fact]
    public async Task Three_pages_follow_next_links_without_gaps_or_repeats()
    {
        var created = new HashSet<Guid>();
        for (int i = 0; i < 7; i++) created.Add(NewContact("C" + i, $"Contact{i:00}"));

        var pages = new List<JsonElement>();
        string? url = Url("contacts", ("$select", "lastname"), ("$orderby", "lastname"));
        while (url is not null)
        {
            using HttpResponseMessage response = await Get(url, ("Prefer", "odata.maxpagesize=3"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("odata.maxpagesize=3", Assert.Single(response.Headers.GetValues("Preference-Applied")));
            JsonElement page = await Json(response);
            pages.Add(page);
            url = page.TryGetProperty("@odata.nextLink", out JsonElement next) ? next.GetString() : null;
            if (url is not null)
            {
                Assert.StartsWith(Server.ApiUri + "contacts?", url);
                Assert.Contains("$skiptoken=", url);
            }
        }

        Assert.Equal(new[] { 3, 3, 1 }, pages.Select(p => Values(p).Count));
        string[] names = pages.SelectMany(Values).Select(r => r.GetProperty("lastname").GetString()!).ToArray();
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"Contact{i:00}"), names);
        Assert.Equal(created, pages.SelectMany(Values).Select(r => r.GetProperty("contactid").GetGuid()).ToHashSet());
    }

    [Fact]
    public async Task The_next_link_keeps_the_filter_and_the_count()
    {
        for (int i = 0; i < 5; i++) NewContact("C" + i, i < 4 ? "Match" : "Other");

        JsonElement first = await GetJson(Url("contacts", ("$select", "lastname"), ("$filter", "lastname eq 'Match'"), ("$count", "true")), ("Prefer", "odata.maxpagesize=3"));
        JsonElement second = await GetJson(first.GetProperty("@odata.nextLink").GetString()!, ("Prefer", "odata.maxpagesize=3"));

        Assert.Equal(4, first.GetProperty("@odata.count").GetInt32());
        Assert.Equal(4, second.GetProperty("@odata.count").GetInt32());
        Assert.Equal("Match", Assert.Single(Values(second)).GetProperty("lastname").GetString());
        Assert.False(second.TryGetProperty("@odata.nextLink", out _));
    }

    [Fact]
    public async Task The_skiptoken_carries_the_paging_cookie_in_dataverse_s_shape()
    {
        for (int i = 0; i < 3; i++) NewContact("C" + i, "Contact" + i);

        JsonElement first = await GetJson(Url("contacts", ("$select", "lastname")), ("Prefer", "odata.maxpagesize=2"));
        var next = new Uri(first.GetProperty("@odata.nextLink").GetString()!);
        string token = Uri.UnescapeDataString(next.Query.Split("$skiptoken=")[1]);

        Assert.StartsWith("<cookie pagenumber=\"2\" pagingcookie=\"", token);
        Assert.Contains("pagingcookie=\"%3ccookie%20page%3d%221%22%3e%3ccontactid%20last%3d%22%7b", token);
        Assert.EndsWith("istracking=\"False\" />", token);
    }

    [Fact]
    public async Task Without_a_page_size_preference_every_row_comes_in_one_page()
    {
        for (int i = 0; i < 4; i++) NewContact("C" + i, "Contact" + i);

        using HttpResponseMessage response = await Get(Url("contacts", ("$select", "lastname")));
        JsonElement body = await Json(response);

        Assert.Equal(4, Values(body).Count);
        Assert.False(body.TryGetProperty("@odata.nextLink", out _));
        Assert.False(response.Headers.Contains("Preference-Applied"));
    }

    [Fact]
    public async Task A_tampered_skiptoken_is_a_400()
    {
        using HttpResponseMessage response = await Get(Url("contacts", ("$skiptoken", "not a cookie")));

        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Contains("$skiptoken", message);
    }
}
