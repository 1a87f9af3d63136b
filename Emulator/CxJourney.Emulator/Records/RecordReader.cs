using System;
using System.Collections.Generic;
using System.Globalization;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Records;

/// <summary>
/// What Retrieve hands back for a stored row: the requested columns that hold a value (the
/// primary key always), the row version, each lookup's Name, and FormattedValues for choices,
/// yes/no, money and lookups, as the platform returns them. Always a copy.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-retrieve
internal sealed class RecordReader
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");
    private readonly OrganizationCore _core;

    public RecordReader(OrganizationCore core) { _core = core; }

    public Entity Project(TableMetadata table, Entity stored, ColumnSet? columns)
    {
        var result = new Entity(table.LogicalName, stored.Id) { RowVersion = stored.RowVersion };
        if (columns is null || columns.AllColumns)
        {
            foreach (KeyValuePair<string, object?> attribute in stored.Attributes)
            {
                if (attribute.Value is null || !table.HasColumn(attribute.Key)) continue;
                result[attribute.Key] = RowCopy.CloneValue(attribute.Value);
            }
        }
        else
        {
            foreach (string column in columns.Columns)
            {
                if (!table.HasColumn(column)) throw RecordFaults.UnknownColumn(table.LogicalName, column);
                if (stored.Attributes.TryGetValue(column, out object? value) && value is not null) result[column] = RowCopy.CloneValue(value);
            }
        }
        result[table.PrimaryIdAttribute] = stored.Id;
        Decorate(table, result);
        return result;
    }

    /// <summary>Fills lookup names and formatted values on a row already projected.</summary>
    public void Decorate(TableMetadata table, Entity row)
    {
        foreach (KeyValuePair<string, object?> attribute in row.Attributes)
        {
            if (!table.TryGetColumn(attribute.Key, out ColumnMetadata? column)) continue;
            string? formatted = Format(column, attribute.Value);
            if (formatted is not null) row.FormattedValues[attribute.Key] = formatted;
        }
    }

    private string? Format(ColumnMetadata column, object? value)
    {
        switch (value)
        {
            case EntityReference reference:
                reference.Name = NameOf(reference);
                return reference.Name;
            case OptionSetValue option:
                return column.TryGetOption(option.Value, out ChoiceOption choice) ? choice.Label : null;
            case OptionSetValueCollection options:
                var labels = new List<string>();
                foreach (OptionSetValue item in options)
                {
                    if (column.TryGetOption(item.Value, out ChoiceOption label)) labels.Add(label.Label);
                }
                return string.Join("; ", labels);
            case bool flag:
                return column.TryGetOption(flag ? 1 : 0, out ChoiceOption yesNo) ? yesNo.Label : (flag ? "Yes" : "No");
            case Money money:
                int digits = column.Precision ?? 2;
                return money.Value.ToString("C" + digits.ToString(CultureInfo.InvariantCulture), Culture);
            default:
                return null;
        }
    }

    /// <summary>The primary name of the row a reference points at, or null when it has none.</summary>
    public string? NameOf(EntityReference reference)
    {
        if (!_core.TryTable(reference.LogicalName, out TableMetadata target) || target.PrimaryNameAttribute is null) return null;
        return _core.Store.ValueOf<string>(target.LogicalName, reference.Id, target.PrimaryNameAttribute);
    }
}
