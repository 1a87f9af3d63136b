using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>Condition operators of QueryExpression and FetchXML, with Dataverse's value and null semantics.</summary>
public class QueriesConditionTests
{
    private static string[] Names(EntityCollection result, string column = "name")
        => result.Entities.Select(e => e.GetAttributeValue<string>(column) ?? "").OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private static QueryExpression Accounts(string column, ConditionOperator op, params object[] values)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition(column, op, values);
        return query;
    }

    [Fact]
    public void Equal_on_text_ignores_case()
    {
        // "All filter conditions for string values are case insensitive."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#string-data
        var org = new QueryOrg();
        org.Account("Contoso", ("address1_city", "Redmond"));
        org.Account("Fabrikam", ("address1_city", "Seattle"));

        Assert.Equal(new[] { "Contoso" }, Names(org.Retrieve(Accounts("address1_city", ConditionOperator.Equal, "REDMOND"))));
    }

    [Fact]
    public void Equal_never_matches_a_row_without_a_value()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#eq
        var org = new QueryOrg();
        org.Account("Contoso", ("address1_city", "Redmond"));
        org.Account("Fabrikam");

        Assert.Equal(new[] { "Contoso" }, Names(org.Retrieve(Accounts("address1_city", ConditionOperator.Equal, "Redmond"))));
    }

    [Fact]
    public void NotEqual_returns_rows_whose_column_is_null()
    {
        // FetchXML's ne treats a null column as not equal (unlike T-SQL's <>), so such rows are returned.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#ne
        // Observed against Dataverse: https://github.com/MarkMpn/Sql4Cds/issues/167
        var org = new QueryOrg();
        org.Account("Contoso", ("address1_city", "Redmond"));
        org.Account("Fabrikam", ("address1_city", "Seattle"));
        org.Account("Litware");

        Assert.Equal(new[] { "Fabrikam", "Litware" }, Names(org.Retrieve(Accounts("address1_city", ConditionOperator.NotEqual, "redmond"))));
    }

    [Fact]
    public void Null_and_NotNull_split_rows_on_whether_the_column_has_a_value()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#null
        var org = new QueryOrg();
        org.Account("Contoso", ("numberofemployees", 10));
        org.Account("Fabrikam");

        Assert.Equal(new[] { "Fabrikam" }, Names(org.Retrieve(Accounts("numberofemployees", ConditionOperator.Null))));
        Assert.Equal(new[] { "Contoso" }, Names(org.Retrieve(Accounts("numberofemployees", ConditionOperator.NotNull))));
    }

    [Fact]
    public void GreaterThan_compares_numbers_and_skips_nulls()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#gt
        var org = new QueryOrg();
        org.Account("Small", ("numberofemployees", 5));
        org.Account("Large", ("numberofemployees", 500));
        org.Account("Unknown");

        Assert.Equal(new[] { "Large" }, Names(org.Retrieve(Accounts("numberofemployees", ConditionOperator.GreaterThan, 5))));
    }

    [Fact]
    public void GreaterEqual_and_LessEqual_include_the_bound()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#ge
        var org = new QueryOrg();
        org.Account("Five", ("numberofemployees", 5));
        org.Account("Six", ("numberofemployees", 6));

        Assert.Equal(new[] { "Five", "Six" }, Names(org.Retrieve(Accounts("numberofemployees", ConditionOperator.GreaterEqual, 5))));
        Assert.Equal(new[] { "Five" }, Names(org.Retrieve(Accounts("numberofemployees", ConditionOperator.LessEqual, 5))));
    }

    [Fact]
    public void LessThan_compares_dates()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#lt
        var org = new QueryOrg();
        org.Account("Old", ("createdon", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        org.Account("New", ("createdon", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(new[] { "Old" }, Names(org.Retrieve(Accounts("createdon", ConditionOperator.LessThan, new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc)))));
    }

    [Fact]
    public void In_matches_any_listed_choice_value()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
        var org = new QueryOrg();
        org.Account("Competitor", ("customertypecode", new OptionSetValue(1)));
        org.Account("Customer", ("customertypecode", new OptionSetValue(3)));
        org.Account("Partner", ("customertypecode", new OptionSetValue(5)));

        Assert.Equal(new[] { "Competitor", "Partner" }, Names(org.Retrieve(Accounts("customertypecode", ConditionOperator.In, 1, 5))));
    }

    [Fact]
    public void In_with_value_elements_in_FetchXml()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows
        var org = new QueryOrg();
        org.Account("A", ("address1_city", "Redmond"));
        org.Account("B", ("address1_city", "Seattle"));
        org.Account("C", ("address1_city", "Bellevue"));
        org.Account("D", ("address1_city", "Tacoma"));

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <filter type='and'><condition attribute='address1_city' operator='in'>
              <value>Redmond</value><value>Seattle</value><value>Bellevue</value>
            </condition></filter></entity></fetch>");

        Assert.Equal(new[] { "A", "B", "C" }, Names(result));
    }

    [Fact]
    public void NotIn_excludes_listed_values_and_rows_without_a_value()
    {
        // not-in is an ordinary SQL NOT IN: a null column matches neither in nor not-in.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#not-in
        var org = new QueryOrg();
        org.Account("Five", ("numberofemployees", 5));
        org.Account("Six", ("numberofemployees", 6));
        org.Account("None");

        Assert.Equal(new[] { "Six" }, Names(org.Retrieve(Accounts("numberofemployees", ConditionOperator.NotIn, 5, 7))));
    }

    [Fact]
    public void Between_includes_both_bounds()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#between
        var org = new QueryOrg();
        org.Account("Five", ("numberofemployees", 5));
        org.Account("Six", ("numberofemployees", 6));
        org.Account("Twenty", ("numberofemployees", 20));
        org.Account("TwentyOne", ("numberofemployees", 21));

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <filter><condition attribute='numberofemployees' operator='between'><value>6</value><value>20</value></condition></filter>
            </entity></fetch>");

        Assert.Equal(new[] { "Six", "Twenty" }, Names(result));
    }

    [Fact]
    public void NotBetween_returns_values_outside_the_range()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#not-between
        var org = new QueryOrg();
        org.Account("Five", ("numberofemployees", 5));
        org.Account("Six", ("numberofemployees", 6));
        org.Account("TwentyOne", ("numberofemployees", 21));

        Assert.Equal(new[] { "Five", "TwentyOne" }, Names(org.Retrieve(Accounts("numberofemployees", ConditionOperator.NotBetween, 6, 20))));
    }

    [Fact]
    public void Like_percent_matches_any_run_of_characters_ignoring_case()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
        var org = new QueryOrg();
        org.Account("Contoso Pharmaceuticals");
        org.Account("Contoso Ltd");
        org.Account("Fabrikam");

        Assert.Equal(new[] { "Contoso Ltd", "Contoso Pharmaceuticals" }, Names(org.Retrieve(Accounts("name", ConditionOperator.Like, "contoso%"))));
    }

    [Fact]
    public void Like_underscore_matches_exactly_one_character()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
        var org = new QueryOrg();
        org.Account("Cat");
        org.Account("Cut");
        org.Account("Coat");

        Assert.Equal(new[] { "Cat", "Cut" }, Names(org.Retrieve(Accounts("name", ConditionOperator.Like, "c_t"))));
    }

    [Fact]
    public void Like_brackets_match_one_character_of_a_set()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
        var org = new QueryOrg();
        org.Account("Bat");
        org.Account("Cat");
        org.Account("Rat");

        Assert.Equal(new[] { "Bat", "Cat" }, Names(org.Retrieve(Accounts("name", ConditionOperator.Like, "[b-c]at"))));
    }

    [Fact]
    public void NotLike_excludes_matches()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#not-like
        var org = new QueryOrg();
        org.Account("Contoso");
        org.Account("Fabrikam");

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='name' operator='not-like' value='%oso' /></filter></entity></fetch>");

        Assert.Equal(new[] { "Fabrikam" }, Names(result));
    }

    [Fact]
    public void BeginsWith_and_EndsWith_match_the_start_and_end_of_the_text()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#begins-with
        var org = new QueryOrg();
        org.Account("Contoso");
        org.Account("Fabrikam");

        Assert.Equal(new[] { "Contoso" }, Names(org.Retrieve(Accounts("name", ConditionOperator.BeginsWith, "CON"))));
        Assert.Equal(new[] { "Fabrikam" }, Names(org.Retrieve(Accounts("name", ConditionOperator.EndsWith, "kam"))));
    }

    [Fact]
    public void Not_begin_with_in_FetchXml_excludes_the_prefix()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#not-begin-with
        var org = new QueryOrg();
        org.Account("Contoso");
        org.Account("Fabrikam");

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='name' operator='not-begin-with' value='Con' /></filter></entity></fetch>");

        Assert.Equal(new[] { "Fabrikam" }, Names(result));
    }

    [Fact]
    public void On_matches_any_time_on_that_day()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#on
        var org = new QueryOrg();
        org.Account("Morning", ("createdon", new DateTime(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc)));
        org.Account("Night", ("createdon", new DateTime(2024, 3, 1, 23, 59, 0, DateTimeKind.Utc)));
        org.Account("NextDay", ("createdon", new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc)));

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='createdon' operator='on' value='2024-03-01' /></filter></entity></fetch>");

        Assert.Equal(new[] { "Morning", "Night" }, Names(result));
    }

    [Fact]
    public void OnOrAfter_and_OnOrBefore_include_the_whole_day()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#on-or-after
        var org = new QueryOrg();
        org.Account("Before", ("createdon", new DateTime(2024, 2, 29, 23, 0, 0, DateTimeKind.Utc)));
        org.Account("During", ("createdon", new DateTime(2024, 3, 1, 18, 0, 0, DateTimeKind.Utc)));
        org.Account("After", ("createdon", new DateTime(2024, 3, 2, 1, 0, 0, DateTimeKind.Utc)));
        var day = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new[] { "After", "During" }, Names(org.Retrieve(Accounts("createdon", ConditionOperator.OnOrAfter, day))));
        Assert.Equal(new[] { "Before", "During" }, Names(org.Retrieve(Accounts("createdon", ConditionOperator.OnOrBefore, day))));
    }

    [Fact]
    public void LastXDays_selects_the_recent_days_up_to_now()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#last-x-days
        var org = new QueryOrg();
        org.Account("TwoDaysAgo", ("createdon", QueryOrg.Now.AddDays(-2)));
        org.Account("TenDaysAgo", ("createdon", QueryOrg.Now.AddDays(-10)));

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='createdon' operator='last-x-days' value='7' /></filter></entity></fetch>");

        Assert.Equal(new[] { "TwoDaysAgo" }, Names(result));
    }

    [Fact]
    public void NextXDays_selects_the_coming_days()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#next-x-days
        var org = new QueryOrg();
        org.Add("incident", ("title", "Soon"), ("customerid", new EntityReference("account", org.Account("A"))), ("followupby", QueryOrg.Now.AddDays(2)));
        org.Add("incident", ("title", "Later"), ("customerid", new EntityReference("account", org.Account("B"))), ("followupby", QueryOrg.Now.AddDays(20)));
        org.Add("incident", ("title", "Past"), ("customerid", new EntityReference("account", org.Account("C"))), ("followupby", QueryOrg.Now.AddDays(-2)));
        var query = new QueryExpression("incident") { ColumnSet = new ColumnSet("title") };
        query.Criteria.AddCondition("followupby", ConditionOperator.NextXDays, 7);

        Assert.Equal(new[] { "Soon" }, Names(org.Retrieve(query), "title"));
    }

    [Fact]
    public void OlderThanXMonths_selects_rows_before_the_window()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#olderthan-x-months
        var org = new QueryOrg();
        org.Account("Ancient", ("createdon", QueryOrg.Now.AddMonths(-8)));
        org.Account("Recent", ("createdon", QueryOrg.Now.AddMonths(-1)));

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='createdon' operator='olderthan-x-months' value='6' /></filter></entity></fetch>");

        Assert.Equal(new[] { "Ancient" }, Names(result));
    }

    [Fact]
    public void OlderThanXDays_selects_rows_before_the_window()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#olderthan-x-days
        var org = new QueryOrg();
        org.Account("Ancient", ("createdon", QueryOrg.Now.AddDays(-40)));
        org.Account("Recent", ("createdon", QueryOrg.Now.AddDays(-3)));

        Assert.Equal(new[] { "Ancient" }, Names(org.Retrieve(Accounts("createdon", ConditionOperator.OlderThanXDays, 30))));
    }

    [Fact]
    public void Today_and_Yesterday_follow_the_organization_clock()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#today
        var org = new QueryOrg();
        org.Account("Today", ("createdon", QueryOrg.Now.Date.AddHours(1)));
        org.Account("Yesterday", ("createdon", QueryOrg.Now.Date.AddHours(-1)));

        Assert.Equal(new[] { "Today" }, Names(org.Retrieve(Accounts("createdon", ConditionOperator.Today))));
        Assert.Equal(new[] { "Yesterday" }, Names(org.Retrieve(Accounts("createdon", ConditionOperator.Yesterday))));
    }

    [Fact]
    public void ThisMonth_and_LastMonth_use_calendar_months()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#this-month
        var org = new QueryOrg();
        org.Account("May", ("createdon", new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc)));
        org.Account("April", ("createdon", new DateTime(2024, 4, 30, 23, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(new[] { "May" }, Names(org.Retrieve(Accounts("createdon", ConditionOperator.ThisMonth))));
        Assert.Equal(new[] { "April" }, Names(org.Retrieve(Accounts("createdon", ConditionOperator.LastMonth))));
    }

    [Fact]
    public void EqualUserId_matches_the_calling_user()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#no-parameters
        var org = new QueryOrg();
        Guid other = org.Organization.CreateUser("Other", "User");
        org.Account("Mine", ("ownerid", new EntityReference("systemuser", org.UserId)));
        org.Account("Theirs", ("ownerid", new EntityReference("systemuser", other)));

        EntityCollection mine = org.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='ownerid' operator='eq-userid' /></filter></entity></fetch>");
        EntityCollection theirs = org.Retrieve(Accounts("ownerid", ConditionOperator.NotEqualUserId));

        Assert.Equal(new[] { "Mine" }, Names(mine));
        Assert.Equal(new[] { "Theirs" }, Names(theirs));
    }

    [Fact]
    public void Lookup_condition_accepts_an_EntityReference_and_compares_ids()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
        var org = new QueryOrg();
        Guid contoso = org.Account("Contoso");
        org.Contact("Ann", "Lee", ("parentcustomerid", new EntityReference("account", contoso)));
        org.Contact("Bob", "Ray");
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("firstname") };
        query.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, new EntityReference("account", contoso));

        Assert.Equal(new[] { "Ann" }, Names(org.Retrieve(query), "firstname"));
    }

    [Fact]
    public void Choice_condition_accepts_an_OptionSetValue_or_a_number()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#choice-data
        var org = new QueryOrg();
        org.Account("Preferred", ("accountcategorycode", new OptionSetValue(1)));
        org.Account("Standard", ("accountcategorycode", new OptionSetValue(2)));

        Assert.Equal(new[] { "Preferred" }, Names(org.Retrieve(Accounts("accountcategorycode", ConditionOperator.Equal, new OptionSetValue(1)))));
        Assert.Equal(new[] { "Standard" }, Names(org.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='accountcategorycode' operator='eq' value='2' /></filter></entity></fetch>")));
    }

    [Fact]
    public void Money_condition_compares_the_amount()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#number-data
        var org = new QueryOrg();
        org.Account("Rich", ("revenue", new Money(1_000_000m)));
        org.Account("Poor", ("revenue", new Money(10m)));

        Assert.Equal(new[] { "Rich" }, Names(org.Retrieve(Accounts("revenue", ConditionOperator.GreaterThan, new Money(100m)))));
        Assert.Equal(new[] { "Poor" }, Names(org.Retrieve(Accounts("revenue", ConditionOperator.LessThan, 100m))));
    }

    [Fact]
    public void Boolean_condition_accepts_1_and_0_in_FetchXml()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#single-parameter
        var org = new QueryOrg();
        org.Account("NoMail", ("donotemail", true));
        org.Account("Mail", ("donotemail", false));

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='donotemail' operator='eq' value='1' /></filter></entity></fetch>");

        Assert.Equal(new[] { "NoMail" }, Names(result));
    }

    [Fact]
    public void Valueof_compares_two_columns_of_the_same_row()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#filter-on-column-values-in-the-same-row
        var org = new QueryOrg();
        org.Contact("Lee", "Lee");
        org.Contact("Ann", "Lee");

        EntityCollection result = org.Fetch("<fetch><entity name='contact'><attribute name='firstname' /><filter><condition attribute='firstname' operator='eq' valueof='lastname' /></filter></entity></fetch>");

        Assert.Equal(new[] { "Lee" }, Names(result, "firstname"));
    }

    [Fact]
    public void Nested_or_inside_and_filters_combine_like_parentheses()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
        var org = new QueryOrg();
        org.Account("A", ("address1_city", "Redmond"), ("numberofemployees", 10));
        org.Account("B", ("address1_city", "Seattle"), ("numberofemployees", 10));
        org.Account("C", ("address1_city", "Redmond"), ("numberofemployees", 99));
        org.Account("D", ("address1_city", "Tacoma"), ("numberofemployees", 10));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.Equal, 10);
        FilterExpression cities = query.Criteria.AddFilter(LogicalOperator.Or);
        cities.AddCondition("address1_city", ConditionOperator.Equal, "Redmond");
        cities.AddCondition("address1_city", ConditionOperator.Equal, "Seattle");

        Assert.Equal(new[] { "A", "B" }, Names(org.Retrieve(query)));
    }

    [Fact]
    public void Or_filter_in_FetchXml_matches_any_condition()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows
        var org = new QueryOrg();
        org.Account("A", ("address1_city", "Redmond"));
        org.Account("B", ("address1_city", "Seattle"));
        org.Account("C", ("address1_city", "Tacoma"));

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' /><filter type='or'>
            <condition attribute='address1_city' operator='eq' value='Redmond' />
            <condition attribute='address1_city' operator='eq' value='Seattle' /></filter></entity></fetch>");

        Assert.Equal(new[] { "A", "B" }, Names(result));
    }

    [Fact]
    public void A_condition_value_of_the_wrong_type_fails()
    {
        // Values are converted to the column's type; one that can't be is rejected.
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
        var org = new QueryOrg();
        org.Account("A", ("numberofemployees", 1));

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Retrieve(Accounts("numberofemployees", ConditionOperator.Equal, "many")));

        Assert.Equal("Condition for attribute 'account.numberofemployees': expected argument(s) of type 'System.Int32' but received 'System.String'.", fault.Message);
    }

    [Fact]
    public void A_condition_on_an_unknown_column_fails_with_QueryBuilderNoAttribute()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (QueryBuilderNoAttribute, 0x80041103)
        var org = new QueryOrg();

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Retrieve(Accounts("nosuchcolumn", ConditionOperator.Null)));

        Assert.Equal(unchecked((int)0x80041103), fault.ErrorCode);
        Assert.Equal("'account' entity doesn't contain attribute with Name = 'nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);
    }

    [Fact]
    public void Column_names_are_case_sensitive_logical_names()
    {
        // Logical names are always lower case; a schema-cased name is not found.
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns
        var org = new QueryOrg();

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Retrieve(new QueryExpression("account") { ColumnSet = new ColumnSet("Name") }));

        Assert.Equal(unchecked((int)0x80041103), fault.ErrorCode);
    }

    [Fact]
    public void A_query_on_an_unknown_table_fails_with_QueryBuilderNoEntity()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (QueryBuilderNoEntity, 0x80041102)
        var org = new QueryOrg();

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Retrieve(new QueryExpression("nosuchtable")));

        Assert.Equal(unchecked((int)0x80041102), fault.ErrorCode);
        Assert.Equal("The entity with a name = 'nosuchtable' with namemapping = 'Logical' was not found in the MetadataCache.", fault.Message);
    }

    [Fact]
    public void An_operator_without_parameters_rejects_values()
    {
        // null takes no parameter. https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#no-parameters
        var org = new QueryOrg();

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Retrieve(Accounts("name", ConditionOperator.Null, "x")));

        Assert.Equal(unchecked((int)0x80040203), fault.ErrorCode);
    }
}
