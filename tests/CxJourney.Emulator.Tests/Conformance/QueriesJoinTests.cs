using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>link-entity / LinkEntity joins: join types, aliases, AliasedValue columns and filters on related rows.</summary>
public class QueriesJoinTests
{
    private static string[] Names(EntityCollection result, string column = "name")
        => result.Entities.Select(e => e.GetAttributeValue<string>(column) ?? "").OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>Contoso (primary contact Ann), Fabrikam (primary contact Bob), Litware (none).</summary>
    private static QueryOrg AccountsWithPrimaryContacts()
    {
        var org = new QueryOrg();
        Guid ann = org.Contact("Ann", "Lee");
        Guid bob = org.Contact("Bob", "Ray");
        org.Account("Contoso", ("primarycontactid", new EntityReference("contact", ann)));
        org.Account("Fabrikam", ("primarycontactid", new EntityReference("contact", bob)));
        org.Account("Litware");
        return org;
    }

    [Fact]
    public void Inner_link_entity_returns_only_rows_with_a_match_and_its_columns_as_aliased_values()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables
        QueryOrg org = AccountsWithPrimaryContacts();

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <link-entity name='contact' from='contactid' to='primarycontactid' link-type='inner' alias='contact'>
              <attribute name='fullname' /></link-entity></entity></fetch>");

        Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names(result));
        Entity contoso = result.Entities.Single(e => e.GetAttributeValue<string>("name") == "Contoso");
        var fullName = Assert.IsType<AliasedValue>(contoso["contact.fullname"]);
        Assert.Equal("Ann Lee", fullName.Value);
        Assert.Equal("contact", fullName.EntityLogicalName);
        Assert.Equal("fullname", fullName.AttributeLogicalName);
    }

    [Fact]
    public void Link_type_defaults_to_inner()
    {
        // "link-type ... Default behavior is inner". https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables
        QueryOrg org = AccountsWithPrimaryContacts();

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><link-entity name='contact' from='contactid' to='primarycontactid' alias='c' /></entity></fetch>");

        Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names(result));
    }

    [Fact]
    public void Outer_link_entity_keeps_rows_without_a_match_and_omits_their_linked_columns()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/join-tables
        QueryOrg org = AccountsWithPrimaryContacts();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        LinkEntity link = query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);
        link.EntityAlias = "pc";
        link.Columns = new ColumnSet("firstname");

        EntityCollection result = org.Retrieve(query);

        Assert.Equal(new[] { "Contoso", "Fabrikam", "Litware" }, Names(result));
        Assert.False(result.Entities.Single(e => e.GetAttributeValue<string>("name") == "Litware").Contains("pc.firstname"));
        Assert.Equal("Bob", QueryOrg.Aliased(result.Entities.Single(e => e.GetAttributeValue<string>("name") == "Fabrikam"), "pc.firstname"));
    }

    [Fact]
    public void A_link_entity_without_alias_is_named_after_its_table_and_position()
    {
        // "The auto-generated aliases use the pattern {LogicalName}+{N}, where N is the sequential number of the
        // link-entity in the fetch XML starting from 1." https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity
        QueryOrg org = AccountsWithPrimaryContacts();

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <link-entity name='systemuser' from='systemuserid' to='ownerid' link-type='outer'><attribute name='fullname' /></link-entity>
            <link-entity name='contact' from='contactid' to='primarycontactid'><attribute name='firstname' /></link-entity>
            </entity></fetch>");

        Entity contoso = result.Entities.Single(e => e.GetAttributeValue<string>("name") == "Contoso");
        Assert.Equal("Ann", QueryOrg.Aliased(contoso, "contact2.firstname"));
        Assert.True(contoso.Contains("systemuser1.fullname"));
    }

    [Fact]
    public void LinkCriteria_filters_the_related_rows_inside_the_join()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/join-tables
        QueryOrg org = AccountsWithPrimaryContacts();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        LinkEntity link = query.AddLink("contact", "primarycontactid", "contactid");
        link.LinkCriteria.AddCondition("firstname", ConditionOperator.Equal, "Bob");

        Assert.Equal(new[] { "Fabrikam" }, Names(org.Retrieve(query)));
    }

    [Fact]
    public void A_filter_inside_an_outer_link_entity_applies_with_the_join_and_keeps_every_parent()
    {
        // "When you apply a filter within a link-entity, the filter will be applied with the join."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#filters-on-link-entity
        QueryOrg org = AccountsWithPrimaryContacts();

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <link-entity name='contact' from='contactid' to='primarycontactid' link-type='outer' alias='c'>
              <attribute name='firstname' /><filter><condition attribute='firstname' operator='eq' value='Bob' /></filter>
            </link-entity></entity></fetch>");

        Assert.Equal(new[] { "Contoso", "Fabrikam", "Litware" }, Names(result));
        Assert.False(result.Entities.Single(e => e.GetAttributeValue<string>("name") == "Contoso").Contains("c.firstname"));
    }

    [Fact]
    public void A_condition_naming_the_link_alias_applies_after_an_outer_join()
    {
        // Outer join plus a null test on the linked key finds rows with no related row ("not in").
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#filters-on-link-entity
        QueryOrg org = AccountsWithPrimaryContacts();

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <link-entity name='contact' from='contactid' to='primarycontactid' link-type='outer' alias='c' />
            <filter><condition entityname='c' attribute='contactid' operator='null' /></filter></entity></fetch>");

        Assert.Equal(new[] { "Litware" }, Names(result));
    }

    [Fact]
    public void A_QueryExpression_condition_with_EntityName_filters_on_the_linked_table()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
        QueryOrg org = AccountsWithPrimaryContacts();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter).EntityAlias = "pc";
        query.Criteria.AddCondition("pc", "lastname", ConditionOperator.Equal, "Lee");

        Assert.Equal(new[] { "Contoso" }, Names(org.Retrieve(query)));
    }

    [Fact]
    public void A_one_to_many_link_returns_the_parent_once_per_related_row()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables#one-to-many-relationships
        var org = new QueryOrg();
        Guid contoso = org.Account("Contoso");
        org.Account("Empty");
        org.Contact("Ann", "Lee", ("parentcustomerid", new EntityReference("account", contoso)));
        org.Contact("Bob", "Ray", ("parentcustomerid", new EntityReference("account", contoso)));

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <link-entity name='contact' from='parentcustomerid' to='accountid' alias='c'><attribute name='firstname' /></link-entity>
            </entity></fetch>");

        Assert.Equal(new[] { "Contoso", "Contoso" }, Names(result));
        Assert.Equal(new[] { "Ann", "Bob" }, result.Entities.Select(e => (string)QueryOrg.Aliased(e, "c.firstname")!).OrderBy(n => n).ToArray());
    }

    [Fact]
    public void Nested_link_entities_join_through_an_intermediate_table()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables#many-to-many-relationships
        var org = new QueryOrg();
        Guid ann = org.Contact("Ann", "Lee");
        Guid contoso = org.Account("Contoso", ("primarycontactid", new EntityReference("contact", ann)));
        org.Add("incident", ("title", "Broken"), ("customerid", new EntityReference("account", contoso)));

        EntityCollection result = org.Fetch(@"<fetch><entity name='incident'><attribute name='title' />
            <link-entity name='account' from='accountid' to='customerid' alias='a'>
              <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'><attribute name='firstname' /></link-entity>
            </link-entity></entity></fetch>");

        Assert.Equal("Ann", QueryOrg.Aliased(Assert.Single(result.Entities), "pc.firstname"));
    }

    [Fact]
    public void An_attribute_alias_inside_a_link_entity_names_the_returned_column()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/attribute
        QueryOrg org = AccountsWithPrimaryContacts();

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <link-entity name='contact' from='contactid' to='primarycontactid' alias='c'><attribute name='firstname' alias='contactfirst' /></link-entity>
            <filter><condition attribute='name' operator='eq' value='Contoso' /></filter></entity></fetch>");

        Assert.Equal("Ann", QueryOrg.Aliased(Assert.Single(result.Entities), "contactfirst"));
    }

    [Fact]
    public void Any_filter_link_keeps_parents_with_a_matching_related_row_once()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#filter-on-values-in-related-records
        var org = new QueryOrg();
        Guid contoso = org.Account("Contoso");
        org.Account("Fabrikam");
        org.Contact("Ann", "Lee", ("parentcustomerid", new EntityReference("account", contoso)));
        org.Contact("Amy", "Lee", ("parentcustomerid", new EntityReference("account", contoso)));

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' /><filter>
            <link-entity name='contact' from='parentcustomerid' to='accountid' link-type='any'>
              <filter><condition attribute='lastname' operator='eq' value='Lee' /></filter></link-entity>
            </filter></entity></fetch>");

        Assert.Equal(new[] { "Contoso" }, Names(result));
    }

    [Fact]
    public void Not_any_filter_link_keeps_parents_without_related_rows()
    {
        // "not any: Restricts results to parent rows with no matching rows in the linked entity."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity#filter-link-types
        var org = new QueryOrg();
        Guid contoso = org.Account("Contoso");
        org.Account("Fabrikam");
        org.Contact("Ann", "Lee", ("parentcustomerid", new EntityReference("account", contoso)));

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' /><filter>
            <link-entity name='contact' from='parentcustomerid' to='accountid' link-type='not any' /></filter></entity></fetch>");

        Assert.Equal(new[] { "Fabrikam" }, Names(result));
    }

    [Fact]
    public void Exists_link_type_does_not_repeat_the_parent()
    {
        // "exists ... Use this when multiple copies of the parent row aren't necessary in the results."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity#link-type-options
        var org = new QueryOrg();
        Guid contoso = org.Account("Contoso");
        org.Account("Fabrikam");
        org.Contact("Ann", "Lee", ("parentcustomerid", new EntityReference("account", contoso)));
        org.Contact("Bob", "Ray", ("parentcustomerid", new EntityReference("account", contoso)));

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><link-entity name='contact' from='parentcustomerid' to='accountid' link-type='exists' /></entity></fetch>");

        Assert.Equal(new[] { "Contoso" }, Names(result));
    }

    [Fact]
    public void More_than_fifteen_link_entities_fail()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables#limitations
        var org = new QueryOrg();
        var query = new QueryExpression("account");
        for (int i = 0; i < 16; i++) query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Retrieve(query));

        Assert.Equal(unchecked((int)0x8004430D), fault.ErrorCode);
        Assert.Equal("Number of link entities in query exceeded maximum limit.", fault.Message);
    }
}
