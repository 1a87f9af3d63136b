using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Query;

/// <summary>How the evaluator treats a column's values: comparison, coercion of condition values, sorting, formatting.</summary>
internal enum ColumnKind
{
    String,
    Memo,
    Integer,
    BigInt,
    Decimal,
    Double,
    Money,
    Boolean,
    DateTime,
    Lookup,
    Picklist,
    State,
    Status,
    MultiSelectPicklist,
    UniqueIdentifier,
    EntityName,
    PartyList,
    Other,
}

/// <summary>The part of a column's metadata a query needs. Built from the metadata catalog by <see cref="CatalogQuerySchema"/>.</summary>
internal sealed class QueryColumnInfo
{
    public QueryColumnInfo(string logicalName, ColumnKind kind)
    {
        LogicalName = logicalName;
        Kind = kind;
    }

    public string LogicalName { get; }

    public ColumnKind Kind { get; }

    public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();

    /// <summary>Label of a choice value in the organization's base language, or null when unknown.</summary>
    public Func<int, string?>? OptionLabel { get; init; }

    public string? TrueLabel { get; init; }

    public string? FalseLabel { get; init; }

    /// <summary>Digits after the point, for formatting money.</summary>
    public int? Precision { get; init; }

    public bool IsChoice => Kind is ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status;

    public bool IsNumeric => Kind is ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Decimal or ColumnKind.Double or ColumnKind.Money;

    public bool IsText => Kind is ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName;
}

/// <summary>The part of a table's metadata a query needs.</summary>
internal sealed class QueryTableInfo
{
    private readonly Dictionary<string, QueryColumnInfo> _columns;

    public QueryTableInfo(string logicalName, string primaryIdAttribute, string? primaryNameAttribute, IEnumerable<QueryColumnInfo> columns)
    {
        LogicalName = logicalName;
        PrimaryIdAttribute = primaryIdAttribute;
        PrimaryNameAttribute = primaryNameAttribute;
        _columns = new Dictionary<string, QueryColumnInfo>(StringComparer.Ordinal);
        foreach (QueryColumnInfo column in columns) _columns[column.LogicalName] = column;
        if (!_columns.ContainsKey(primaryIdAttribute))
        {
            _columns[primaryIdAttribute] = new QueryColumnInfo(primaryIdAttribute, ColumnKind.UniqueIdentifier);
        }
    }

    public string LogicalName { get; }

    public string PrimaryIdAttribute { get; }

    public string? PrimaryNameAttribute { get; }

    public IEnumerable<QueryColumnInfo> Columns => _columns.Values;

    /// <summary>Logical names are lower case and matched exactly, as Dataverse does.</summary>
    public QueryColumnInfo? FindColumn(string logicalName)
        => _columns.TryGetValue(logicalName, out QueryColumnInfo? column) ? column : null;
}

/// <summary>Where the evaluator looks up tables; one implementation reads the organization's metadata catalog.</summary>
internal interface IQuerySchema
{
    QueryTableInfo? FindTable(string logicalName);
}
