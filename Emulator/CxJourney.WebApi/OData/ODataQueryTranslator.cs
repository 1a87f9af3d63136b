using System.Collections.Generic;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.WebApi.OData;

/// <summary>A collection request as the QueryExpression the organization runs, and how to shape its records.</summary>
public sealed record TranslatedQuery(QueryExpression Query, Projection Projection, int PageNumber, bool IsPaged);

/// <summary>
/// Turns a collection request's query options into one QueryExpression for RetrieveMultiple:
/// $select → ColumnSet (plus the primary key and versionnumber, for @odata.etag), $filter →
/// Criteria, $orderby → Orders, $expand → outer-joined LinkEntity aliased by the navigation
/// property, and paging: $top → TopCount; otherwise a page of odata.maxpagesize (at most 5,000)
/// rows continued by the paging cookie the $skiptoken carries, with $count → ReturnTotalRecordCount.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/count-rows
public static class ODataQueryTranslator
{
    /// <summary>The most rows a page holds, whatever odata.maxpagesize asks for.</summary>
    public const int MaxPageSize = 5000;

    public const string VersionNumber = "versionnumber";

    public static TranslatedQuery Translate(TableProperties properties, ODataQueryOptions options, MetadataCatalog catalog, int? maxPageSize)
    {
        TableMetadata table = properties.Table;
        Projection projection = ProjectionOf(properties, options.Select, options.Expand, catalog);
        var query = new QueryExpression(table.LogicalName) { ColumnSet = ColumnsOf(table, projection.Columns) };
        if (options.Filter is not null) query.Criteria = ODataFilterParser.Parse(properties, options.Filter);
        if (options.OrderBy is not null)
        {
            foreach (OrderExpression order in ODataOrderBy.Parse(properties, options.OrderBy)) query.Orders.Add(order);
        }

        foreach (ExpandedNavigation expansion in projection.Expansions)
        {
            TableMetadata target = expansion.Target.Table;
            var link = new LinkEntity(table.LogicalName, target.LogicalName, expansion.Navigation.Column.LogicalName, target.PrimaryIdAttribute, JoinOperator.LeftOuter)
            {
                EntityAlias = expansion.Navigation.Name,
                Columns = ColumnsOf(target, expansion.Columns),
            };
            query.LinkEntities.Add(link);
        }

        int pageNumber = 1;
        bool paged = false;
        if (options.Top is int top)
        {
            // $count with $top: one page of $top rows, so the count still covers every matching row.
            if (options.Count) query.PageInfo = new PagingInfo { Count = top, PageNumber = 1, ReturnTotalRecordCount = true };
            else query.TopCount = top;
        }
        else
        {
            string? cookie = null;
            if (options.SkipToken is not null) (pageNumber, cookie) = SkipToken.Parse(options.SkipToken);
            int size = maxPageSize is int preferred && preferred > 0 && preferred < MaxPageSize ? preferred : MaxPageSize;
            query.PageInfo = new PagingInfo { Count = size, PageNumber = pageNumber, PagingCookie = cookie, ReturnTotalRecordCount = options.Count };
            paged = true;
        }

        return new TranslatedQuery(query, projection, pageNumber, paged);
    }

    public static Projection ProjectionOf(TableProperties properties, string? select, string? expand, MetadataCatalog catalog)
    {
        IReadOnlyList<ColumnMetadata>? columns = select is null ? null : ODataSelect.Parse(properties, select);
        IReadOnlyList<ExpandedNavigation> expansions = expand is null ? [] : ODataExpand.Parse(properties, expand, catalog);
        return new Projection(properties, columns, expansions);
    }

    /// <summary>The columns to read: the selected ones with the primary key and the row version, or all.</summary>
    public static ColumnSet ColumnsOf(TableMetadata table, IReadOnlyList<ColumnMetadata>? selected)
    {
        if (selected is null) return new ColumnSet(true);
        var names = new List<string>();
        foreach (ColumnMetadata column in selected) names.Add(column.LogicalName);
        if (!names.Contains(table.PrimaryIdAttribute)) names.Add(table.PrimaryIdAttribute);
        if (table.HasColumn(VersionNumber) && !names.Contains(VersionNumber)) names.Add(VersionNumber);
        return new ColumnSet(names.ToArray());
    }
}
