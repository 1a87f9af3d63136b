using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Sdk.Tests.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/build-queries-with-queryexpression
public class QueryExpressionTests
{
    [Fact]
    public void New_query_has_usable_empty_parts()
    {
        var query = new QueryExpression("contact");

        Assert.Equal("contact", query.EntityName);
        Assert.NotNull(query.ColumnSet);
        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.Empty(query.Criteria.Conditions);
        Assert.NotNull(query.PageInfo);
        Assert.Empty(query.LinkEntities);
        Assert.Empty(query.Orders);
        Assert.Null(query.TopCount);
        Assert.False(query.Distinct);
        Assert.False(query.NoLock);
    }

    [Fact]
    public void Columns_and_criteria_can_be_filled_in_place()
    {
        var query = new QueryExpression("contact");

        query.ColumnSet.AddColumns("fullname", "cx_score");
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);

        Assert.Equal(new[] { "fullname", "cx_score" }, query.ColumnSet.Columns);
        Assert.Single(query.Criteria.Conditions);
    }

    [Fact]
    public void AddLink_joins_from_the_query_table_and_returns_the_added_link()
    {
        var query = new QueryExpression("cx_touchpoint");

        var link = query.AddLink("contact", "cx_contactid", "contactid");

        Assert.Same(link, Assert.Single(query.LinkEntities));
        Assert.Equal("cx_touchpoint", link.LinkFromEntityName);
        Assert.Equal("cx_contactid", link.LinkFromAttributeName);
        Assert.Equal("contact", link.LinkToEntityName);
        Assert.Equal("contactid", link.LinkToAttributeName);
        Assert.Equal(JoinOperator.Inner, link.JoinOperator);
        Assert.NotNull(link.Columns);
        Assert.NotNull(link.LinkCriteria);
    }

    [Fact]
    public void AddLink_with_a_join_operator_and_nested_link_chain_from_the_right_tables()
    {
        var query = new QueryExpression("cx_touchpoint");

        var contact = query.AddLink("contact", "cx_contactid", "contactid", JoinOperator.LeftOuter);
        var account = contact.AddLink("account", "parentcustomerid", "accountid");

        Assert.Equal(JoinOperator.LeftOuter, contact.JoinOperator);
        Assert.Same(account, Assert.Single(contact.LinkEntities));
        Assert.Equal("contact", account.LinkFromEntityName);
        Assert.Equal("account", account.LinkToEntityName);
        Assert.Equal(JoinOperator.Inner, account.JoinOperator);
        Assert.Single(query.LinkEntities);
    }

    [Fact]
    public void AddOrder_appends_orders_in_call_order()
    {
        var query = new QueryExpression("cx_touchpoint");

        query.AddOrder("cx_occurredon", OrderType.Descending);
        query.AddOrder("fullname", OrderType.Ascending, null, "c");

        Assert.Equal(2, query.Orders.Count);
        Assert.Equal("cx_occurredon", query.Orders[0].AttributeName);
        Assert.Equal(OrderType.Descending, query.Orders[0].OrderType);
        Assert.Null(query.Orders[0].EntityName);
        Assert.Equal("c", query.Orders[1].EntityName);
    }

    [Fact]
    public void Query_types_share_the_QueryBase_root()
    {
        QueryBase fetch = new FetchExpression("<fetch><entity name='contact'/></fetch>");

        Assert.Equal("<fetch><entity name='contact'/></fetch>", ((FetchExpression)fetch).Query);
        Assert.IsAssignableFrom<QueryBase>(new QueryExpression());
        Assert.IsAssignableFrom<QueryBase>(new QueryByAttribute());
    }
}
