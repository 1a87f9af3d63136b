using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>Which API the query arrived through; a few defaults differ (FetchXML without attributes returns all columns).</summary>
internal enum QuerySource
{
    QueryExpression,
    QueryByAttribute,
    FetchXml,
}

/// <summary>
/// The one internal shape QueryExpression, QueryByAttribute and FetchXML are translated into. Condition values
/// are kept as given (FetchXML strings included) and converted once the column types are known.
/// </summary>
internal sealed class QueryModel
{
    public QueryModel(string entityName, QuerySource source)
    {
        EntityName = entityName;
        Source = source;
    }

    public string EntityName { get; }

    public QuerySource Source { get; }

    public ColumnsModel Columns { get; set; } = new();

    public FilterModel? Criteria { get; set; }

    public List<LinkModel> Links { get; } = new();

    public List<OrderModel> Orders { get; } = new();

    public bool Distinct { get; set; }

    public int? Top { get; set; }

    public int PageNumber { get; set; }

    public int PageSize { get; set; }

    public string? PagingCookie { get; set; }

    public bool ReturnTotalRecordCount { get; set; }

    public bool UseRawOrderBy { get; set; }

    public bool Aggregate { get; set; }

    public int? AggregateLimit { get; set; }
}

internal sealed class ColumnsModel
{
    public bool AllColumns { get; set; }

    public List<AttributeModel> Attributes { get; } = new();
}

/// <summary>A selected column: plain, aliased, aggregated or grouped.</summary>
internal sealed class AttributeModel
{
    public AttributeModel(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public string? Alias { get; set; }

    public XrmAggregateType Aggregate { get; set; }

    public bool GroupBy { get; set; }

    public XrmDateTimeGrouping DateGrouping { get; set; }

    public bool DistinctValues { get; set; }
}

internal sealed class LinkModel
{
    public LinkModel(string toEntity, string fromAttribute, string toAttribute, JoinOperator join)
    {
        ToEntity = toEntity;
        FromAttribute = fromAttribute;
        ToAttribute = toAttribute;
        Join = join;
    }

    /// <summary>The linked table.</summary>
    public string ToEntity { get; }

    /// <summary>Column of the parent (entity or link) the join starts from.</summary>
    public string FromAttribute { get; }

    /// <summary>Column of the linked table matched against <see cref="FromAttribute"/>.</summary>
    public string ToAttribute { get; }

    public JoinOperator Join { get; }

    public string? Alias { get; set; }

    public ColumnsModel Columns { get; set; } = new();

    public FilterModel? Criteria { get; set; }

    public List<LinkModel> Links { get; } = new();

    public List<OrderModel> Orders { get; } = new();
}

internal sealed class FilterModel
{
    public FilterModel(LogicalOperator op)
    {
        Operator = op;
    }

    public LogicalOperator Operator { get; }

    public List<ConditionModel> Conditions { get; } = new();

    public List<FilterModel> Filters { get; } = new();

    /// <summary>Filter-level link-entities (any, not any, all, not all, exists, in).</summary>
    public List<LinkModel> Links { get; } = new();

    public bool IsEmpty => Conditions.Count == 0 && Filters.Count == 0 && Links.Count == 0;
}

internal sealed class ConditionModel
{
    public ConditionModel(string? entityName, string attribute, ConditionOperator op, IReadOnlyList<object?> values)
    {
        EntityName = entityName;
        Attribute = attribute;
        Operator = op;
        Values = values;
    }

    /// <summary>Alias or name of the table the column belongs to; null for the table the filter sits on.</summary>
    public string? EntityName { get; }

    public string Attribute { get; }

    public ConditionOperator Operator { get; }

    public IReadOnlyList<object?> Values { get; }

    /// <summary>FetchXML's <c>valueof</c> / QueryExpression's CompareColumns: the other column, "alias.column" or "column".</summary>
    public string? ValueOf { get; init; }

    /// <summary>The FetchXML operator name, for messages.</summary>
    public string? OperatorText { get; init; }
}

internal sealed class OrderModel
{
    public OrderModel(string? attribute, bool descending)
    {
        Attribute = attribute;
        Descending = descending;
    }

    public string? Attribute { get; }

    public bool Descending { get; }

    /// <summary>An aggregate or group alias to order by.</summary>
    public string? Alias { get; init; }

    /// <summary>Alias or name of a link-entity the column belongs to.</summary>
    public string? EntityName { get; init; }
}
