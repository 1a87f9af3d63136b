using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Emulator.Query;

/// <summary>Reads the organization's <see cref="MetadataCatalog"/>, converting each table once per metadata instance.</summary>
internal sealed class CatalogQuerySchema : IQuerySchema
{
    private readonly MetadataCatalog _catalog;
    private readonly ConditionalWeakTable<TableMetadata, QueryTableInfo> _converted = new();

    // An evaluator is made per query; sharing the schema per catalog keeps the conversions from being redone each time.
    private static readonly ConditionalWeakTable<MetadataCatalog, CatalogQuerySchema> Shared = new();

    public CatalogQuerySchema(MetadataCatalog catalog)
    {
        _catalog = catalog;
    }

    public static CatalogQuerySchema For(MetadataCatalog catalog) => Shared.GetValue(catalog, c => new CatalogQuerySchema(c));

    public QueryTableInfo? FindTable(string logicalName)
    {
        if (string.IsNullOrEmpty(logicalName) || !_catalog.TryGetTable(logicalName, out TableMetadata? table)) return null;
        return _converted.GetValue(table, Convert);
    }

    private static QueryTableInfo Convert(TableMetadata table)
    {
        var columns = new List<QueryColumnInfo>(table.Columns.Count);
        foreach (ColumnMetadata column in table.Columns) columns.Add(Convert(column));
        return new QueryTableInfo(table.LogicalName, table.PrimaryIdAttribute, table.PrimaryNameAttribute, columns);
    }

    private static QueryColumnInfo Convert(ColumnMetadata column)
    {
        ColumnKind kind = column.Type switch
        {
            ColumnType.Boolean => ColumnKind.Boolean,
            ColumnType.Customer or ColumnType.Lookup or ColumnType.Owner => ColumnKind.Lookup,
            ColumnType.DateTime => ColumnKind.DateTime,
            ColumnType.Decimal => ColumnKind.Decimal,
            ColumnType.Double => ColumnKind.Double,
            ColumnType.Integer => ColumnKind.Integer,
            ColumnType.BigInt => ColumnKind.BigInt,
            ColumnType.Memo => ColumnKind.Memo,
            ColumnType.Money => ColumnKind.Money,
            ColumnType.PartyList => ColumnKind.PartyList,
            ColumnType.Picklist => ColumnKind.Picklist,
            ColumnType.State => ColumnKind.State,
            ColumnType.Status => ColumnKind.Status,
            ColumnType.String => ColumnKind.String,
            ColumnType.Uniqueidentifier => ColumnKind.UniqueIdentifier,
            ColumnType.EntityName => ColumnKind.EntityName,
            ColumnType.MultiSelectPicklist => ColumnKind.MultiSelectPicklist,
            _ => ColumnKind.Other,
        };
        string? trueLabel = null;
        string? falseLabel = null;
        if (kind == ColumnKind.Boolean)
        {
            trueLabel = column.TryGetOption(1, out ChoiceOption yes) ? yes.Label : null;
            falseLabel = column.TryGetOption(0, out ChoiceOption no) ? no.Label : null;
        }

        return new QueryColumnInfo(column.LogicalName, kind)
        {
            Targets = column.Targets,
            OptionLabel = column.Options.Count == 0 ? null : value => column.TryGetOption(value, out ChoiceOption option) ? option.Label : null,
            TrueLabel = trueLabel,
            FalseLabel = falseLabel,
            Precision = column.Precision,
        };
    }
}
