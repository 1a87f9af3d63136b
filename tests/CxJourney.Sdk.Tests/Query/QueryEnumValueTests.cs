using System;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Sdk.Tests.Query;

// Enum members are compiled into plugin IL as integer constants; each value below is the one in the
// official Microsoft.Xrm.Sdk 9.0.2.56 metadata (shared/reference/xrm-sdk surface listing).
public class QueryEnumValueTests
{
    [Theory]
    [InlineData(ConditionOperator.Equal, 0)]
    [InlineData(ConditionOperator.Like, 6)]
    [InlineData(ConditionOperator.In, 8)]
    [InlineData(ConditionOperator.NotIn, 9)]
    [InlineData(ConditionOperator.Null, 12)]
    [InlineData(ConditionOperator.NotNull, 13)]
    [InlineData(ConditionOperator.OnOrAfter, 27)]
    [InlineData(ConditionOperator.LastXDays, 33)]
    [InlineData(ConditionOperator.EqualUserId, 41)]
    [InlineData(ConditionOperator.BeginsWith, 54)]
    [InlineData(ConditionOperator.Under, 75)]
    [InlineData(ConditionOperator.OlderThanXMinutes, 86)]
    [InlineData(ConditionOperator.ContainValues, 87)]
    [InlineData(ConditionOperator.EqualRoleBusinessId, 89)]
    public void ConditionOperator_has_the_official_value(ConditionOperator op, int expected)
    {
        Assert.Equal(expected, (int)op);
    }

    [Fact]
    public void ConditionOperator_values_are_exactly_0_to_89_without_gaps()
    {
        var values = Enum.GetValues(typeof(ConditionOperator)).Cast<int>().OrderBy(v => v).ToArray();
        Assert.Equal(Enumerable.Range(0, 90), values);
    }

    [Theory]
    [InlineData(JoinOperator.Inner, 0)]
    [InlineData(JoinOperator.LeftOuter, 1)]
    [InlineData(JoinOperator.Natural, 2)]
    [InlineData(JoinOperator.Exists, 5)]
    [InlineData(JoinOperator.NotAll, 9)]
    public void JoinOperator_has_the_official_value(JoinOperator op, int expected)
    {
        Assert.Equal(expected, (int)op);
    }

    [Fact]
    public void LogicalOperator_and_OrderType_have_the_official_values()
    {
        Assert.Equal(0, (int)LogicalOperator.And);
        Assert.Equal(1, (int)LogicalOperator.Or);
        Assert.Equal(0, (int)OrderType.Ascending);
        Assert.Equal(1, (int)OrderType.Descending);
    }
}
