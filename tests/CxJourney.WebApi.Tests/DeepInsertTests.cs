using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests;

/// <summary>
/// Deep insert through the Web API: a POST whose body nests related rows in navigation properties
/// (single-valued: an object; collection-valued: an array) creates them with the record, in one
/// operation that succeeds or fails as a whole; @odata.bind works inside the nested rows.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api#create-related-table-rows-in-one-operation
public sealed class DeepInsertTests : WebApiTestBase
{
    [Fact]
    public async Task An_account_with_a_nested_primary_contact_and_tasks_is_created_with_them_and_answers_204()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Post, "accounts", """
            {
              "name": "Sample Account",
              "primarycontactid": { "firstname": "John", "lastname": "Smith" },
              "Account_Tasks": [ { "subject": "Task associated to the new account" }, { "subject": "Second task" } ]
            }
            """);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        string entityId = Assert.Single(response.Headers.GetValues("OData-EntityId"));
        Guid account = Guid.Parse(entityId[(entityId.IndexOf('(') + 1)..^1]);
        Entity contact = Org.Query("contact").Single();
        Assert.Equal("John Smith", contact.GetAttributeValue<string>("fullname"));
        Assert.Equal(contact.Id, Org.Get("account", account).GetAttributeValue<EntityReference>("primarycontactid")!.Id);
        var tasks = Org.Query("task").ToList();
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(new EntityReference("account", account), t.GetAttributeValue<EntityReference>("regardingobjectid")));
    }

    [Fact]
    public async Task A_nested_customer_of_a_case_is_created_and_set_as_its_customer()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Post, "incidents", """
            { "title": "Printer on fire", "customerid_contact": { "firstname": "Roy", "lastname": "Trenneman" } }
            """);

        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        Entity contact = Org.Query("contact").Single();
        Entity incident = Org.Query("incident").Single();
        Assert.Equal(new EntityReference("contact", contact.Id), incident.GetAttributeValue<EntityReference>("customerid"));
    }

    [Fact]
    public async Task Nested_rows_nest_further_and_bind_lookups_with_odata_bind()
    {
        Guid agent = Org.CreateUser("Nested", "Agent");

        using HttpResponseMessage response = await Send(HttpMethod.Post, Url("accounts", ("$select", "name")), $$"""
            {
              "name": "Contoso",
              "contact_customer_accounts": [
                {
                  "lastname": "Lovelace",
                  "Contact_Tasks": [ { "subject": "Call Ada back", "ownerid@odata.bind": "/systemusers({{agent}})" } ]
                }
              ]
            }
            """, ("Prefer", "return=representation"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement record = await Json(response);
        Guid account = record.GetProperty("accountid").GetGuid();
        Entity contact = Org.Query("contact").Single();
        Assert.Equal(new EntityReference("account", account), contact.GetAttributeValue<EntityReference>("parentcustomerid"));
        Entity task = Org.Query("task").Single();
        Assert.Equal(new EntityReference("contact", contact.Id), task.GetAttributeValue<EntityReference>("regardingobjectid"));
        Assert.Equal(agent, task.GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    [Fact]
    public async Task A_nested_row_the_organization_refuses_fails_the_whole_request_and_creates_nothing()
    {
        using HttpResponseMessage response = await Send(HttpMethod.Post, "contacts", """
            {
              "lastname": "Atomic",
              "Contact_Tasks": [ { "subject": "Fine" }, { "subject": "Out of range", "percentcomplete": 150 } ]
            }
            """);

        (_, string message) = await Error(response, HttpStatusCode.BadRequest);
        Assert.Contains("percentcomplete", message);
        Assert.Equal(0, Org.Count("contact"));
        Assert.Equal(0, Org.Count("task"));
    }

    [Fact]
    public async Task Nested_rows_of_the_wrong_shape_or_in_an_update_are_refused_with_a_400()
    {
        Guid contact = NewContact("Ada", "Lovelace");

        using HttpResponseMessage notArray = await Send(HttpMethod.Post, "contacts", """{ "lastname": "x", "Contact_Tasks": { "subject": "one" } }""");
        using HttpResponseMessage notObject = await Send(HttpMethod.Post, "accounts", """{ "name": "x", "primarycontactid": "Ada" }""");
        using HttpResponseMessage inUpdate = await Send(HttpMethod.Patch, $"contacts({contact})", """{ "Contact_Tasks": [ { "subject": "no" } ] }""");
        using HttpResponseMessage caseMatters = await Send(HttpMethod.Post, "contacts", """{ "lastname": "x", "contact_tasks": [ { "subject": "no" } ] }""");

        Assert.Contains("must be an array", (await Error(notArray, HttpStatusCode.BadRequest)).Message);
        Assert.Contains("primarycontactid@odata.bind", (await Error(notObject, HttpStatusCode.BadRequest)).Message);
        Assert.Contains("deep insert is for POST", (await Error(inUpdate, HttpStatusCode.BadRequest)).Message);
        Assert.StartsWith("The property 'contact_tasks' does not exist", (await Error(caseMatters, HttpStatusCode.BadRequest)).Message);
        Assert.Equal(1, Org.Count("contact"));
        Assert.Equal(0, Org.Count("task"));
    }
}
