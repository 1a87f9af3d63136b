using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Sdk.Tests.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
public class FilterExpressionTests
{
    [Fact]
    public void New_filter_is_an_empty_And()
    {
        var filter = new FilterExpression();

        Assert.Equal(LogicalOperator.And, filter.FilterOperator);
        Assert.Empty(filter.Conditions);
        Assert.Empty(filter.Filters);
        Assert.False(filter.IsQuickFindFilter);
    }

    [Fact]
    public void AddCondition_appends_a_condition_with_the_given_parts()
    {
        var filter = new FilterExpression(LogicalOperator.Or);

        filter.AddCondition("statecode", ConditionOperator.Equal, 0);
        filter.AddCondition("t", "cx_channel", ConditionOperator.In, 1, 2);

        Assert.Equal(LogicalOperator.Or, filter.FilterOperator);
        Assert.Equal(2, filter.Conditions.Count);
        Assert.Equal("statecode", filter.Conditions[0].AttributeName);
        Assert.Equal(new object[] { 0 }, filter.Conditions[0].Values);
        Assert.Null(filter.Conditions[0].EntityName);
        Assert.Equal("t", filter.Conditions[1].EntityName);
        Assert.Equal(new object[] { 1, 2 }, filter.Conditions[1].Values);
    }

    [Fact]
    public void AddFilter_by_operator_returns_the_nested_filter_it_added()
    {
        var filter = new FilterExpression();

        var child = filter.AddFilter(LogicalOperator.Or);
        child.AddCondition("cx_score", ConditionOperator.GreaterThan, 50);

        Assert.Same(child, Assert.Single(filter.Filters));
        Assert.Equal(LogicalOperator.Or, child.FilterOperator);
        Assert.Single(child.Conditions);
        Assert.Empty(filter.Conditions);
    }

    [Fact]
    public void AddFilter_and_AddCondition_keep_the_given_instances()
    {
        var filter = new FilterExpression();
        var child = new FilterExpression(LogicalOperator.Or);
        var condition = new ConditionExpression("statuscode", ConditionOperator.NotNull);

        filter.AddFilter(child);
        filter.AddCondition(condition);

        Assert.Same(child, Assert.Single(filter.Filters));
        Assert.Same(condition, Assert.Single(filter.Conditions));
    }
}
