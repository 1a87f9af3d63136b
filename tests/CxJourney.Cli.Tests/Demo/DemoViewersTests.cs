using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.Cli.Demo;
using CxJourney.Emulator;
using CxJourney.Tests.Shared;
using CxJourney.WebApi;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Cli.Tests.Demo;

/// <summary>
/// The demo serves the views as a chosen user (`--as`): its agent of North sees the journeys of North's
/// customers only, its CX manager every business unit's, through the Web API the views read.
/// </summary>
// Access levels of the shipped roles: https://learn.microsoft.com/power-platform/admin/security-roles-privileges#access-levels
public sealed class DemoViewersTests : IDisposable
{
    private readonly LocalOrganization _organization;

    public DemoViewersTests()
    {
        var business = BusinessGenerator.Generate(30, 60, 11);
        _organization = DemoReplay.CreateOrganization(Path.Combine(RepoPaths.Root, "Solution"), business.Start, 11, [Path.Combine(RepoPaths.Root, "SalesSolution")]);
        DemoReplay.Run(_organization, business);
    }

    public void Dispose() { }

    private static async Task<int> Journeys(LocalWebApiServer server)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.AccessToken);
        using var response = await client.GetAsync(new Uri(server.ApiUri, "cx_journeys?$select=cx_name"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("value").GetArrayLength();
    }

    [Fact]
    public async Task The_agent_of_North_sees_Norths_journeys_only_and_the_manager_all_of_them()
    {
        var agent = _organization.FindUser(DemoViewers.AgentFullName) ?? throw new InvalidOperationException("no demo agent");
        var manager = _organization.FindUser(DemoViewers.ManagerFullName) ?? throw new InvalidOperationException("no demo manager");
        var all = _organization.Query("cx_journey");
        var northUnit = _organization.Get("systemuser", agent).GetAttributeValue<EntityReference>("businessunitid")!.Id;
        var inNorth = all.Where(j => j.GetAttributeValue<EntityReference>("owningbusinessunit")?.Id == northUnit).ToList();
        Assert.NotEmpty(inNorth);
        Assert.True(inNorth.Count < all.Count, "both business units have journeys");

        using (var asAgent = LocalWebApiServer.Start(_organization, new WebApiOptions { UserId = agent }))
            Assert.Equal(inNorth.Count, await Journeys(asAgent));
        using (var asManager = LocalWebApiServer.Start(_organization, new WebApiOptions { UserId = manager }))
            Assert.Equal(all.Count, await Journeys(asManager));

        // The same through the organization service.
        var seen = _organization.GetService(agent).RetrieveMultiple(new QueryExpression("cx_journey") { ColumnSet = new ColumnSet("cx_contactid") }).Entities;
        Assert.Equal(inNorth.Select(j => j.Id).Order(), seen.Select(j => j.Id).Order());
    }
}
