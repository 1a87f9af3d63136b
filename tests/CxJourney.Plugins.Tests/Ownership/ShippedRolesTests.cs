using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.ServiceModel;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.Emulator;
using CxJourney.Emulator.Security;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Infrastructure;
using CxJourney.Plugins.Tests.Journey;
using CxJourney.Plugins.Tests.Capture;
using CxJourney.SolutionModel;
using CxJourney.WebApi;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Tests.Ownership;

/// <summary>
/// The shipped roles (Solution/Roles) in the product organization, through the organization service and the
/// Web API: an agent of a child business unit sees the journeys of the contacts owned there and no others, a
/// manager sees every business unit, an agent with no CX privilege still saves an email and gets its touchpoint,
/// an agent flags but cannot rewrite a touchpoint, and a reassigned contact takes its journey along.
/// </summary>
// Access levels: https://learn.microsoft.com/power-platform/admin/security-roles-privileges#access-levels
// Plug-ins write as SYSTEM with CreateOrganizationService(null): https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice
public sealed class ShippedRolesTests : IDisposable
{
    /// <summary>
    /// Stands for the agent's own service role (Customer Service Representative in Dynamics 365), which
    /// CX Agent is added to: contacts, cases and activities of the business unit.
    /// </summary>
    private const string ServiceRole = "Service Agent (test)";

    private readonly CaptureWorld _w = new();
    private readonly Guid _north;
    private readonly Guid _south;
    private readonly Guid _agentNorth;
    private readonly Guid _agentSouth;
    private readonly Guid _manager;
    private readonly Guid _plainAgent;
    private readonly Guid _ada;
    private readonly Guid _bob;
    private LocalWebApiServer? _server;

    public ShippedRolesTests()
    {
        var org = _w.Org;
        _north = org.CreateBusinessUnit("North");
        _south = org.CreateBusinessUnit("South");
        var service = new List<KeyValuePair<string, PrivilegeDepth>>();
        foreach (var privilege in new[] { "prvReadContact", "prvReadIncident", "prvReadActivity", "prvAppendToContact", "prvAppendToIncident" })
            service.Add(new(privilege, PrivilegeDepth.Local));
        foreach (var privilege in new[] { "prvCreateActivity", "prvWriteActivity", "prvAppendActivity", "prvCreateIncident", "prvWriteIncident", "prvAppendIncident" })
            service.Add(new(privilege, PrivilegeDepth.Basic));
        org.Security.AddRole(new SecurityRole(Guid.NewGuid(), ServiceRole, service));

        _agentNorth = org.NewUser("Nora", "North").In(_north).WithRoles(ServiceRole, "CX Agent").Create();
        _agentSouth = org.NewUser("Sam", "South").In(_south).WithRoles(ServiceRole, "CX Agent").Create();
        _manager = org.NewUser("Morgan", "Manager").In(_south).WithRoles(ServiceRole, "CX Manager").Create();
        _plainAgent = org.NewUser("Pat", "Plain").In(_north).WithRoles(ServiceRole).Create();

        _ada = ContactOwnedBy("Ada", _agentNorth);
        _bob = ContactOwnedBy("Bob", _agentSouth);
        // Each agent writes to their own customer; capture and the rollup do the rest as SYSTEM.
        Email(_agentNorth, _ada, "My parcel is late");
        Email(_agentSouth, _bob, "Thanks for the quick fix");
        _w.Drain();
    }

    public void Dispose() => _server?.Dispose();

    private Guid ContactOwnedBy(string name, Guid owner) =>
        _w.Service.Create(new Entity(Tables.Contact) { [ContactColumns.LastName] = name, [ContactColumns.OwnerId] = new EntityReference(Tables.SystemUser, owner) });

    /// <summary>The agent sends an email (drafted, then completed as sent: the moment its recipient is touched).</summary>
    private Guid Email(Guid asUser, Guid contact, string subject)
    {
        var service = _w.Org.GetService(asUser);
        var id = service.Create(new Entity(Tables.Email)
        {
            [EmailColumns.DirectionCode] = StandardChoices.DirectionCode.Outgoing,
            [EmailColumns.From] = CaptureWorld.Parties(CaptureWorld.Party(Tables.SystemUser, asUser)),
            [EmailColumns.To] = CaptureWorld.Contacts(contact),
            [ActivityColumns.Subject] = subject,
        });
        service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference(Tables.Email, id),
            ["State"] = new OptionSetValue(StandardChoices.ActivityState.Completed),
            ["Status"] = new OptionSetValue(StandardChoices.EmailStatus.Sent),
        });
        return id;
    }

    private IReadOnlyList<Guid> JourneyContactsSeenBy(Guid user) =>
        _w.Org.GetService(user).RetrieveMultiple(new QueryExpression(Tables.Journey) { ColumnSet = new ColumnSet(JourneyColumns.Contact) })
            .Entities.Select(j => j.GetAttributeValue<EntityReference>(JourneyColumns.Contact)!.Id).ToList();

    private IReadOnlyList<Guid> TouchpointContactsSeenBy(Guid user) =>
        _w.Org.GetService(user).RetrieveMultiple(new QueryExpression(Tables.Touchpoint) { ColumnSet = new ColumnSet(TouchpointColumns.Contact) })
            .Entities.Select(j => j.GetAttributeValue<EntityReference>(TouchpointColumns.Contact)!.Id).Distinct().ToList();

    [Fact]
    public void An_agent_of_a_child_business_unit_sees_the_journeys_of_contacts_owned_there_and_no_others()
    {
        Assert.Equal([_ada], JourneyContactsSeenBy(_agentNorth));
        Assert.Equal([_ada], TouchpointContactsSeenBy(_agentNorth));
        Assert.Equal([_bob], JourneyContactsSeenBy(_agentSouth));
        Assert.Equal([_bob], TouchpointContactsSeenBy(_agentSouth));
    }

    [Fact]
    public void A_manager_sees_every_business_unit()
    {
        Assert.Equal(new[] { _ada, _bob }.Order(), JourneyContactsSeenBy(_manager).Order());
        Assert.Equal(new[] { _ada, _bob }.Order(), TouchpointContactsSeenBy(_manager).Order());
    }

    [Fact]
    public void An_agent_with_no_privilege_on_any_CX_table_saves_an_email_and_its_touchpoint_is_written_as_SYSTEM()
    {
        var cara = ContactOwnedBy("Cara", _plainAgent);
        var email = Email(_plainAgent, cara, "Your refund");

        var touchpoint = Assert.Single(_w.TouchpointsOf(cara));
        Assert.Equal(_plainAgent, touchpoint.GetAttributeValue<EntityReference>(TouchpointColumns.OwnerId)!.Id);
        Assert.NotEqual(_plainAgent, touchpoint.GetAttributeValue<EntityReference>("createdby")!.Id);
        Assert.Equal(email.ToString("D"), touchpoint.GetAttributeValue<string>(TouchpointColumns.SourceId));
        // And the agent cannot read it: the touchpoint exists for the CX roles, not because the agent may write it.
        Assert.ThrowsAny<FaultException<OrganizationServiceFault>>(() =>
            _w.Org.GetService(_plainAgent).Retrieve(Tables.Touchpoint, touchpoint.Id, new ColumnSet(TouchpointColumns.Name)));
    }

    [Fact]
    public void An_agent_flags_a_touchpoint_of_their_business_unit_but_cannot_rewrite_its_facts_nor_touch_another_units()
    {
        var agent = _w.Org.GetService(_agentNorth);
        var ada = _w.TouchpointsOf(_ada).Single();
        var bob = _w.TouchpointsOf(_bob).Single();

        agent.Update(new Entity(Tables.Touchpoint, ada.Id) { [TouchpointColumns.SystemicIssue] = true, [TouchpointColumns.SystemicIssueNote] = "Courier" });
        Assert.True(_w.Org.Query(Tables.Touchpoint).Single(t => t.Id == ada.Id).GetAttributeValue<bool>(TouchpointColumns.SystemicIssue));

        var rewrite = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            agent.Update(new Entity(Tables.Touchpoint, ada.Id) { [TouchpointColumns.SubjectSummary] = "All good" }));
        Assert.StartsWith("A touchpoint records what happened and cannot be rewritten (cx_subjectsummary)", rewrite.Detail.Message, StringComparison.Ordinal);

        Assert.ThrowsAny<FaultException<OrganizationServiceFault>>(() =>
            agent.Update(new Entity(Tables.Touchpoint, bob.Id) { [TouchpointColumns.SystemicIssue] = true }));
        Assert.False(_w.Org.Query(Tables.Touchpoint).Single(t => t.Id == bob.Id).GetAttributeValue<bool>(TouchpointColumns.SystemicIssue));
    }

    [Fact]
    public void Reassigning_a_contact_to_another_business_unit_moves_its_journey_and_touchpoints_out_of_the_old_agents_sight()
    {
        _w.Service.Execute(new OrganizationRequest("Assign")
        {
            ["Target"] = CaptureWorld.ContactRef(_ada),
            ["Assignee"] = new EntityReference(Tables.SystemUser, _agentSouth),
        });

        Assert.Empty(JourneyContactsSeenBy(_agentNorth));
        Assert.Empty(TouchpointContactsSeenBy(_agentNorth));
        Assert.Equal(new[] { _ada, _bob }.Order(), JourneyContactsSeenBy(_agentSouth).Order());
        Assert.Equal(new[] { _ada, _bob }.Order(), TouchpointContactsSeenBy(_agentSouth).Order());
    }

    // ---- the same through the Web API, as the views read it ------------------------------------------

    private async Task<JsonElement> Get(Guid asUser, string url)
    {
        _server?.Dispose();
        _server = LocalWebApiServer.Start(_w.Org, new WebApiOptions { UserId = asUser });
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _server.AccessToken);
        using var response = await client.GetAsync(new Uri(_server.ApiUri, url));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> Patch(Guid asUser, string url, string json)
    {
        _server?.Dispose();
        _server = LocalWebApiServer.Start(_w.Org, new WebApiOptions { UserId = asUser });
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _server.AccessToken);
        return await client.PatchAsync(new Uri(_server.ApiUri, url), new StringContent(json, Encoding.UTF8, "application/json"));
    }

    private static List<Guid> Contacts(JsonElement page) =>
        page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("_cx_contactid_value").GetGuid()).Distinct().ToList();

    [Fact]
    public async Task Through_the_Web_API_an_agent_reads_their_business_units_journeys_and_a_manager_all()
    {
        Assert.Equal([_ada], Contacts(await Get(_agentNorth, "cx_journeys?$select=_cx_contactid_value")));
        Assert.Equal([_ada], Contacts(await Get(_agentNorth, "cx_touchpoints?$select=_cx_contactid_value")));
        Assert.Equal(new[] { _ada, _bob }.Order(), Contacts(await Get(_manager, "cx_journeys?$select=_cx_contactid_value")).Order());
    }

    [Fact]
    public async Task Through_the_Web_API_an_agent_flags_but_cannot_rewrite_a_touchpoint()
    {
        var ada = _w.TouchpointsOf(_ada).Single();

        using (var flag = await Patch(_agentNorth, $"cx_touchpoints({ada.Id:D})", "{\"cx_systemicissue\":true}"))
            Assert.True(flag.IsSuccessStatusCode, await flag.Content.ReadAsStringAsync());
        using (var rewrite = await Patch(_agentNorth, $"cx_touchpoints({ada.Id:D})", "{\"cx_subjectsummary\":\"All good\"}"))
        {
            Assert.False(rewrite.IsSuccessStatusCode);
            Assert.Contains("cannot be rewritten", await rewrite.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var stored = _w.Org.Query(Tables.Touchpoint).Single(t => t.Id == ada.Id);
        Assert.True(stored.GetAttributeValue<bool>(TouchpointColumns.SystemicIssue));
        Assert.Equal(ada.GetAttributeValue<string>(TouchpointColumns.SubjectSummary), stored.GetAttributeValue<string>(TouchpointColumns.SubjectSummary));
    }
}
