using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>
/// FetchXML and QueryExpression aggregates, checked against the example data set and results of
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
/// </summary>
public class QueriesAggregateTests
{
    private static readonly DateTime March25 = new(2023, 3, 25, 10, 0, 0, DateTimeKind.Utc);

    // The page's ten accounts. The row shown as created 8/25 is grouped under day 27 / week 35 in the page's
    // date-grouping result, so it is created on 2023-08-27 here.
    private static QueryOrg DocumentationAccounts()
    {
        var org = new QueryOrg();
        org.Account("Example Account", ("createdon", new DateTime(2023, 8, 27, 10, 0, 0, DateTimeKind.Utc)));
        org.Account("Contoso Pharmaceuticals (sample)", ("numberofemployees", 1500), ("address1_city", "Redmond"), ("createdon", March25));
        org.Account("Fabrikam, Inc. (sample)", ("numberofemployees", 2700), ("address1_city", "Lynnwood"), ("createdon", March25));
        org.Account("Blue Yonder Airlines (sample)", ("numberofemployees", 2900), ("address1_city", "Los Angeles"), ("createdon", March25));
        org.Account("City Power & Light (sample)", ("numberofemployees", 2900), ("address1_city", "Redmond"), ("createdon", March25));
        org.Account("Coho Winery (sample)", ("numberofemployees", 3900), ("address1_city", "Phoenix"), ("createdon", March25));
        org.Account("Adventure Works (sample)", ("numberofemployees", 4300), ("address1_city", "Santa Cruz"), ("createdon", March25));
        org.Account("Alpine Ski House (sample)", ("numberofemployees", 4800), ("address1_city", "Missoula"), ("createdon", March25));
        org.Account("Litware, Inc. (sample)", ("numberofemployees", 6000), ("address1_city", "Dallas"), ("createdon", March25));
        org.Account("A. Datum Corporation (sample)", ("numberofemployees", 6200), ("address1_city", "Redmond"), ("createdon", March25));
        return org;
    }

    private const string AllFunctions = @"<fetch aggregate='true'><entity name='account'>
        <attribute name='numberofemployees' alias='Average' aggregate='avg' />
        <attribute name='numberofemployees' alias='Count' aggregate='count' />
        <attribute name='numberofemployees' alias='ColumnCount' aggregate='countcolumn' />
        <attribute name='numberofemployees' alias='Maximum' aggregate='max' />
        <attribute name='numberofemployees' alias='Minimum' aggregate='min' />
        <attribute name='numberofemployees' alias='Sum' aggregate='sum' />
        </entity></fetch>";

    [Fact]
    public void Count_counts_rows_while_countcolumn_skips_nulls()
    {
        // count = 10, countcolumn = 9 in the page's example.
        Entity row = Assert.Single(DocumentationAccounts().Fetch(AllFunctions).Entities);

        Assert.Equal(10, QueryOrg.Aliased(row, "Count"));
        Assert.Equal(9, QueryOrg.Aliased(row, "ColumnCount"));
    }

    [Fact]
    public void Sum_min_and_max_ignore_nulls()
    {
        // Sum 35,200, Minimum 1,500, Maximum 6,200 in the page's example.
        Entity row = Assert.Single(DocumentationAccounts().Fetch(AllFunctions).Entities);

        Assert.Equal(35200, QueryOrg.Aliased(row, "Sum"));
        Assert.Equal(1500, QueryOrg.Aliased(row, "Minimum"));
        Assert.Equal(6200, QueryOrg.Aliased(row, "Maximum"));
    }

    [Fact]
    public void Average_of_a_whole_number_column_ignores_nulls_and_stays_a_whole_number()
    {
        // Average 3,911 in the page's example: 35,200 / 9 rows with data, as a whole number.
        Entity row = Assert.Single(DocumentationAccounts().Fetch(AllFunctions).Entities);

        Assert.Equal(3911, Assert.IsType<int>(QueryOrg.Aliased(row, "Average")));
    }

    [Fact]
    public void Aggregate_values_are_aliased_values_naming_the_table_and_column()
    {
        // "Set the alias attribute for each attribute element."
        Entity row = Assert.Single(DocumentationAccounts().Fetch(AllFunctions).Entities);
        var sum = Assert.IsType<AliasedValue>(row["Sum"]);

        Assert.Equal("account", sum.EntityLogicalName);
        Assert.Equal("numberofemployees", sum.AttributeLogicalName);
    }

    [Fact]
    public void Countcolumn_with_distinct_counts_unique_values()
    {
        // "the results return 8 rather than 9 because two rows in the data set have 2,900"
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#distinct-column-values
        EntityCollection result = DocumentationAccounts().Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='numberofemployees' alias='ColumnCount' aggregate='countcolumn' distinct='true' /></entity></fetch>");

        Assert.Equal(8, QueryOrg.Aliased(Assert.Single(result.Entities), "ColumnCount"));
    }

    [Fact]
    public void Groupby_returns_one_row_per_value_including_the_null_group()
    {
        // The page's grouping example: eight cities plus NULL; Redmond combines three rows totalling 10,600.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#grouping
        EntityCollection result = DocumentationAccounts().Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='numberofemployees' alias='Total' aggregate='sum' />
            <attribute name='address1_city' alias='Count' aggregate='count' />
            <attribute name='address1_city' alias='City' groupby='true' />
            <order alias='City' /></entity></fetch>");

        Assert.Equal(new[] { null, "Dallas", "Los Angeles", "Lynnwood", "Missoula", "Phoenix", "Redmond", "Santa Cruz" },
            result.Entities.Select(e => (string?)QueryOrg.Aliased(e, "City")).ToArray());
        Entity redmond = result.Entities.Single(e => (string?)QueryOrg.Aliased(e, "City") == "Redmond");
        Assert.Equal(10600, QueryOrg.Aliased(redmond, "Total"));
        Assert.Equal(3, QueryOrg.Aliased(redmond, "Count"));
        Assert.Equal(0, QueryOrg.Aliased(result.Entities[0], "Total"));
    }

    [Fact]
    public void Order_by_an_aggregate_alias_descending()
    {
        // "When grouping, you should specify an order element with an alias value set to the alias of the group."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#grouping
        EntityCollection result = DocumentationAccounts().Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='numberofemployees' alias='Total' aggregate='sum' />
            <attribute name='address1_city' alias='City' groupby='true' />
            <order alias='Total' descending='true' /></entity></fetch>");

        Assert.Equal("Redmond", QueryOrg.Aliased(result.Entities[0], "City"));
        Assert.Equal("Dallas", QueryOrg.Aliased(result.Entities[1], "City"));
    }

    [Fact]
    public void Dategrouping_returns_day_week_month_and_year_numbers()
    {
        // The page's date grouping result: 25 / 12 / 3 / 2023 and 27 / 35 / 8 / 2023.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#grouping-by-parts-of-a-date
        EntityCollection result = DocumentationAccounts().Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='numberofemployees' alias='Total' aggregate='sum' />
            <attribute name='createdon' alias='Day' groupby='true' dategrouping='day' />
            <attribute name='createdon' alias='Week' groupby='true' dategrouping='week' />
            <attribute name='createdon' alias='Month' groupby='true' dategrouping='month' />
            <attribute name='createdon' alias='Year' groupby='true' dategrouping='year' />
            <order alias='Month' /></entity></fetch>");

        Assert.Equal(2, result.Entities.Count);
        Entity march = result.Entities[0];
        Entity august = result.Entities[1];
        Assert.Equal(new object?[] { 35200, 25, 12, 3, 2023 }, new[] { "Total", "Day", "Week", "Month", "Year" }.Select(a => QueryOrg.Aliased(march, a)).ToArray());
        Assert.Equal(new object?[] { 0, 27, 35, 8, 2023 }, new[] { "Total", "Day", "Week", "Month", "Year" }.Select(a => QueryOrg.Aliased(august, a)).ToArray());
    }

    [Fact]
    public void Dategrouping_quarter_groups_three_months_together()
    {
        // "quarter: Group by quarter of the fiscal year" (the default fiscal year starts in January).
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#grouping-by-parts-of-a-date
        EntityCollection result = DocumentationAccounts().Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='accountid' alias='Count' aggregate='count' />
            <attribute name='createdon' alias='Quarter' groupby='true' dategrouping='quarter' />
            <order alias='Quarter' /></entity></fetch>");

        Assert.Equal(new object?[] { 1, 3 }, result.Entities.Select(e => QueryOrg.Aliased(e, "Quarter")).ToArray());
        Assert.Equal(9, QueryOrg.Aliased(result.Entities[0], "Count"));
    }

    [Fact]
    public void Grouping_by_a_choice_returns_OptionSetValue_groups()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#grouping
        var org = new QueryOrg();
        org.Account("A", ("accountcategorycode", new OptionSetValue(1)));
        org.Account("B", ("accountcategorycode", new OptionSetValue(1)));
        org.Account("C", ("accountcategorycode", new OptionSetValue(2)));

        EntityCollection result = org.Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='accountid' alias='n' aggregate='count' />
            <attribute name='accountcategorycode' alias='category' groupby='true' /><order alias='n' descending='true' /></entity></fetch>");

        Assert.Equal(1, Assert.IsType<OptionSetValue>(QueryOrg.Aliased(result.Entities[0], "category")).Value);
        Assert.Equal(2, QueryOrg.Aliased(result.Entities[0], "n"));
        Assert.Equal("Preferred Customer", result.Entities[0].FormattedValues["category"]);
    }

    [Fact]
    public void Grouping_by_a_lookup_returns_EntityReference_groups_with_names()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#grouping
        var org = new QueryOrg();
        Guid contoso = org.Account("Contoso");
        org.Contact("Ann", "Lee", ("parentcustomerid", new EntityReference("account", contoso)));
        org.Contact("Bob", "Ray", ("parentcustomerid", new EntityReference("account", contoso)));

        EntityCollection result = org.Fetch(@"<fetch aggregate='true'><entity name='contact'>
            <attribute name='contactid' alias='n' aggregate='count' />
            <attribute name='parentcustomerid' alias='parent' groupby='true' /></entity></fetch>");

        var parent = Assert.IsType<EntityReference>(QueryOrg.Aliased(Assert.Single(result.Entities), "parent"));
        Assert.Equal(contoso, parent.Id);
        Assert.Equal("Contoso", parent.Name);
    }

    [Fact]
    public void Aggregates_can_use_columns_of_a_linked_table()
    {
        // "You can use data from tables joined using the link-entity element."
        var org = new QueryOrg();
        Guid contoso = org.Account("Contoso", ("numberofemployees", 10));
        Guid fabrikam = org.Account("Fabrikam", ("numberofemployees", 20));
        org.Contact("Ann", "Lee", ("parentcustomerid", new EntityReference("account", contoso)));
        org.Contact("Bob", "Ray", ("parentcustomerid", new EntityReference("account", fabrikam)));
        org.Contact("Cy", "Ray", ("parentcustomerid", new EntityReference("account", fabrikam)));

        EntityCollection result = org.Fetch(@"<fetch aggregate='true'><entity name='contact'>
            <attribute name='lastname' alias='family' groupby='true' />
            <link-entity name='account' from='accountid' to='parentcustomerid' alias='a'>
              <attribute name='numberofemployees' alias='employees' aggregate='sum' /></link-entity>
            <order alias='family' /></entity></fetch>");

        Assert.Equal(new object?[] { 10, 40 }, result.Entities.Select(e => QueryOrg.Aliased(e, "employees")).ToArray());
    }

    [Fact]
    public void An_aggregate_over_no_rows_still_returns_one_row()
    {
        // Null values (and so an empty set) aren't considered: count is 0.
        var org = new QueryOrg();

        EntityCollection result = org.Fetch("<fetch aggregate='true'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /></entity></fetch>");

        Assert.Equal(0, QueryOrg.Aliased(Assert.Single(result.Entities), "n"));
    }

    [Fact]
    public void Money_sum_is_returned_as_Money()
    {
        // The aggregate keeps the column's type. https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
        var org = new QueryOrg();
        org.Account("A", ("revenue", new Money(10.5m)));
        org.Account("B", ("revenue", new Money(4.5m)));

        EntityCollection result = org.Fetch("<fetch aggregate='true'><entity name='account'><attribute name='revenue' alias='total' aggregate='sum' /></entity></fetch>");

        Assert.Equal(15m, Assert.IsType<Money>(QueryOrg.Aliased(Assert.Single(result.Entities), "total")).Value);
    }

    [Fact]
    public void Aggregating_more_records_than_the_limit_fails_with_AggregateQueryRecordLimit()
    {
        // aggregatelimit lowers the 50,000-record limit; exceeding it gives error 0x8004E023.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations
        QueryOrg org = DocumentationAccounts();

        OrganizationServiceFault fault = QueryOrg.Fails(() => org.Fetch("<fetch aggregate='true' aggregatelimit='5'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /></entity></fetch>"));

        Assert.Equal(unchecked((int)0x8004E023), fault.ErrorCode);
        Assert.Equal("AggregateQueryRecordLimit exceeded. Cannot perform this operation.", fault.Message);
    }

    [Fact]
    public void QueryExpression_aggregates_through_XrmAttributeExpression()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/aggregate-data
        QueryOrg org = DocumentationAccounts();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet() };
        query.ColumnSet.AttributeExpressions.Add(new XrmAttributeExpression("numberofemployees", XrmAggregateType.Sum, "Total"));
        query.ColumnSet.AttributeExpressions.Add(new XrmAttributeExpression("address1_city", XrmAggregateType.None, "City") { HasGroupBy = true });
        query.Orders.Add(new OrderExpression { Alias = "City", OrderType = OrderType.Descending });

        EntityCollection result = org.Retrieve(query);

        Assert.Equal("Santa Cruz", QueryOrg.Aliased(result.Entities[0], "City"));
        Assert.Equal(4300, QueryOrg.Aliased(result.Entities[0], "Total"));
    }
}
