using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>Queries Dataverse refuses rather than runs: values of another type, id operators on text, windows past the date range, DTDs.</summary>
public sealed class QueryRefusalConformanceTests
{
    private const int InvalidArgument = unchecked((int)0x80040203);
    private const int InvalidDateTime = unchecked((int)0x80040239);

    private static int FaultOf(QueryOrg org, QueryBase query) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Retrieve(query)).Detail.ErrorCode;

    [Fact]
    public void Comparing_a_text_column_with_a_lookup_value_is_refused()
    {
        // A condition value must be of the column's type; a reference is not text.
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
        var org = new QueryOrg();
        Guid account = org.Account("Contoso");
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, new EntityReference("account", account));

        Assert.Equal(InvalidArgument, FaultOf(org, query));

        var like = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        like.Criteria.AddCondition("name", ConditionOperator.Like, new EntityReference("account", account));
        Assert.Equal(InvalidArgument, FaultOf(org, like));
    }

    [Fact]
    public void EqualUserId_applies_to_id_columns_only()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#eq-userid
        var org = new QueryOrg();
        org.Account("Contoso");
        var onText = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        onText.Criteria.AddCondition("name", ConditionOperator.EqualUserId);
        var onOwner = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        onOwner.Criteria.AddCondition("ownerid", ConditionOperator.EqualUserId);

        Assert.Equal(InvalidArgument, FaultOf(org, onText));
        Assert.Single(org.Retrieve(onOwner).Entities);
    }

    [Fact]
    public void A_relative_date_window_past_the_supported_range_is_an_invalid_date_time()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#last-x-days
        var org = new QueryOrg();
        org.Account("Contoso");
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("createdon", ConditionOperator.LastXDays, 999999999);

        Assert.Equal(InvalidDateTime, FaultOf(org, query));
    }

    [Fact]
    public void A_fetchxml_query_with_a_dtd_is_refused_without_expanding_its_entities()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/overview
        var org = new QueryOrg();
        org.Account("Contoso");
        string fetch = "<!DOCTYPE fetch [<!ENTITY n \"Contoso\">]><fetch><entity name='account'><attribute name='name' />"
            + "<filter><condition attribute='name' operator='eq' value='&n;' /></filter></entity></fetch>";

        FaultException<OrganizationServiceFault> fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Retrieve(new FetchExpression(fetch)));
        Assert.Equal(InvalidArgument, fault.Detail.ErrorCode);
        Assert.Contains("DTD", fault.Detail.Message);
    }

    [Fact]
    public void A_fetchxml_query_nested_past_the_depth_limit_is_refused()
    {
        var org = new QueryOrg();
        string fetch = "<fetch><entity name='account'>" + string.Concat(System.Linq.Enumerable.Repeat("<filter>", 500))
            + string.Concat(System.Linq.Enumerable.Repeat("</filter>", 500)) + "</entity></fetch>";

        Assert.Equal(InvalidArgument, FaultOf(org, new FetchExpression(fetch)));
    }
}
