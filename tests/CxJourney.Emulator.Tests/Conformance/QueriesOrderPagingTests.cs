using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>Ordering, top, distinct, paging with cookies, page-size limits and total record counts.</summary>
public class QueriesOrderPagingTests
{
    private static string[] InOrder(EntityCollection result, string column = "name")
        => result.Entities.Select(e => e.GetAttributeValue<string>(column) ?? "<null>").ToArray();

    private static QueryOrg Accounts(int count)
    {
        var org = new QueryOrg();
        var rows = new List<Entity>(count);
        for (int i = 0; i < count; i++) rows.Add(new Entity("account", Guid.NewGuid()) { ["name"] = $"Account {i:D5}", ["numberofemployees"] = i });
        org.Organization.Seed(rows.ToArray());
        return org;
    }

    [Fact]
    public void Order_is_ascending_unless_descending_is_set()
    {
        // "The default sort order is ascending." https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows
        var org = new QueryOrg();
        org.Account("Beta");
        org.Account("alpha");
        org.Account("Gamma");

        Assert.Equal(new[] { "alpha", "Beta", "Gamma" }, InOrder(org.Fetch("<fetch><entity name='account'><attribute name='name' /><order attribute='name' /></entity></fetch>")));
        Assert.Equal(new[] { "Gamma", "Beta", "alpha" }, InOrder(org.Fetch("<fetch><entity name='account'><attribute name='name' /><order attribute='name' descending='true' /></entity></fetch>")));
    }

    [Fact]
    public void Later_orders_break_ties_of_earlier_ones()
    {
        // "The order of the elements determines how the ordering is applied."
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/order-rows
        var org = new QueryOrg();
        org.Account("B", ("address1_city", "Redmond"));
        org.Account("A", ("address1_city", "Seattle"));
        org.Account("C", ("address1_city", "Redmond"));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("address1_city", OrderType.Ascending);
        query.AddOrder("name", OrderType.Descending);

        Assert.Equal(new[] { "C", "B", "A" }, InOrder(org.Retrieve(query)));
    }

    [Fact]
    public void Rows_without_a_value_sort_first_when_ascending()
    {
        // Dataverse sorts in SQL Server, where NULL is the lowest value.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows
        var org = new QueryOrg();
        org.Account("Ten", ("numberofemployees", 10));
        org.Account("None");
        org.Account("Two", ("numberofemployees", 2));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("numberofemployees", OrderType.Ascending);

        Assert.Equal(new[] { "None", "Two", "Ten" }, InOrder(org.Retrieve(query)));
    }

    [Fact]
    public void Ordering_by_a_lookup_sorts_by_the_related_row_name()
    {
        // "When you order using lookup columns, the results are sorted using the primary name field for the related table."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows#lookup-columns
        var org = new QueryOrg();
        Guid zed = org.Contact("Zed", "Zulu");
        Guid abe = org.Contact("Abe", "Adams");
        org.Account("First", ("primarycontactid", new EntityReference("contact", zed)));
        org.Account("Second", ("primarycontactid", new EntityReference("contact", abe)));

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><order attribute='primarycontactid' /></entity></fetch>");

        Assert.Equal(new[] { "Second", "First" }, InOrder(result));
    }

    [Fact]
    public void Ordering_by_a_choice_sorts_by_label()
    {
        // "Choice column values are also sorted using the formatted values rather than the values stored in the database."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows#choice-columns
        var org = new QueryOrg();
        org.Account("Competitor", ("customertypecode", new OptionSetValue(1)));
        org.Account("Vendor", ("customertypecode", new OptionSetValue(11)));
        org.Account("Customer", ("customertypecode", new OptionSetValue(3)));

        EntityCollection result = org.Fetch("<fetch><entity name='account'><attribute name='name' /><order attribute='customertypecode' descending='true' /></entity></fetch>");

        Assert.Equal(new[] { "Vendor", "Customer", "Competitor" }, InOrder(result));
    }

    [Fact]
    public void Useraworderby_sorts_choices_by_their_number()
    {
        // "When this attribute is set, all sorting of choice columns will use the integer values instead."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows#override-default-choice-columns-sort-order
        var org = new QueryOrg();
        org.Account("Seven", ("customertypecode", new OptionSetValue(7)));
        org.Account("Twelve", ("customertypecode", new OptionSetValue(12)));

        // 7 is "Press" and 12 is "Other": by label Other comes first, by number 7 does.
        EntityCollection byLabel = org.Fetch("<fetch><entity name='account'><attribute name='name' /><order attribute='customertypecode' /></entity></fetch>");
        EntityCollection byValue = org.Fetch("<fetch useraworderby='true'><entity name='account'><attribute name='name' /><order attribute='customertypecode' /></entity></fetch>");

        Assert.Equal(new[] { "Twelve", "Seven" }, InOrder(byLabel));
        Assert.Equal(new[] { "Seven", "Twelve" }, InOrder(byValue));
    }

    [Fact]
    public void Link_entity_orders_apply_after_the_entity_orders()
    {
        // "Dataverse always orders attributes specified by the link-entity after attributes for the entity element."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows#process-link-entity-orders-first
        var org = new QueryOrg();
        Guid zed = org.Contact("Zed", "Zulu");
        Guid abe = org.Contact("Abe", "Adams");
        org.Account("Same", ("primarycontactid", new EntityReference("contact", zed)), ("address1_city", "B"));
        org.Account("Same", ("primarycontactid", new EntityReference("contact", abe)), ("address1_city", "A"));

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='address1_city' />
            <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'><order attribute='firstname' /></link-entity>
            <order attribute='name' /></entity></fetch>");

        Assert.Equal(new[] { "A", "B" }, InOrder(result, "address1_city"));
    }

    [Fact]
    public void An_order_with_entityname_sorts_on_the_link_column_first()
    {
        // "use the entityname attribute on the order element to refer to the link-entity alias value"
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows#process-link-entity-orders-first
        var org = new QueryOrg();
        Guid zed = org.Contact("Zed", "Zulu");
        Guid abe = org.Contact("Abe", "Adams");
        org.Account("A", ("primarycontactid", new EntityReference("contact", zed)));
        org.Account("B", ("primarycontactid", new EntityReference("contact", abe)));

        EntityCollection result = org.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc' />
            <order entityname='pc' attribute='firstname' /><order attribute='name' /></entity></fetch>");

        Assert.Equal(new[] { "B", "A" }, InOrder(result));
    }

    [Fact]
    public void TopCount_limits_the_rows_returned()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/overview#limit-the-number-of-rows
        QueryOrg org = Accounts(10);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), TopCount = 3 };
        query.AddOrder("name", OrderType.Ascending);

        EntityCollection result = org.Retrieve(query);

        Assert.Equal(new[] { "Account 00000", "Account 00001", "Account 00002" }, InOrder(result));
        Assert.False(result.MoreRecords);
    }

    [Fact]
    public void Top_cannot_exceed_5000()
    {
        // "This value cannot exceed 5,000." https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/fetch
        var org = new QueryOrg();

        QueryOrg.Fails(() => org.Fetch("<fetch top='5001'><entity name='account' /></fetch>"));
    }

    [Fact]
    public void Top_cannot_be_combined_with_returntotalrecordcount()
    {
        // "You can't apply the fetch element top attribute together with returntotalrecordcount."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/count-rows
        var org = new QueryOrg();

        QueryOrg.Fails(() => org.Fetch("<fetch top='5' returntotalrecordcount='true'><entity name='account' /></fetch>"));
    }

    [Fact]
    public void Distinct_removes_duplicate_rows()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/overview
        var org = new QueryOrg();
        org.Account("A", ("address1_city", "Redmond"));
        org.Account("B", ("address1_city", "redmond"));
        org.Account("C", ("address1_city", "Seattle"));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("address1_city"), Distinct = true };

        Assert.Equal(2, org.Retrieve(query).Entities.Count);
    }

    [Fact]
    public void Simple_paging_returns_consecutive_pages_and_MoreRecords()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#simple-paging
        QueryOrg org = Accounts(7);
        string Page(int page) => $"<fetch count='3' page='{page}'><entity name='account'><attribute name='name' /><order attribute='name' /></entity></fetch>";

        EntityCollection first = org.Fetch(Page(1));
        EntityCollection third = org.Fetch(Page(3));

        Assert.Equal(new[] { "Account 00000", "Account 00001", "Account 00002" }, InOrder(first));
        Assert.True(first.MoreRecords);
        Assert.Equal(new[] { "Account 00006" }, InOrder(third));
        Assert.False(third.MoreRecords);
    }

    [Fact]
    public void Paging_cookie_names_the_first_and_last_record_of_the_page()
    {
        // The cookie looks like <cookie page="1"><contactid last="{GUID}" first="{GUID}" /></cookie>.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#paging-cookies
        QueryOrg org = Accounts(5);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
        query.AddOrder("name", OrderType.Ascending);

        EntityCollection page = org.Retrieve(query);

        string expected = $"<cookie page=\"1\"><accountid last=\"{page.Entities[1].Id.ToString("B").ToUpperInvariant()}\" first=\"{page.Entities[0].Id.ToString("B").ToUpperInvariant()}\" /></cookie>";
        Assert.Equal(expected, page.PagingCookie);
    }

    [Fact]
    public void Following_the_paging_cookie_reads_every_record_once()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results
        QueryOrg org = Accounts(25);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 10, PageNumber = 1 } };
        var seen = new List<string>();
        while (true)
        {
            EntityCollection page = org.Retrieve(query);
            seen.AddRange(InOrder(page));
            if (!page.MoreRecords) break;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        Assert.Equal(25, seen.Count);
        Assert.Equal(25, seen.Distinct().Count());
    }

    [Fact]
    public void The_paging_cookie_continues_after_the_last_record_even_when_earlier_rows_are_deleted()
    {
        // "The paging cookie contains data about the first and last record in the results and helps Dataverse retrieve the next row of data"
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#paging-cookies
        QueryOrg org = Accounts(6);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 3, PageNumber = 1 } };
        query.AddOrder("name", OrderType.Ascending);
        EntityCollection first = org.Retrieve(query);
        org.Service.Delete("account", first.Entities[0].Id);

        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        EntityCollection second = org.Retrieve(query);

        Assert.Equal(new[] { "Account 00003", "Account 00004", "Account 00005" }, InOrder(second));
    }

    [Fact]
    public void No_paging_cookie_when_ordering_on_a_link_entity_column()
    {
        // "queries sorted using a link-entity attribute may not support paging cookies"
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#queries-that-dont-support-paging-cookies
        var org = new QueryOrg();
        Guid ann = org.Contact("Ann", "Lee");
        org.Account("A", ("primarycontactid", new EntityReference("contact", ann)));
        org.Account("B", ("primarycontactid", new EntityReference("contact", ann)));

        EntityCollection result = org.Fetch(@"<fetch count='1'><entity name='account'><attribute name='name' />
            <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'><order attribute='firstname' /></link-entity></entity></fetch>");

        Assert.True(result.MoreRecords);
        Assert.Null(result.PagingCookie);
    }

    [Fact]
    public void Without_a_page_size_at_most_5000_rows_come_back()
    {
        // "The default and maximum page size is 5,000 rows." https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
        QueryOrg org = Accounts(5001);

        EntityCollection result = org.Retrieve(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        Assert.Equal(5000, result.Entities.Count);
        Assert.True(result.MoreRecords);
    }

    [Fact]
    public void A_page_size_above_5000_is_capped()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results
        QueryOrg org = Accounts(5001);
        var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 6000, PageNumber = 1 } };

        Assert.Equal(5000, org.Retrieve(query).Entities.Count);
    }

    [Fact]
    public void TotalRecordCount_is_minus_one_unless_requested()
    {
        // "The total number of records up to 5000; otherwise the value is -1."
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/count-rows
        QueryOrg org = Accounts(4);

        EntityCollection plain = org.Fetch("<fetch count='2'><entity name='account' /></fetch>");
        EntityCollection counted = org.Fetch("<fetch count='2' returntotalrecordcount='true'><entity name='account' /></fetch>");

        Assert.Equal(-1, plain.TotalRecordCount);
        Assert.Equal(4, counted.TotalRecordCount);
        Assert.False(counted.TotalRecordCountLimitExceeded);
    }

    [Fact]
    public void TotalRecordCount_stops_at_5000_and_flags_the_limit()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/count-rows
        QueryOrg org = Accounts(5001);
        var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 10, PageNumber = 1, ReturnTotalRecordCount = true } };

        EntityCollection result = org.Retrieve(query);

        Assert.Equal(5000, result.TotalRecordCount);
        Assert.True(result.TotalRecordCountLimitExceeded);
    }
}
