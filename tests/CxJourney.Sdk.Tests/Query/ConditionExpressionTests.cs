using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Sdk.Tests.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
public class ConditionExpressionTests
{
    [Fact]
    public void Params_values_become_the_condition_values_in_order()
    {
        var condition = new ConditionExpression("cx_channel", ConditionOperator.In, 1, 3, 5);

        Assert.Null(condition.EntityName);
        Assert.Equal("cx_channel", condition.AttributeName);
        Assert.Equal(ConditionOperator.In, condition.Operator);
        Assert.Equal(new object[] { 1, 3, 5 }, condition.Values);
        Assert.False(condition.CompareColumns);
    }

    [Fact]
    public void A_value_type_array_is_expanded_into_separate_values()
    {
        // int[] is not an object[]; it binds to the ICollection overload, which must enumerate it.
        var condition = new ConditionExpression("statecode", ConditionOperator.In, new[] { 0, 1 });

        Assert.Equal(new object[] { 0, 1 }, condition.Values);
    }

    [Fact]
    public void A_list_of_ids_is_expanded_into_separate_values()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        var condition = new ConditionExpression("contactid", ConditionOperator.In, new List<Guid> { a, b });

        Assert.Equal(new object[] { a, b }, condition.Values);
    }

    [Fact]
    public void A_single_string_value_stays_one_value()
    {
        var condition = new ConditionExpression("fullname", ConditionOperator.BeginsWith, "Ada");

        Assert.Equal(new object[] { "Ada" }, condition.Values);
    }

    [Fact]
    public void Operator_without_values_has_an_empty_value_list()
    {
        var condition = new ConditionExpression("parentcustomerid", ConditionOperator.Null);

        Assert.NotNull(condition.Values);
        Assert.Empty(condition.Values);
        Assert.NotNull(new ConditionExpression().Values);
    }

    [Fact]
    public void Linked_table_and_column_comparison_are_recorded()
    {
        var condition = new ConditionExpression("c", "modifiedon", ConditionOperator.GreaterThan, true, "createdon");

        Assert.Equal("c", condition.EntityName);
        Assert.Equal("modifiedon", condition.AttributeName);
        Assert.True(condition.CompareColumns);
        Assert.Equal(new object[] { "createdon" }, condition.Values);
    }

    [Fact]
    public void Values_has_no_public_setter_as_in_the_official_assembly()
    {
        var setter = typeof(ConditionExpression).GetProperty(nameof(ConditionExpression.Values))!.SetMethod;

        Assert.NotNull(setter);
        Assert.False(setter!.IsPublic);
    }
}
