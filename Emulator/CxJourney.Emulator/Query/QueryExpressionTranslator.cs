using System.Collections.Generic;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>Translates the SDK's QueryExpression and QueryByAttribute into the internal <see cref="QueryModel"/>.</summary>
internal static class QueryExpressionTranslator
{
    public static QueryModel Translate(QueryExpression query)
    {
        if (string.IsNullOrEmpty(query.EntityName))
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, "QueryExpression.EntityName must be set.");
        }

        var model = new QueryModel(query.EntityName, QuerySource.QueryExpression)
        {
            Columns = TranslateColumns(query.ColumnSet, out bool aggregate),
            Criteria = TranslateFilter(query.Criteria),
            Distinct = query.Distinct,
            Top = query.TopCount,
            Aggregate = aggregate,
        };
        ApplyPaging(model, query.PageInfo);
        foreach (LinkEntity link in query.LinkEntities) model.Links.Add(TranslateLink(link));
        foreach (OrderExpression order in query.Orders) model.Orders.Add(TranslateOrder(order));
        return model;
    }

    public static QueryModel Translate(QueryByAttribute query)
    {
        if (string.IsNullOrEmpty(query.EntityName))
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, "QueryByAttribute.EntityName must be set.");
        }

        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-querybyattribute-class
        if (query.Attributes.Count == 0 || query.Attributes.Count != query.Values.Count)
        {
            throw Fault.Create(
                ErrorCodes.InvalidArgument,
                $"QueryByAttribute requires at least one attribute and exactly one value per attribute (attributes: {query.Attributes.Count}, values: {query.Values.Count}).");
        }

        var filter = new FilterModel(LogicalOperator.And);
        for (int i = 0; i < query.Attributes.Count; i++)
        {
            object? value = query.Values[i];
            filter.Conditions.Add(value is null
                ? new ConditionModel(null, query.Attributes[i], ConditionOperator.Null, new object?[0])
                : new ConditionModel(null, query.Attributes[i], ConditionOperator.Equal, new[] { value }));
        }

        var model = new QueryModel(query.EntityName, QuerySource.QueryByAttribute)
        {
            Columns = TranslateColumns(query.ColumnSet, out _),
            Criteria = filter,
            Top = query.TopCount,
        };
        ApplyPaging(model, query.PageInfo);
        foreach (OrderExpression order in query.Orders) model.Orders.Add(TranslateOrder(order));
        return model;
    }

    private static void ApplyPaging(QueryModel model, PagingInfo? paging)
    {
        if (paging is null) return;
        model.PageNumber = paging.PageNumber;
        model.PageSize = paging.Count;
        model.PagingCookie = paging.PagingCookie;
        model.ReturnTotalRecordCount = paging.ReturnTotalRecordCount;
    }

    private static ColumnsModel TranslateColumns(ColumnSet? columnSet, out bool aggregate)
    {
        aggregate = false;
        var columns = new ColumnsModel();
        if (columnSet is null) return columns;
        columns.AllColumns = columnSet.AllColumns;
        foreach (string column in columnSet.Columns) columns.Attributes.Add(new AttributeModel(column));
        foreach (XrmAttributeExpression expression in columnSet.AttributeExpressions)
        {
            bool grouped = expression.HasGroupBy || expression.DateTimeGrouping != XrmDateTimeGrouping.None;
            aggregate |= expression.AggregateType != XrmAggregateType.None || grouped;
            columns.Attributes.Add(new AttributeModel(expression.AttributeName)
            {
                Alias = expression.Alias,
                Aggregate = expression.AggregateType,
                GroupBy = grouped,
                DateGrouping = expression.DateTimeGrouping,
            });
        }

        return columns;
    }

    private static FilterModel? TranslateFilter(FilterExpression? filter)
    {
        if (filter is null) return null;
        var model = new FilterModel(filter.FilterOperator);
        foreach (ConditionExpression condition in filter.Conditions)
        {
            var values = new List<object?>(condition.Values.Count);
            foreach (object value in condition.Values) values.Add(value);
            string? valueOf = null;
            if (condition.CompareColumns)
            {
                valueOf = values.Count == 1 ? values[0] as string : null;
                if (valueOf is null)
                {
                    throw Fault.Create(
                        ErrorCodes.InvalidArgument,
                        $"A condition on '{condition.AttributeName}' that compares columns needs exactly one value: the name of the other column.");
                }

                values.Clear();
            }

            model.Conditions.Add(new ConditionModel(condition.EntityName, condition.AttributeName, condition.Operator, values) { ValueOf = valueOf });
        }

        foreach (FilterExpression child in filter.Filters)
        {
            FilterModel? translated = TranslateFilter(child);
            if (translated is not null) model.Filters.Add(translated);
        }

        if (filter.AnyAllFilterLinkEntity is not null) model.Links.Add(TranslateLink(filter.AnyAllFilterLinkEntity));
        return model;
    }

    private static LinkModel TranslateLink(LinkEntity link)
    {
        var model = new LinkModel(link.LinkToEntityName, link.LinkFromAttributeName, link.LinkToAttributeName, link.JoinOperator)
        {
            Alias = string.IsNullOrEmpty(link.EntityAlias) ? null : link.EntityAlias,
            Columns = TranslateColumns(link.Columns, out _),
            Criteria = TranslateFilter(link.LinkCriteria),
        };
        foreach (LinkEntity child in link.LinkEntities) model.Links.Add(TranslateLink(child));
        foreach (OrderExpression order in link.Orders) model.Orders.Add(TranslateOrder(order));
        return model;
    }

    private static OrderModel TranslateOrder(OrderExpression order)
        => new(string.IsNullOrEmpty(order.AttributeName) ? null : order.AttributeName, order.OrderType == OrderType.Descending)
        {
            Alias = string.IsNullOrEmpty(order.Alias) ? null : order.Alias,
            EntityName = string.IsNullOrEmpty(order.EntityName) ? null : order.EntityName,
        };
}
