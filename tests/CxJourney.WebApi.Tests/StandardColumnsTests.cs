using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;

namespace CxJourney.WebApi.Tests;

/// <summary>A standard column the reference files brought (contact.numberofchildren), through the Web API.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_NumberOfChildren (Integer, 0 to 1,000,000,000)
public sealed class StandardColumnsTests : WebApiTestBase
{
    [Fact]
    public async Task Numberofchildren_is_written_and_read()
    {
        Guid id = NewContact("Ada", "Lovelace");

        using HttpResponseMessage patch = await Send(HttpMethod.Patch, $"contacts({id})", new { numberofchildren = 3 });
        JsonElement record = await GetJson(Url($"contacts({id})", ("$select", "numberofchildren")));

        Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        Assert.Equal(3, record.GetProperty("numberofchildren").GetInt32());
    }

    [Fact]
    public async Task Numberofchildren_out_of_range_is_a_400_with_the_validation_code()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Post, "contacts", new { lastname = "x", numberofchildren = 1_000_000_001 });

        (string code, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x80040203", code);
        Assert.Contains("outside the valid range. Accepted Values: 0 to 1000000000", message);
        Assert.Equal(0, Org.Count("contact"));
    }

    [Fact]
    public async Task A_too_long_nickname_is_a_400_with_the_length_code()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Post, "contacts", new { lastname = "x", nickname = new string('n', 101) });

        (string code, _) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x80044331", code);
        Assert.Equal(0, Org.Count("contact"));
    }

    [Fact]
    public async Task Numberofchildren_can_be_filtered_on()
    {
        NewContact("Ada", "Lovelace", c => c["numberofchildren"] = 1);
        Guid many = NewContact("Grace", "Hopper", c => c["numberofchildren"] = 4);

        JsonElement body = await GetJson(Url("contacts", ("$select", "fullname"), ("$filter", "numberofchildren gt 2")));

        Assert.Equal(many, Assert.Single(Values(body)).GetProperty("contactid").GetGuid());
    }
}
