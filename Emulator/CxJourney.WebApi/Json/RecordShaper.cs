using System;
using System.Collections.Generic;
using System.Globalization;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using CxJourney.WebApi.OData;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Json;

/// <summary>
/// Turns the organization's records into Web API records: each selected property (null when the
/// row has no value, as Dataverse returns it), the primary key, lookups as _x_value with their
/// target table and navigation property, expanded lookups from the joined link-entity columns,
/// and @odata.etag from versionnumber. FetchXML results keep their own columns and aliases.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/join-tables
internal static class RecordShaper
{
    /// <summary>Dataverse writes the '.' of a link-entity column's name (alias.column) as _x002e_ in JSON.</summary>
    public const string LinkSeparator = "_x002e_";

    public static ShapedRecord Shape(Projection projection, Entity entity) =>
        Shape(projection.Properties, projection.Columns, projection.Expansions, name => Read(entity, name), entity.RowVersion);

    private static ShapedRecord Shape(
        TableProperties properties,
        IReadOnlyList<ColumnMetadata>? selected,
        IReadOnlyList<ExpandedNavigation> expansions,
        Func<string, object?> read,
        string? rowVersion)
    {
        TableMetadata table = properties.Table;
        var record = new ShapedRecord { ETag = ETagOf(read(ODataQueryTranslator.VersionNumber), rowVersion) };
        var written = new HashSet<string>(StringComparer.Ordinal);
        if (selected is null)
        {
            foreach (KeyValuePair<string, ColumnMetadata> pair in properties.Structural)
            {
                Add(record, properties, pair.Value, read(pair.Value.LogicalName));
                written.Add(pair.Value.LogicalName);
            }
        }
        else
        {
            foreach (ColumnMetadata column in selected)
            {
                Add(record, properties, column, read(column.LogicalName));
                written.Add(column.LogicalName);
            }
        }

        if (!written.Contains(table.PrimaryIdAttribute) && properties.TryGetStructural(table.PrimaryIdAttribute, out ColumnMetadata? key))
        {
            Add(record, properties, key, read(table.PrimaryIdAttribute));
        }

        foreach (ExpandedNavigation expansion in expansions)
        {
            string prefix = expansion.Navigation.Name + ".";
            TableMetadata target = expansion.Target.Table;
            ShapedRecord? related = null;
            if (read(prefix + target.PrimaryIdAttribute) is not null)
            {
                related = Shape(expansion.Target, expansion.Columns, [], name => read(prefix + name), null);
            }

            record.Properties.Add(new ShapedProperty(expansion.Navigation.Name, null) { IsExpansion = true, Expanded = related });
        }

        return record;
    }

    /// <summary>A FetchXML result row: root columns by property name, aliased and link-entity values by alias (alias_x002e_column).</summary>
    /// <param name="versionInjected">versionnumber was added to the query for the etag only, so it is not a property.</param>
    public static ShapedRecord ShapeFetch(TableProperties properties, Entity entity, MetadataCatalog catalog, bool versionInjected)
    {
        var record = new ShapedRecord { ETag = ETagOf(Read(entity, ODataQueryTranslator.VersionNumber), entity.RowVersion) };
        foreach (KeyValuePair<string, object?> attribute in entity.Attributes)
        {
            if (attribute.Value is AliasedValue aliased)
            {
                ColumnMetadata? source = catalog.TryGetTable(aliased.EntityLogicalName ?? "", out TableMetadata? table)
                    && table.TryGetColumn(aliased.AttributeLogicalName ?? "", out ColumnMetadata? column) ? column : null;
                string name = attribute.Key.Replace(".", LinkSeparator, StringComparison.Ordinal);
                string? formatted = entity.FormattedValues.TryGetValue(attribute.Key, out string? given) ? given : FormattedValues.Format(SameType(source, aliased.Value), aliased.Value);
                record.Properties.Add(new ShapedProperty(name, JsonValues.ToJson(source, aliased.Value), formatted)
                {
                    LookupTable = (aliased.Value as EntityReference)?.LogicalName,
                });
                continue;
            }

            if (versionInjected && attribute.Key == ODataQueryTranslator.VersionNumber) continue;
            if (properties.Table.TryGetColumn(attribute.Key, out ColumnMetadata? own)) Add(record, properties, own, attribute.Value);
        }

        return record;
    }

    /// <summary>Adds a column's property: _x_value with target and navigation property for a lookup.</summary>
    private static void Add(ShapedRecord record, TableProperties properties, ColumnMetadata column, object? value)
    {
        string? shown = FormattedValues.Format(column, value);
        if (column.IsLookup)
        {
            var reference = value as EntityReference;
            record.Properties.Add(new ShapedProperty(TableProperties.LookupProperty(column.LogicalName), JsonValues.ToJson(column, value), shown)
            {
                LookupTable = reference?.LogicalName,
                NavigationProperty = reference is null ? null : properties.NavigationNameFor(column, reference.LogicalName),
            });
            return;
        }

        record.Properties.Add(new ShapedProperty(column.LogicalName, JsonValues.ToJson(column, value), shown));
    }

    private static object? Read(Entity entity, string name)
    {
        if (!entity.Attributes.TryGetValue(name, out object? value)) return null;
        return value is AliasedValue aliased ? aliased.Value : value;
    }

    private static string? ETagOf(object? version, string? rowVersion)
    {
        string? text = version switch
        {
            long number => number.ToString(CultureInfo.InvariantCulture),
            int number => number.ToString(CultureInfo.InvariantCulture),
            _ => rowVersion,
        };
        return string.IsNullOrEmpty(text) ? null : $"W/\"{text}\"";
    }

    /// <summary>An aggregate's column is the one aggregated; its metadata formats the value only when the value is of that column's kind.</summary>
    private static ColumnMetadata? SameType(ColumnMetadata? column, object? value) => column is null ? null : value switch
    {
        OptionSetValue or OptionSetValueCollection or bool => column.HasOptions ? column : null,
        Money or DateTime => column,
        decimal or double => column.Type is ColumnType.Decimal or ColumnType.Double or ColumnType.Money ? column : null,
        _ => null,
    };
}
