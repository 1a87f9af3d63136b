using System;
using System.Data.SqlTypes;
using System.Linq;
using CxJourney.Emulator.Tests.Conformance;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Query;

/// <summary>The order the evaluator falls back to: the primary key, compared as SQL Server compares uniqueidentifier.</summary>
public class QueryEvaluatorOrderTests
{
    [Fact]
    public void Without_orders_rows_come_back_by_primary_key_in_SQL_Server_order()
    {
        var org = new QueryOrg();
        Guid[] ids = Enumerable.Range(0, 40).Select(i => org.Account("A" + i)).ToArray();

        Guid[] returned = org.Retrieve(new QueryExpression("account")).Entities.Select(e => e.Id).ToArray();

        Assert.Equal(ids.OrderBy(id => new SqlGuid(id)).ToArray(), returned);
    }

    [Fact]
    public void Rows_equal_on_every_order_are_ordered_by_primary_key()
    {
        var org = new QueryOrg();
        Guid[] ids = Enumerable.Range(0, 20).Select(_ => org.Account("Same")).ToArray();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Descending);

        Guid[] returned = org.Retrieve(query).Entities.Select(e => e.Id).ToArray();

        Assert.Equal(ids.OrderBy(id => new SqlGuid(id)).ToArray(), returned);
    }
}
