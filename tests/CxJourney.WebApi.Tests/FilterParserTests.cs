using System.Linq;
using CxJourney.SolutionModel.Catalog;
using CxJourney.WebApi.OData;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.WebApi.Tests;

/// <summary>The $filter translation on its own: what QueryExpression criteria an expression becomes.</summary>
public sealed class FilterParserTests
{
    private static readonly TableProperties Contact = TableProperties.For(MetadataCatalog.Standard.GetTable("contact"));

    [Fact]
    public void Not_is_pushed_down_to_the_conditions_by_de_morgan()
    {
        FilterExpression filter = ODataFilterParser.Parse(Contact, "not (firstname eq 'Ada' and lastname ne 'Byron')");

        FilterExpression or = Assert.Single(filter.Filters);
        Assert.Equal(LogicalOperator.Or, or.FilterOperator);
        Assert.Equal(new[] { ConditionOperator.NotEqual, ConditionOperator.Equal }, or.Conditions.Select(c => c.Operator));
        Assert.Equal(new[] { "firstname", "lastname" }, or.Conditions.Select(c => c.AttributeName));
    }

    [Fact]
    public void Same_operator_groups_are_flattened()
    {
        FilterExpression filter = ODataFilterParser.Parse(Contact, "firstname eq 'a' and (lastname eq 'b' and jobtitle eq 'c')");

        Assert.Equal(LogicalOperator.And, filter.FilterOperator);
        Assert.Equal(3, filter.Conditions.Count);
        Assert.Empty(filter.Filters);
    }

    [Fact]
    public void Two_properties_compare_columns()
    {
        FilterExpression filter = ODataFilterParser.Parse(Contact, "firstname eq lastname");

        ConditionExpression condition = Assert.Single(filter.Conditions);
        Assert.True(condition.CompareColumns);
        Assert.Equal("lastname", Assert.Single(condition.Values));
    }

    [Fact]
    public void Literals_keep_their_types()
    {
        FilterExpression filter = ODataFilterParser.Parse(Contact,
            "_parentcustomerid_value eq 9a5c7f2e-0000-4000-8000-000000000001 and birthdate ge 2000-01-31 and statecode eq 0 and donotemail eq false");

        object?[] values = filter.Conditions.Select(c => c.Values.Single()).ToArray();
        Assert.IsType<System.Guid>(values[0]);
        Assert.Equal(new System.DateTime(2000, 1, 31, 0, 0, 0, System.DateTimeKind.Utc), values[1]);
        Assert.Equal(0, values[2]);
        Assert.Equal(false, values[3]);
        Assert.Equal("parentcustomerid", filter.Conditions[0].AttributeName);
    }

    [Fact]
    public void An_unknown_query_function_is_refused()
    {
        ODataException error = Assert.Throws<ODataException>(() => ODataFilterParser.Parse(Contact, "Microsoft.Dynamics.CRM.Sometime(PropertyName='createdon')"));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("Microsoft.Dynamics.CRM.Sometime", error.Message);
    }
}
