using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Sdk.Tests.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns
public class ColumnSetTests
{
    [Fact]
    public void Parameterless_column_set_selects_no_columns()
    {
        var columns = new ColumnSet();

        Assert.False(columns.AllColumns);
        Assert.Empty(columns.Columns);
    }

    [Fact]
    public void ColumnSet_true_selects_all_columns_without_listing_any()
    {
        var columns = new ColumnSet(true);

        Assert.True(columns.AllColumns);
        Assert.Empty(columns.Columns);
    }

    [Fact]
    public void Named_columns_are_kept_in_order_and_AddColumn_AddColumns_append()
    {
        var columns = new ColumnSet("fullname", "emailaddress1");

        columns.AddColumn("cx_score");
        columns.AddColumns("createdon", "statecode");

        Assert.False(columns.AllColumns);
        Assert.Equal(new[] { "fullname", "emailaddress1", "cx_score", "createdon", "statecode" }, columns.Columns);
    }
}
