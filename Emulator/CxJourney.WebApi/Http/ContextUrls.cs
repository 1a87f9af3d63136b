using System.Collections.Generic;
using CxJourney.SolutionModel.Metadata;
using CxJourney.WebApi.OData;

namespace CxJourney.WebApi.Http;

/// <summary>
/// The fragment of @odata.context after $metadata#: the entity set, with the selected properties
/// and expansions in parentheses when the request narrowed them, and /$entity for a single record.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns
internal static class ContextUrls
{
    public static string Of(TableMetadata table, Projection projection, bool single)
    {
        string fragment = table.EntitySetName;
        if (projection.Columns is not null || projection.Expansions.Count > 0)
        {
            var parts = new List<string>();
            if (projection.Columns is not null)
            {
                foreach (ColumnMetadata column in projection.Columns) parts.Add(TableProperties.PropertyOf(column));
            }

            foreach (ExpandedNavigation expansion in projection.Expansions)
            {
                var nested = new List<string>();
                if (expansion.Columns is not null)
                {
                    foreach (ColumnMetadata column in expansion.Columns) nested.Add(TableProperties.PropertyOf(column));
                }

                parts.Add(expansion.Navigation.Name + "(" + string.Join(",", nested) + ")");
            }

            fragment += "(" + string.Join(",", parts) + ")";
        }

        return single ? fragment + "/$entity" : fragment;
    }
}
