using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests;

/// <summary>One record: GET by id or alternate key, POST, PATCH (update, upsert, conditions), DELETE, and their errors.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
public sealed class RecordTests : WebApiTestBase
{
    [Fact]
    public async Task Get_by_id_returns_the_record_with_an_entity_context()
    {
        Guid id = NewContact("Ada", "Lovelace");

        JsonElement record = await GetJson(Url($"contacts({id})", ("$select", "fullname")));

        Assert.Equal($"{Server.ApiUri}$metadata#contacts(fullname)/$entity", record.GetProperty("@odata.context").GetString());
        Assert.Equal("Ada Lovelace", record.GetProperty("fullname").GetString());
        Assert.Equal(id, record.GetProperty("contactid").GetGuid());
        Assert.StartsWith("W/\"", record.GetProperty("@odata.etag").GetString());
    }

    [Fact]
    public async Task Get_of_a_missing_record_is_a_404_with_the_platform_code()
    {
        Guid missing = Guid.NewGuid();
        using HttpResponseMessage response = await Get($"contacts({missing})");

        (string code, string message) = await Error(response, HttpStatusCode.NotFound);
        Assert.Equal("0x80040217", code);
        Assert.Contains(missing.ToString(), message);
    }

    [Fact]
    public async Task Get_by_alternate_key_finds_the_record()
    {
        Guid contact = NewContact("Ada", "Lovelace");
        Guid touchpoint = NewTouchpoint("Call", contact, t => t["cx_externalid"] = "T-100");

        JsonElement record = await GetJson(Url("cx_touchpoints(cx_externalid='T-100')", ("$select", "cx_name")));

        Assert.Equal(touchpoint, record.GetProperty("cx_touchpointid").GetGuid());
    }

    [Fact]
    public async Task Get_with_the_current_etag_in_if_none_match_is_304()
    {
        Guid id = NewContact("Ada", "Lovelace");
        JsonElement record = await GetJson(Url($"contacts({id})", ("$select", "fullname")));

        using HttpResponseMessage response = await Get(Url($"contacts({id})", ("$select", "fullname")), ("If-None-Match", record.GetProperty("@odata.etag").GetString()!));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Post_creates_through_the_organization_and_answers_204_with_the_entity_id()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Post, "contacts", new { firstname = "Grace", lastname = "Hopper", donotemail = true, birthdate = "1906-12-09" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        string entityId = Assert.Single(response.Headers.GetValues("OData-EntityId"));
        Assert.StartsWith(Server.ApiUri + "contacts(", entityId);
        Guid id = Guid.Parse(entityId[(entityId.IndexOf('(') + 1)..^1]);
        Entity stored = Org.Get("contact", id);
        Assert.Equal("Grace Hopper", stored.GetAttributeValue<string>("fullname"));
        Assert.True(stored.GetAttributeValue<bool>("donotemail"));
        Assert.Equal(new DateTime(1906, 12, 9), stored.GetAttributeValue<DateTime>("birthdate").Date);
        Assert.Equal(Org.AdminUserId, stored.GetAttributeValue<EntityReference>("createdby")!.Id);
    }

    [Fact]
    public async Task Post_with_return_representation_answers_201_with_the_record()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Post, Url("accounts", ("$select", "name,revenue,customertypecode")),
            new { name = "Contoso", revenue = 1000.25m, customertypecode = 3 },
            ("Prefer", "return=representation"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("return=representation", Assert.Single(response.Headers.GetValues("Preference-Applied")));
        JsonElement record = await Json(response);
        Assert.Equal("Contoso", record.GetProperty("name").GetString());
        Assert.Equal(1000.25m, record.GetProperty("revenue").GetDecimal());
        Assert.Equal(3, record.GetProperty("customertypecode").GetInt32());
        Guid id = record.GetProperty("accountid").GetGuid();
        Assert.Equal(1000.25m, Org.Get("account", id).GetAttributeValue<Money>("revenue")!.Value);
    }

    [Fact]
    public async Task Post_binds_lookups_with_odata_bind()
    {
        Guid account = NewAccount("Contoso");

        using HttpResponseMessage response = await Send(HttpMethod.Post, "contacts", $$"""
            { "lastname": "Lovelace", "parentcustomerid_account@odata.bind": "/accounts({{account}})" }
            """);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Entity stored = Org.Query("contact").Single();
        Assert.Equal(new EntityReference("account", account), stored.GetAttributeValue<EntityReference>("parentcustomerid"));
    }

    [Fact]
    public async Task A_custom_lookup_binds_by_its_case_sensitive_schema_name()
    {
        Guid contact = NewContact("Ada", "Lovelace");

        using HttpResponseMessage lower = await Send(HttpMethod.Post, "cx_touchpoints", $$"""{ "cx_name": "Call", "cx_contactid@odata.bind": "/contacts({{contact}})" }""");
        using HttpResponseMessage schema = await Send(HttpMethod.Post, "cx_touchpoints", $$"""{ "cx_name": "Call", "cx_ContactId@odata.bind": "/contacts({{contact}})" }""");

        (_, string message) = await Error(lower, HttpStatusCode.BadRequest);
        Assert.StartsWith("An undeclared property 'cx_contactid' which only has property annotations in the payload", message);
        Assert.Equal(HttpStatusCode.NoContent, schema.StatusCode);
        Assert.Equal(contact, Org.Query("cx_touchpoint").Single().GetAttributeValue<EntityReference>("cx_contactid")!.Id);
    }

    [Fact]
    public async Task Post_refuses_unknown_properties_and_values_of_the_wrong_type()
    {
        using HttpResponseMessage unknown = await Send(HttpMethod.Post, "contacts", new { lastname = "x", shoesize = "y" });
        using HttpResponseMessage wrongType = await Send(HttpMethod.Post, "accounts", new { name = "x", numberofemployees = "many" });
        using HttpResponseMessage readOnlyLookup = await Send(HttpMethod.Post, "contacts", new { lastname = "x", _parentcustomerid_value = Guid.NewGuid() });

        Assert.StartsWith("The property 'shoesize' does not exist on type 'Microsoft.Dynamics.CRM.contact'.", (await Error(unknown, HttpStatusCode.BadRequest)).Message);
        Assert.Equal("Cannot convert the literal '\"many\"' to the expected type 'Edm.Int32'.", (await Error(wrongType, HttpStatusCode.BadRequest)).Message);
        Assert.Contains("parentcustomerid_account@odata.bind", (await Error(readOnlyLookup, HttpStatusCode.BadRequest)).Message);
        Assert.Equal(0, Org.Count("contact"));
    }

    [Fact]
    public async Task A_validation_fault_of_the_organization_is_a_400_with_its_code()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Post, "accounts", new { name = "Contoso", customertypecode = 99 });

        (string code, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal("0x8004431a", code);
        Assert.Contains("customertypecode", message);
    }

    [Fact]
    public async Task Patch_updates_the_record()
    {
        Guid id = NewContact("Ada", "Lovelace");

        using HttpResponseMessage response = await Send(HttpMethod.Patch, $"contacts({id})", new { jobtitle = "Analyst", telephone1 = (string?)null });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal($"{Server.ApiUri}contacts({id})", Assert.Single(response.Headers.GetValues("OData-EntityId")));
        Assert.Equal("Analyst", Org.Get("contact", id).GetAttributeValue<string>("jobtitle"));
    }

    [Fact]
    public async Task Patch_with_a_stale_etag_fails_the_precondition()
    {
        Guid id = NewContact("Ada", "Lovelace");
        string etag = (await GetJson(Url($"contacts({id})", ("$select", "lastname")))).GetProperty("@odata.etag").GetString()!;
        Service.Update(new Entity("contact", id) { ["jobtitle"] = "Changed elsewhere" });

        using HttpResponseMessage stale = await Send(HttpMethod.Patch, $"contacts({id})", new { jobtitle = "Mine" }, ("If-Match", etag));
        string current = (await GetJson(Url($"contacts({id})", ("$select", "lastname")))).GetProperty("@odata.etag").GetString()!;
        using HttpResponseMessage fresh = await Send(HttpMethod.Patch, $"contacts({id})", new { jobtitle = "Mine" }, ("If-Match", current));

        (string code, _) = await Error(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("0x80060882", code);
        Assert.Equal(HttpStatusCode.NoContent, fresh.StatusCode);
        Assert.Equal("Mine", Org.Get("contact", id).GetAttributeValue<string>("jobtitle"));
    }

    [Fact]
    public async Task Patch_without_conditions_upserts_a_missing_record_with_the_given_id()
    {
        Guid id = Guid.NewGuid();

        using HttpResponseMessage response = await Send(HttpMethod.Patch, $"contacts({id})", new { lastname = "Hopper" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Hopper", Org.Get("contact", id).GetAttributeValue<string>("lastname"));
    }

    [Fact]
    public async Task Patch_with_if_match_star_does_not_create()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Patch, $"contacts({Guid.NewGuid()})", new { lastname = "Hopper" }, ("If-Match", "*"));

        (string code, _) = await Error(response, HttpStatusCode.NotFound);
        Assert.Equal("0x80040217", code);
        Assert.Equal(0, Org.Count("contact"));
    }

    [Fact]
    public async Task Patch_with_if_none_match_star_does_not_update()
    {
        Guid id = NewContact("Ada", "Lovelace");

        using HttpResponseMessage response = await Send(HttpMethod.Patch, $"contacts({id})", new { lastname = "Byron" }, ("If-None-Match", "*"));

        (string code, _) = await Error(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal("0x80040237", code);
        Assert.Equal("Lovelace", Org.Get("contact", id).GetAttributeValue<string>("lastname"));
    }

    [Fact]
    public async Task Patch_with_return_representation_answers_200_with_the_updated_record()
    {
        Guid id = NewContact("Ada", "Lovelace");

        using HttpResponseMessage response = await Send(HttpMethod.Patch, Url($"contacts({id})", ("$select", "fullname")), new { lastname = "King" }, ("Prefer", "return=representation"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ada King", (await Json(response)).GetProperty("fullname").GetString());
    }

    [Fact]
    public async Task Delete_removes_the_record_and_a_second_delete_is_404()
    {
        Guid id = NewContact("Ada", "Lovelace");

        using HttpResponseMessage first = await Send(HttpMethod.Delete, $"contacts({id})");
        using HttpResponseMessage second = await Send(HttpMethod.Delete, $"contacts({id})");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Null(Org.Find("contact", id));
        await Error(second, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_caller_header_impersonates_another_user()
    {
        Guid user = Org.NewUser("Grace", "Hopper").WithRoles("System Administrator").Create();

        using HttpResponseMessage response = await Send(HttpMethod.Post, "contacts", new { lastname = "Lovelace" }, ("MSCRMCallerID", user.ToString()));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(user, Org.Query("contact").Single().GetAttributeValue<EntityReference>("createdby")!.Id);
    }
}
