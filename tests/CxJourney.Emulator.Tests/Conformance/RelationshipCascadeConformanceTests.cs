using System;
using System.Linq;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>The platform's relationships among standard tables and their cascade rules on Delete and Assign; deep insert.</summary>
public sealed class RelationshipCascadeConformanceTests : OrganizationFixture
{
    private Guid NewTask(string subject, EntityReference regarding) =>
        Service.Create(new Entity("task") { ["subject"] = subject, ["regardingobjectid"] = regarding });

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_Contact_Tasks (Delete: Cascade)
    [Fact]
    public void Deleting_a_contact_deletes_the_tasks_regarding_it_and_nothing_else()
    {
        Guid ada = NewContact("Ada", "Lovelace");
        Guid alan = NewContact("Alan", "Turing");
        NewTask("Call Ada", new EntityReference("contact", ada));
        Guid other = NewTask("Call Alan", new EntityReference("contact", alan));

        Service.Delete("contact", ada);

        Assert.Equal(new[] { other }, Org.Query("task").Select(t => t.Id));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_account_primary_contact (Delete: RemoveLink)
    [Fact]
    public void Deleting_a_contact_clears_the_primary_contact_of_accounts_but_keeps_them()
    {
        Guid ada = NewContact();
        Guid account = Service.Create(new Entity("account") { ["name"] = "Contoso", ["primarycontactid"] = new EntityReference("contact", ada) });

        Service.Delete("contact", ada);

        Assert.False(Org.Get("account", account).Contains("primarycontactid"));
    }

    // https://learn.microsoft.com/dynamics365/customer-engagement/web-api/incident (incident_customer_contacts, Delete: Cascade)
    [Fact]
    public void Deleting_a_customer_deletes_its_cases_and_their_tasks()
    {
        Guid ada = NewContact();
        Guid incident = NewIncident(customer: ada);
        NewTask("Follow up", new EntityReference("incident", incident));

        Service.Delete("contact", ada);

        Assert.Equal(0, Org.Count("incident"));
        Assert.Equal(0, Org.Count("task"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
    [Fact]
    public void A_cascade_that_fails_half_way_leaves_everything_in_place()
    {
        Guid ada = NewContact();
        NewTask("Call Ada", new EntityReference("contact", ada));
        Guid stale = NewTask("Stale", new EntityReference("contact", ada));
        var delete = new DeleteRequest { Target = new EntityReference("contact", ada) { RowVersion = "1" }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        Assert.ThrowsAny<Exception>(() => Service.Execute(delete));

        Assert.Equal(2, Org.Count("task"));
        Assert.NotNull(Org.Find("task", stale));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_Contact_Tasks (Assign: Cascade)
    [Fact]
    public void Assigning_a_contact_assigns_its_tasks_and_cases_to_the_new_owner()
    {
        Guid grace = Org.CreateUser("Grace", "Hopper");
        Guid ada = NewContact();
        Guid task = NewTask("Call Ada", new EntityReference("contact", ada));
        Guid incident = NewIncident(customer: ada);
        Guid unrelated = NewTask("Unrelated", new EntityReference("account", NewAccount()));

        Service.Execute(new OrganizationRequest("Assign")
        {
            ["Target"] = new EntityReference("contact", ada),
            ["Assignee"] = new EntityReference("systemuser", grace),
        });

        Assert.Equal(grace, Org.Get("task", task).GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.Equal(grace, Org.Get("incident", incident).GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.Equal(Org.AdminUserId, Org.Get("task", unrelated).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_account_primary_contact (Assign: NoCascade)
    [Fact]
    public void Assign_does_not_cascade_through_a_referential_relationship()
    {
        Guid grace = Org.CreateUser("Grace", "Hopper");
        Guid ada = NewContact();
        Guid account = Service.Create(new Entity("account") { ["name"] = "Contoso", ["primarycontactid"] = new EntityReference("contact", ada) });

        Service.Update(new Entity("contact", ada) { ["ownerid"] = new EntityReference("systemuser", grace) });

        Assert.Equal(Org.AdminUserId, Org.Get("account", account).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create#create-related-table-rows-in-one-operation
    [Fact]
    public void Create_with_related_entities_creates_them_in_the_same_operation()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship("contact_customer_accounts")] = new EntityCollection(new[]
        {
            new Entity("contact") { ["lastname"] = "Lovelace" },
            new Entity("contact") { ["lastname"] = "Turing" },
        });
        account.RelatedEntities[new Relationship("Account_Tasks")] = new EntityCollection(new[] { new Entity("task") { ["subject"] = "Welcome call" } });

        Guid id = Service.Create(account);

        var contacts = Org.Query("contact");
        Assert.Equal(new[] { "Lovelace", "Turing" }, contacts.Select(c => c.GetAttributeValue<string>("lastname")).Order());
        Assert.All(contacts, c => Assert.Equal(id, c.GetAttributeValue<EntityReference>("parentcustomerid")!.Id));
        Assert.Equal(id, Org.Query("task").Single().GetAttributeValue<EntityReference>("regardingobjectid")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create#create-related-table-rows-in-one-operation
    [Fact]
    public void A_failing_related_row_fails_the_whole_create()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship("contact_customer_accounts")] = new EntityCollection(new[]
        {
            new Entity("contact") { ["lastname"] = "Lovelace" },
            new Entity("contact") { ["lastname"] = new string('x', 51) },
        });

        Fails(ErrorCodes.StringLengthTooLong, () => Service.Create(account));

        Assert.Equal(0, Org.Count("account"));
        Assert.Equal(0, Org.Count("contact"));
    }

    [Fact]
    public void Related_entities_through_an_unknown_relationship_are_refused()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship("no_such_relationship")] = new EntityCollection(new[] { new Entity("contact") { ["lastname"] = "X" } });

        Fails(ErrorCodes.InvalidArgument, () => Service.Create(account));
        Assert.Equal(0, Org.Count("account"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#update-related-entities-in-one-operation
    [Fact]
    public void Update_with_related_entities_updates_them_after_the_target_in_the_same_operation()
    {
        Guid account = Service.Create(new Entity("account") { ["name"] = "Contoso" });
        Guid linked = Service.Create(new Entity("task") { ["subject"] = "Old", ["regardingobjectid"] = new EntityReference("account", account) });
        Guid loose = Service.Create(new Entity("task") { ["subject"] = "Loose" });
        var update = new Entity("account", account) { ["name"] = "Contoso Ltd" };
        update.RelatedEntities[new Relationship("Account_Tasks")] = new EntityCollection(new[]
        {
            new Entity("task", linked) { ["subject"] = "Updated" },
            new Entity("task", loose) { ["subject"] = "Now the account's" },
        });

        Service.Update(update);

        Assert.Equal("Contoso Ltd", Org.Get("account", account).GetAttributeValue<string>("name"));
        Assert.Equal("Updated", Org.Get("task", linked).GetAttributeValue<string>("subject"));
        Assert.Equal("Now the account's", Org.Get("task", loose).GetAttributeValue<string>("subject"));
        Assert.All(new[] { linked, loose }, t => Assert.Equal(account, Org.Get("task", t).GetAttributeValue<EntityReference>("regardingobjectid")!.Id));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#update-related-entities-in-one-operation
    [Fact]
    public void A_failing_related_row_fails_the_whole_update()
    {
        Guid account = Service.Create(new Entity("account") { ["name"] = "Contoso" });
        Guid task = Service.Create(new Entity("task") { ["subject"] = "Old" });
        var update = new Entity("account", account) { ["name"] = "Contoso Ltd" };
        update.RelatedEntities[new Relationship("Account_Tasks")] = new EntityCollection(new[] { new Entity("task", task) { ["subject"] = new string('x', 201) } });

        Fails(ErrorCodes.StringLengthTooLong, () => Service.Update(update));

        Assert.Equal("Contoso", Org.Get("account", account).GetAttributeValue<string>("name"));
        Assert.Equal("Old", Org.Get("task", task).GetAttributeValue<string>("subject"));
        Assert.False(Org.Get("task", task).Contains("regardingobjectid"));
    }

    [Fact]
    public void Update_with_related_rows_on_the_one_side_is_refused_with_a_clear_error()
    {
        Guid ada = NewContact();
        Guid account = Service.Create(new Entity("account") { ["name"] = "Contoso", ["primarycontactid"] = new EntityReference("contact", ada) });
        var update = new Entity("account", account) { ["name"] = "Contoso Ltd" };
        update.RelatedEntities[new Relationship("account_primary_contact")] = new EntityCollection(new[] { new Entity("contact", ada) { ["lastname"] = "Byron" } });

        Fails(ErrorCodes.NotSupported, () => Service.Update(update));
        Assert.Equal("Contoso", Org.Get("account", account).GetAttributeValue<string>("name"));
    }
}
