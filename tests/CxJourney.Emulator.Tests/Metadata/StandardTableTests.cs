using System.Linq;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Emulator.Tests.Metadata;

public class StandardTableTests
{
    private static readonly MetadataCatalog Catalog = MetadataCatalog.Standard;

    [Fact]
    public void Incident_has_the_platform_states_with_their_default_statuses()
    {
        // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_StateCode
        var incident = Catalog.GetTable("incident");
        Assert.Equal(new[] { 0, 1, 2 }, incident.States.Select(s => s.Value));
        Assert.Equal(new[] { "Active", "Resolved", "Cancelled" }, incident.States.Select(s => s.Label));
        Assert.Equal(1, incident.GetDefaultStatus(0));
        Assert.Equal(5, incident.GetDefaultStatus(1));
        Assert.Equal(6, incident.GetDefaultStatus(2));
        Assert.Null(incident.GetDefaultStatus(3));
    }

    [Fact]
    public void Incident_statuses_belong_to_their_state_only()
    {
        var incident = Catalog.GetTable("incident");
        Assert.Equal(new[] { 1, 2, 3, 4 }, incident.States[0].Statuses);
        Assert.True(incident.IsValidStatus(1, 1000));
        Assert.False(incident.IsValidStatus(0, 5));
        Assert.Equal(2, incident.GetStateOfStatus(2000));
        Assert.Null(incident.GetStateOfStatus(99));
        var status = incident.GetColumn("statuscode");
        Assert.Equal(ColumnType.Status, status.Type);
        Assert.True(status.TryGetOption(1000, out var informationProvided));
        Assert.Equal("Information Provided", informationProvided.Label);
        Assert.Equal(1, informationProvided.State);
        // The page lists statecode as valid for create; the organization still starts a new row in its first state.
        Assert.True(incident.GetColumn("statecode").IsValidForCreate);
    }

    [Fact]
    public void Incident_names_keys_and_customer_lookup()
    {
        var incident = Catalog.GetTable("incident");
        Assert.Equal("incidents", incident.EntitySetName);
        Assert.Equal("incidentid", incident.PrimaryIdAttribute);
        Assert.Equal("title", incident.PrimaryNameAttribute);
        Assert.Equal(112, incident.ObjectTypeCode);
        var customer = incident.GetColumn("customerid");
        Assert.Equal(ColumnType.Customer, customer.Type);
        Assert.Equal(new[] { "account", "contact" }, customer.Targets);
        Assert.Equal(new[] { "contact" }, incident.GetColumn("primarycontactid").Targets);
        Assert.True(incident.GetColumn("prioritycode").HasOption(2));
        Assert.Equal(2, incident.GetColumn("prioritycode").DefaultValue);
        // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_TicketNumber (IsValidForCreate/Update True)
        Assert.True(incident.GetColumn("ticketnumber").IsValidForUpdate);
        Assert.True(incident.GetColumn("ticketnumber").IsValidForCreate);
    }

    [Fact]
    public void Contact_lookups_point_at_the_right_tables()
    {
        var contact = Catalog.GetTable("contact");
        Assert.Equal(new[] { "account", "contact" }, contact.GetColumn("parentcustomerid").Targets);
        Assert.Equal(ColumnType.Customer, contact.GetColumn("parentcustomerid").Type);
        Assert.Equal(new[] { "systemuser", "team" }, contact.GetColumn("ownerid").Targets);
        Assert.Equal(ColumnType.Owner, contact.GetColumn("ownerid").Type);
        Assert.Equal(new[] { "businessunit" }, contact.GetColumn("owningbusinessunit").Targets);
        Assert.Equal(new[] { "systemuser" }, contact.GetColumn("createdby").Targets);
        Assert.Equal(new[] { "account" }, contact.GetColumn("accountid").Targets);
        Assert.False(contact.GetColumn("fullname").IsValidForCreate);
        Assert.Equal("fullname", contact.PrimaryNameAttribute);
        Assert.Equal(new[] { "Allow", "Do Not Allow" }, contact.GetColumn("donotemail").Options.Select(o => o.Label));
    }

    [Fact]
    public void Activities_share_the_activity_columns_and_party_lists()
    {
        var email = Catalog.GetTable("email");
        Assert.True(email.IsActivity);
        Assert.Equal("activityid", email.PrimaryIdAttribute);
        Assert.Equal("subject", email.PrimaryNameAttribute);
        Assert.Equal(ColumnType.PartyList, email.GetColumn("to").Type);
        Assert.Contains("contact", email.GetColumn("from").Targets);
        Assert.Contains("incident", email.GetColumn("regardingobjectid").Targets);
        Assert.Equal(ColumnType.Boolean, email.GetColumn("directioncode").Type);
        Assert.Equal(new[] { 1, 8 }, email.States[0].Statuses);
        Assert.Equal(ColumnType.PartyList, Catalog.GetColumn("appointment", "requiredattendees").Type);
        Assert.Equal(2, Catalog.GetTable("task").GetDefaultStatus(0));
        // https://learn.microsoft.com/dynamics365/developer/reference/entities/incidentresolution#BKMK_RegardingObjectId (the page lists it)
        Assert.True(Catalog.GetTable("incidentresolution").HasColumn("regardingobjectid"));
        Assert.Equal(new[] { "incident" }, Catalog.GetColumn("incidentresolution", "incidentid").Targets);
    }

    [Fact]
    public void Activity_party_participation_types_match_the_documented_values()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity#activity-party-types
        var mask = Catalog.GetColumn("activityparty", "participationtypemask");
        Assert.True(mask.TryGetOption(1, out var sender));
        Assert.Equal("Sender", sender.Label);
        Assert.True(mask.TryGetOption(5, out var required));
        Assert.Equal("Required attendee", required.Label);
        Assert.True(mask.TryGetOption(11, out var customer));
        Assert.Equal("Customer", customer.Label);
        var party = Catalog.GetTable("activityparty");
        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activityparty (PrimaryNameAttribute partyidname)
        Assert.Equal("partyidname", party.PrimaryNameAttribute);
        Assert.False(party.HasColumn("createdon"));
        Assert.True(party.HasColumn("versionnumber"));
        Assert.Equal(new[] { "activitypointer" }, party.GetColumn("activityid").Targets);
    }

    [Fact]
    public void Every_table_has_the_common_columns_and_user_owned_tables_the_owner_columns()
    {
        foreach (var table in Catalog.Tables)
        {
            Assert.True(table.HasColumn("versionnumber"), table.LogicalName);
            Assert.True(table.PrimaryIdColumn.IsPrimaryId, table.LogicalName);
            if (table.PrimaryNameAttribute is { } name) Assert.True(table.GetColumn(name).IsPrimaryName, table.LogicalName);
            if (table.Ownership == TableOwnership.UserOwned)
            {
                foreach (var column in new[] { "ownerid", "owningbusinessunit", "owninguser", "owningteam" })
                    Assert.True(table.HasColumn(column), $"{table.LogicalName}.{column}");
            }
        }
    }

    [Fact]
    public void Every_lookup_target_is_a_table_of_the_catalog()
    {
        var dangling = Catalog.Tables
            .SelectMany(t => t.Columns.SelectMany(c => c.Targets.Select(target => (Table: t.LogicalName, Column: c.LogicalName, Target: target))))
            .Where(x => !Catalog.ContainsTable(x.Target))
            .ToList();
        Assert.Empty(dangling);
    }

    [Fact]
    public void Every_default_status_is_one_of_its_states_statuses()
    {
        foreach (var table in Catalog.Tables.Where(t => t.HasStates))
        {
            foreach (var state in table.States)
                Assert.True(table.IsValidStatus(state.Value, state.DefaultStatus), $"{table.LogicalName} state {state.Value}");
        }
    }

    [Fact]
    public void Opportunity_and_sales_tables_have_their_closing_states()
    {
        var opportunity = Catalog.GetTable("opportunity");
        Assert.Equal(new[] { "Open", "Won", "Lost" }, opportunity.States.Select(s => s.Label));
        Assert.Equal(3, opportunity.GetDefaultStatus(1));
        Assert.Equal(4, opportunity.GetDefaultStatus(2));
        Assert.Equal(4, Catalog.GetTable("salesorder").GetStateOfStatus(100003));
        Assert.Equal(3, Catalog.GetTable("lead").GetDefaultStatus(1));
        Assert.Equal("opportunities", opportunity.EntitySetName);
    }

    [Fact]
    public void Tables_are_found_by_entity_set_name_and_type_code()
    {
        Assert.True(Catalog.TryGetTableByEntitySetName("environmentvariabledefinitions", out var definition));
        Assert.Equal("environmentvariabledefinition", definition.LogicalName);
        Assert.Equal("systemuser", Catalog.FindTableByObjectTypeCode(8)!.LogicalName);
        Assert.Equal("team", Catalog.FindTableByObjectTypeCode(9)!.LogicalName);
        Assert.Null(Catalog.FindTableByObjectTypeCode(123456));
        Assert.False(Catalog.TryGetTableByEntitySetName("contact", out _));
    }
}
