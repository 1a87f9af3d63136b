using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Sdk.Tests.Query;

public class QueryByAttributeAndPagingTests
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-querybyattribute-class
    [Fact]
    public void AddAttributeValue_keeps_attributes_and_values_aligned()
    {
        var query = new QueryByAttribute("contact");

        query.AddAttributeValue("lastname", "Lovelace");
        query.AddAttributeValue("statecode", 0);
        query.AddOrder("createdon", OrderType.Descending);

        Assert.Equal("contact", query.EntityName);
        Assert.Equal(new[] { "lastname", "statecode" }, query.Attributes);
        Assert.Equal(new object[] { "Lovelace", 0 }, query.Values);
        Assert.Equal("createdon", Assert.Single(query.Orders).AttributeName);
    }

    [Fact]
    public void PagingInfo_starts_with_no_page_no_count_and_no_cookie()
    {
        var paging = new PagingInfo();

        Assert.Equal(0, paging.PageNumber);
        Assert.Equal(0, paging.Count);
        Assert.Null(paging.PagingCookie);
        Assert.False(paging.ReturnTotalRecordCount);
    }
}
