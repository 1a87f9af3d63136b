using System.Collections.Generic;
using CxJourney.SolutionModel.Metadata;

namespace CxJourney.WebApi.OData;

/// <summary>
/// $select: a comma-separated list of structural properties, a column's logical name or _x_value
/// for a lookup (the lookup's logical name alone is not a property). Names are case-sensitive.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns
public static class ODataSelect
{
    public static IReadOnlyList<ColumnMetadata> Parse(TableProperties properties, string select)
    {
        var columns = new List<ColumnMetadata>();
        var seen = new HashSet<string>();
        foreach (string part in select.Split(','))
        {
            string name = part.Trim();
            if (name.Length == 0) throw new ODataException($"Syntax error in $select '{select}': an empty property name.");
            if (name == "*") throw ODataException.NotSupported("$select=*");
            ColumnMetadata column = properties.Column(name);
            if (seen.Add(column.LogicalName)) columns.Add(column);
        }

        return columns;
    }
}
