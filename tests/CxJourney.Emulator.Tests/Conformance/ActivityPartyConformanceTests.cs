using System;
using System.Linq;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>Activity parties are activityparty rows with participation type masks, queryable, validated, flagged when the party is deleted.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity
public sealed class ActivityPartyConformanceTests : OrganizationFixture
{
    private static Entity Party(string table, Guid id) => new("activityparty") { ["partyid"] = new EntityReference(table, id) };

    private Guid NewEmail(Guid from, params Guid[] to) => Service.Create(new Entity("email")
    {
        ["subject"] = "Hello",
        ["from"] = new EntityCollection(new[] { Party("systemuser", from) }),
        ["to"] = new EntityCollection(to.Select(id => Party("contact", id)).ToList()),
    });

    [Fact]
    public void Each_party_is_an_activityparty_row_with_its_participation_mask()
    {
        Guid ada = NewContact("Ada", "Lovelace");
        Guid alan = NewContact("Alan", "Turing");

        Guid email = NewEmail(Org.AdminUserId, ada, alan);

        var parties = Org.Query("activityparty").Where(p => p.GetAttributeValue<EntityReference>("activityid")!.Id == email).ToList();
        Assert.Equal(3, parties.Count);
        Assert.Equal(Org.AdminUserId, parties.Single(p => p.GetAttributeValue<OptionSetValue>("participationtypemask")!.Value == 1).GetAttributeValue<EntityReference>("partyid")!.Id);
        Assert.Equal(new[] { ada, alan }.Order(), parties.Where(p => p.GetAttributeValue<OptionSetValue>("participationtypemask")!.Value == 2).Select(p => p.GetAttributeValue<EntityReference>("partyid")!.Id).Order());
    }

    [Fact]
    public void Emails_to_a_contact_are_found_by_joining_activityparty()
    {
        Guid ada = NewContact("Ada", "Lovelace");
        Guid alan = NewContact("Alan", "Turing");
        Guid toAda = NewEmail(Org.AdminUserId, ada);
        NewEmail(Org.AdminUserId, alan);

        var query = new QueryExpression("email") { ColumnSet = new ColumnSet("subject") };
        LinkEntity party = query.AddLink("activityparty", "activityid", "activityid");
        party.LinkCriteria.AddCondition("partyid", ConditionOperator.Equal, ada);
        party.LinkCriteria.AddCondition("participationtypemask", ConditionOperator.Equal, 2);

        Assert.Equal(new[] { toAda }, Service.RetrieveMultiple(query).Entities.Select(e => e.Id));
    }

    [Fact]
    public void Updating_a_party_list_replaces_its_rows_only()
    {
        Guid ada = NewContact("Ada", "Lovelace");
        Guid alan = NewContact("Alan", "Turing");
        Guid email = NewEmail(Org.AdminUserId, ada);

        Service.Update(new Entity("email", email) { ["to"] = new EntityCollection(new[] { Party("contact", alan) }) });

        var parties = Org.Query("activityparty").Where(p => p.GetAttributeValue<EntityReference>("activityid")!.Id == email).ToList();
        Assert.Equal(alan, parties.Single(p => p.GetAttributeValue<OptionSetValue>("participationtypemask")!.Value == 2).GetAttributeValue<EntityReference>("partyid")!.Id);
        Assert.Single(parties, p => p.GetAttributeValue<OptionSetValue>("participationtypemask")!.Value == 1);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activityparty#BKMK_IsPartyDeleted
    [Fact]
    public void Deleting_the_party_s_record_sets_ispartydeleted_and_keeps_the_row()
    {
        Guid ada = NewContact("Ada", "Lovelace");
        Guid account = NewAccount();
        Guid email = Service.Create(new Entity("email")
        {
            ["subject"] = "Hello",
            ["regardingobjectid"] = new EntityReference("account", account),
            ["to"] = new EntityCollection(new[] { Party("contact", ada) }),
        });

        Service.Delete("contact", ada);

        Entity row = Org.Query("activityparty").Single(p => p.GetAttributeValue<EntityReference>("activityid")!.Id == email);
        Assert.True(row.GetAttributeValue<bool>("ispartydeleted"));
        Assert.NotNull(Org.Find("email", email));
    }

    [Fact]
    public void Deleting_the_activity_removes_its_party_rows()
    {
        Guid email = NewEmail(Org.AdminUserId, NewContact());

        Service.Delete("email", email);

        Assert.Equal(0, Org.Count("activityparty"));
    }

    [Fact]
    public void A_party_that_does_not_exist_fails_the_create_and_writes_nothing()
    {
        Fails(ErrorCodes.ObjectDoesNotExist, () => NewEmail(Org.AdminUserId, Guid.NewGuid()));

        Assert.Equal(0, Org.Count("email"));
        Assert.Equal(0, Org.Count("activityparty"));
    }

    [Fact]
    public void A_party_of_a_table_the_column_does_not_accept_is_refused()
    {
        Guid incident = NewIncident();

        Fails(ErrorCodes.InvalidArgument, () => Service.Create(new Entity("email")
        {
            ["subject"] = "Hello",
            ["to"] = new EntityCollection(new[] { Party("incident", incident) }),
        }));
    }

    [Fact]
    public void An_unresolved_email_address_is_a_party_without_a_record()
    {
        Guid email = Service.Create(new Entity("email")
        {
            ["subject"] = "Hello",
            ["to"] = new EntityCollection(new[] { new Entity("activityparty") { ["addressused"] = "someone@example.com" } }),
        });

        Entity row = Org.Query("activityparty").Single(p => p.GetAttributeValue<EntityReference>("activityid")!.Id == email);
        Assert.Equal("someone@example.com", row.GetAttributeValue<string>("addressused"));
        Assert.False(row.Contains("partyid"));
    }
}
