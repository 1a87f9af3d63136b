using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>Which columns come back, as copies, with formatted values; QueryByAttribute; FetchXML syntax errors.</summary>
public class QueriesColumnsTests
{
    [Fact]
    public void A_QueryExpression_without_columns_returns_only_the_primary_key()
    {
        // "If you set no columns, only the primary key value for the record is returned."
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns
        var org = new QueryOrg();
        Guid id = org.Account("Contoso", ("numberofemployees", 5));

        Entity row = Assert.Single(org.Retrieve(new QueryExpression("account")).Entities);

        Assert.Equal(id, row.Id);
        Assert.Equal(new[] { "accountid" }, row.Attributes.Keys.ToArray());
    }

    [Fact]
    public void A_FetchXml_query_without_attribute_elements_returns_every_column()
    {
        // "This is opposite of the behavior using FetchXml, where all columns are returned if you don't specify any."
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns
        var org = new QueryOrg();
        org.Account("Contoso", ("numberofemployees", 5));

        Entity row = Assert.Single(org.Fetch("<fetch><entity name='account' /></fetch>").Entities);

        Assert.Equal("Contoso", row["name"]);
        Assert.Equal(5, row["numberofemployees"]);
    }

    [Fact]
    public void Selected_columns_come_back_with_the_primary_key_and_without_nulls()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns
        var org = new QueryOrg();
        org.Account("Contoso");

        Entity row = Assert.Single(org.Retrieve(new QueryExpression("account") { ColumnSet = new ColumnSet("name", "numberofemployees") }).Entities);

        Assert.Equal(new[] { "accountid", "name" }, row.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void All_attributes_returns_every_column_with_a_value()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/all-attributes
        var org = new QueryOrg();
        org.Account("Contoso", ("address1_city", "Redmond"));

        Entity row = Assert.Single(org.Fetch("<fetch><entity name='account'><all-attributes /></entity></fetch>").Entities);

        Assert.Equal("Redmond", row["address1_city"]);
        Assert.True(row.Contains("createdon"));
    }

    [Fact]
    public void Returned_records_are_copies_that_do_not_change_the_stored_row()
    {
        // RetrieveMultiple returns data; changing it locally changes nothing until Update is sent.
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-query-data
        var org = new QueryOrg();
        Guid contact = org.Contact("Ann", "Lee");
        Guid id = org.Account("Contoso", ("primarycontactid", new EntityReference("contact", contact)));

        Entity first = Assert.Single(org.Retrieve(new QueryExpression("account") { ColumnSet = new ColumnSet("name", "primarycontactid") }).Entities);
        first["name"] = "Changed";
        first.GetAttributeValue<EntityReference>("primarycontactid")!.Id = Guid.NewGuid();
        Entity second = Assert.Single(org.Retrieve(new QueryExpression("account") { ColumnSet = new ColumnSet("name", "primarycontactid") }).Entities);

        Assert.Equal(id, second.Id);
        Assert.Equal("Contoso", second["name"]);
        Assert.Equal(contact, second.GetAttributeValue<EntityReference>("primarycontactid")!.Id);
    }

    [Fact]
    public void Lookups_come_back_with_the_related_row_name_and_choices_with_their_label()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/select-columns#formatted-values
        var org = new QueryOrg();
        Guid contact = org.Contact("Ann", "Lee");
        org.Account("Contoso", ("primarycontactid", new EntityReference("contact", contact)), ("accountcategorycode", new OptionSetValue(2)));

        Entity row = Assert.Single(org.Fetch("<fetch><entity name='account'><attribute name='primarycontactid' /><attribute name='accountcategorycode' /></entity></fetch>").Entities);

        Assert.Equal("Ann Lee", row.GetAttributeValue<EntityReference>("primarycontactid")!.Name);
        Assert.Equal("Ann Lee", row.FormattedValues["primarycontactid"]);
        Assert.Equal("Standard", row.FormattedValues["accountcategorycode"]);
    }

    [Fact]
    public void QueryByAttribute_returns_rows_equal_to_every_attribute_value()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-querybyattribute-class
        var org = new QueryOrg();
        org.Account("A", ("address1_city", "Redmond"), ("numberofemployees", 5));
        org.Account("B", ("address1_city", "Redmond"), ("numberofemployees", 6));
        org.Account("C", ("address1_city", "Seattle"), ("numberofemployees", 5));
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("address1_city", "redmond");
        query.AddAttributeValue("numberofemployees", 5);

        Assert.Equal("A", Assert.Single(org.Retrieve(query).Entities)["name"]);
    }

    [Fact]
    public void QueryByAttribute_orders_and_limits_like_QueryExpression()
    {
        // QueryByAttribute has Orders and TopCount. https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-querybyattribute-class
        var org = new QueryOrg();
        org.Account("B", ("address1_city", "Redmond"));
        org.Account("A", ("address1_city", "Redmond"));
        org.Account("C", ("address1_city", "Redmond"));
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name"), TopCount = 2 };
        query.AddAttributeValue("address1_city", "Redmond");
        query.AddOrder("name", OrderType.Descending);

        Assert.Equal(new[] { "C", "B" }, org.Retrieve(query).Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray());
    }

    [Fact]
    public void QueryByAttribute_without_attributes_fails()
    {
        // Attributes and Values must be specified. https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-querybyattribute-class
        var org = new QueryOrg();

        QueryOrg.Fails(() => org.Retrieve(new QueryByAttribute("account")));
    }

    [Fact]
    public void Malformed_FetchXml_fails_with_a_clear_message()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/overview
        var org = new QueryOrg();

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Fetch("<fetch><entity name='account'></fetch>"));

        Assert.Contains("not well-formed XML", fault.Message);
    }

    [Fact]
    public void An_unknown_FetchXml_operator_fails()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators
        var org = new QueryOrg();

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Fetch("<fetch><entity name='account'><filter><condition attribute='name' operator='equals' value='x' /></filter></entity></fetch>"));

        Assert.Contains("'equals' is not a valid condition operator", fault.Message);
    }

    [Fact]
    public void A_FetchXml_condition_without_its_value_fails()
    {
        // A single-parameter operator needs the value attribute. https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#single-parameter
        var org = new QueryOrg();

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Fetch("<fetch><entity name='account'><filter><condition attribute='name' operator='ne' /></filter></entity></fetch>"));

        Assert.Equal("Attribute 'value' or 'valueof' must be specified for condition operator: ne", fault.Message);
    }

    [Fact]
    public void Several_filter_elements_under_an_entity_all_apply()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/filter
        var org = new QueryOrg();
        org.Account("A", ("address1_city", "Redmond"), ("numberofemployees", 5));
        org.Account("B", ("address1_city", "Redmond"), ("numberofemployees", 6));

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <filter><condition attribute='address1_city' operator='eq' value='Redmond' /></filter>
            <filter><condition attribute='numberofemployees' operator='eq' value='6' /></filter></entity></fetch>");

        Assert.Equal("B", Assert.Single(result.Entities)["name"]);
    }
}
