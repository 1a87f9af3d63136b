using System.Collections.Generic;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.WebApi.OData;

/// <summary>$orderby: comma-separated structural properties, each optionally followed by asc or desc.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/order-rows
public static class ODataOrderBy
{
    public static IReadOnlyList<OrderExpression> Parse(TableProperties properties, string orderBy)
    {
        var orders = new List<OrderExpression>();
        foreach (string part in orderBy.Split(','))
        {
            string[] words = part.Trim().Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2) throw new ODataException($"Syntax error in $orderby '{orderBy}'.");
            ColumnMetadata column = properties.Column(words[0]);
            OrderType direction = words.Length == 1 || words[1] == "asc"
                ? OrderType.Ascending
                : words[1] == "desc" ? OrderType.Descending : throw new ODataException($"Syntax error in $orderby '{orderBy}': '{words[1]}' is neither asc nor desc.");
            orders.Add(new OrderExpression(column.LogicalName, direction));
        }

        return orders;
    }
}
