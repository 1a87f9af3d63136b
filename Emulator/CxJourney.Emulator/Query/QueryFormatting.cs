using System;
using System.Collections.Generic;
using System.Globalization;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Display values Dataverse derives from metadata: the primary name behind a lookup, the label of a choice or
/// yes/no value. Used for ordering (lookups sort by name, choices by label) and for FormattedValues.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows#ordering-lookup-and-choice-columns
/// </summary>
internal sealed class QueryFormatting
{
    private static readonly CultureInfo Currency = CultureInfo.GetCultureInfo("en-US");
    private readonly IRowSource _source;
    private readonly IQuerySchema _schema;
    private readonly Dictionary<(string, Guid), string?> _names = new();

    public QueryFormatting(IRowSource source, IQuerySchema schema)
    {
        _source = source;
        _schema = schema;
    }

    /// <summary>The current primary name of the referenced row (not a name stored with the reference, which may be stale).</summary>
    public string? NameOf(EntityReference reference)
    {
        if (string.IsNullOrEmpty(reference.LogicalName) || reference.Id == Guid.Empty) return reference.Name;
        if (_names.TryGetValue((reference.LogicalName, reference.Id), out string? cached)) return cached ?? reference.Name;
        string? name = null;
        QueryTableInfo? table = _schema.FindTable(reference.LogicalName);
        if (table?.PrimaryNameAttribute is { } nameColumn)
        {
            name = _source.ValueOf(reference.LogicalName, reference.Id, nameColumn) as string;
        }

        _names[(reference.LogicalName, reference.Id)] = name;
        return name ?? reference.Name;
    }

    public static string? LabelOf(QueryColumnInfo column, object? raw) => raw switch
    {
        OptionSetValue option when column.OptionLabel is not null => column.OptionLabel(option.Value),
        bool b => b ? column.TrueLabel : column.FalseLabel,
        _ => null,
    };

    /// <summary>The formatted value Dataverse returns beside a raw value, formatted like Retrieve formats it (en-US).</summary>
    public string? Format(QueryColumnInfo column, object? raw)
    {
        switch (raw)
        {
            case EntityReference reference:
                return NameOf(reference);
            case OptionSetValue:
                return LabelOf(column, raw);
            case bool flag:
                return LabelOf(column, raw) ?? (flag ? "Yes" : "No");
            case OptionSetValueCollection options when column.OptionLabel is not null:
                var labels = new List<string>();
                foreach (OptionSetValue option in options)
                {
                    if (column.OptionLabel(option.Value) is string label) labels.Add(label);
                }

                return string.Join("; ", labels);
            case Money money:
                return money.Value.ToString("C" + (column.Precision ?? 2).ToString(CultureInfo.InvariantCulture), Currency);
            default:
                return null;
        }
    }
}
