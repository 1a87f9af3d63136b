using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.WebApi.OData;

/// <summary>
/// The Web API's view of one table: its structural properties (a column's logical name, or
/// <c>_x_value</c> for a lookup) and its single-valued navigation properties (one per lookup and
/// target). Navigation property names follow Dataverse: a custom lookup's schema name
/// (cx_ContactId, case-sensitive); a standard lookup's logical name (primarycontactid); a
/// customer or multi-table lookup adds the target (parentcustomerid_account), and an activity's
/// regarding lookup adds the target and the activity (regardingobjectid_contact_task).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties#lookup-properties
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-navigation-properties
public sealed class TableProperties
{
    private static readonly ConcurrentDictionary<TableMetadata, TableProperties> Cache = new();

    private readonly Dictionary<string, ColumnMetadata> _structural = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NavigationProperty> _navigation = new(StringComparer.Ordinal);

    private TableProperties(TableMetadata table)
    {
        Table = table;
        foreach (ColumnMetadata column in table.Columns)
        {
            if (!IsExposed(column)) continue;
            if (column.IsLookup)
            {
                _structural[LookupProperty(column.LogicalName)] = column;
                AddNavigation(table, column);
            }
            else
            {
                _structural[column.LogicalName] = column;
            }
        }
    }

    public TableMetadata Table { get; }

    /// <summary>The entity type's qualified name in errors and @odata.type (Microsoft.Dynamics.CRM.contact).</summary>
    public string TypeName => "Microsoft.Dynamics.CRM." + Table.LogicalName;

    /// <summary>Every structural property in column order, with its column.</summary>
    public IEnumerable<KeyValuePair<string, ColumnMetadata>> Structural => _structural;

    public IEnumerable<NavigationProperty> Navigation => _navigation.Values;

    public static TableProperties For(TableMetadata table) => Cache.GetOrAdd(table, t => new TableProperties(t));

    /// <summary>The property a lookup's id is read from: _parentcustomerid_value.</summary>
    public static string LookupProperty(string logicalName) => "_" + logicalName + "_value";

    /// <summary>The property name a column has in payloads and queries.</summary>
    public static string PropertyOf(ColumnMetadata column) => column.IsLookup ? LookupProperty(column.LogicalName) : column.LogicalName;

    public bool TryGetStructural(string property, [NotNullWhen(true)] out ColumnMetadata? column) =>
        _structural.TryGetValue(property, out column);

    /// <summary>The column behind a property; Dataverse's message when there is none.</summary>
    public ColumnMetadata Column(string property) =>
        _structural.TryGetValue(property, out ColumnMetadata? column) ? column : throw ODataException.UnknownProperty(property, Table.LogicalName);

    public bool TryGetNavigation(string name, [NotNullWhen(true)] out NavigationProperty? navigation) =>
        _navigation.TryGetValue(name, out navigation);

    /// <summary>The navigation property a lookup value pointing at <paramref name="target"/> was set through.</summary>
    public string NavigationNameFor(ColumnMetadata column, string target)
    {
        foreach (NavigationProperty navigation in _navigation.Values)
        {
            if (navigation.Column.LogicalName == column.LogicalName && navigation.AcceptsTarget(target)) return navigation.Name;
        }

        return column.LogicalName;
    }

    /// <summary>
    /// Platform lookups whose navigation property is the schema name, as for custom ones: they come
    /// from Microsoft's own solutions (Environment Variables) rather than the core tables.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/environmentvariablevalue
    private static readonly HashSet<(string Table, string Column)> SchemaNamedNavigation =
    [
        ("environmentvariablevalue", "environmentvariabledefinitionid"),
    ];

    private void AddNavigation(TableMetadata table, ColumnMetadata column)
    {
        string stem = column.IsCustom || SchemaNamedNavigation.Contains((table.LogicalName, column.LogicalName)) ? column.SchemaName : column.LogicalName;
        if (column.Type == ColumnType.Owner || column.Targets.Count <= 1)
        {
            // An owner lookup is one navigation property to "principal": a user or a team.
            _navigation[stem] = new NavigationProperty(stem, column, column.Targets);
            return;
        }

        bool regarding = table.IsActivity && column.LogicalName == "regardingobjectid";
        foreach (string target in column.Targets)
        {
            string name = regarding ? $"{stem}_{target}_{table.LogicalName}" : $"{stem}_{target}";
            _navigation[name] = new NavigationProperty(name, column, new[] { target });
        }
    }

    /// <summary>Columns the Web API exposes as properties (party lists and virtual columns are not).</summary>
    private static bool IsExposed(ColumnMetadata column) =>
        column.IsValidForRead && column.Type is not (ColumnType.PartyList or ColumnType.Virtual or ColumnType.CalendarRules
            or ColumnType.ManagedProperty or ColumnType.Image or ColumnType.File);
}

/// <summary>A single-valued navigation property: the lookup column and the table(s) it may point at.</summary>
public sealed record NavigationProperty(string Name, ColumnMetadata Column, IReadOnlyList<string> Targets)
{
    /// <summary>The one table an $expand joins; null for an owner lookup (user or team).</summary>
    public string? SingleTarget => Targets.Count == 1 ? Targets[0] : null;

    public bool AcceptsTarget(string table)
    {
        foreach (string target in Targets)
        {
            if (string.Equals(target, table, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
