using System;
using System.Collections.Generic;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Builds the returned records: copies of the selected stored values (never the stored instances), the primary
/// key, link-entity columns as AliasedValue under <c>alias.column</c>, and formatted values.
/// Null columns are left out, as Dataverse does.
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns
/// </summary>
internal static class QueryProjection
{
    public static Entity Project(RowView?[] row, BoundQuery query, QueryFormatting formatting)
    {
        Slot root = query.Root;
        RowView stored = row[0]!;
        string primaryId = root.Table.PrimaryIdAttribute;
        var result = new Entity(root.Table.LogicalName) { RowVersion = stored.RowVersion };
        bool distinct = query.Model.Distinct;
        if (root.AllColumns)
        {
            foreach (KeyValuePair<string, object?> attribute in stored.Columns())
            {
                QueryColumnInfo? column = root.Table.FindColumn(attribute.Key);
                if (column is not null) Put(result, attribute.Key, column, attribute.Value, formatting);
            }
        }
        else
        {
            foreach (BoundColumn column in root.Columns)
            {
                object? value = RowValues.Get(stored, root.Table, column.Column.LogicalName);
                if (value is null) continue;
                if (column.Alias is not null)
                {
                    PutAliased(result, column.Alias, root.Table.LogicalName, column.Column.LogicalName, column.Column, value, formatting);
                }
                else
                {
                    Put(result, column.Column.LogicalName, column.Column, value, formatting);
                }
            }
        }

        // The primary key is always returned, except by distinct queries that did not select it.
        bool selectedKey = root.AllColumns || root.Columns.Count == 0 || root.Columns.Exists(c => c.Column.LogicalName == primaryId && c.Alias is null);
        if (!distinct || selectedKey)
        {
            result.Id = stored.Id;
            result.Attributes[primaryId] = stored.Id;
        }

        for (int i = 1; i < query.Slots.Count; i++)
        {
            Slot slot = query.Slots[i];
            RowView? linked = row[slot.Index];
            if (linked is null || slot.IsSemiJoin) continue;
            if (slot.AllColumns)
            {
                foreach (KeyValuePair<string, object?> attribute in linked.Columns())
                {
                    QueryColumnInfo? column = slot.Table.FindColumn(attribute.Key);
                    if (attribute.Value is null || column is null) continue;
                    PutAliased(result, slot.Alias + "." + attribute.Key, slot.Table.LogicalName, attribute.Key, column, attribute.Value, formatting);
                }

                string linkedKey = slot.Alias + "." + slot.Table.PrimaryIdAttribute;
                if (!result.Attributes.Contains(linkedKey) && linked.Id != Guid.Empty)
                {
                    result.Attributes[linkedKey] = new AliasedValue(slot.Table.LogicalName, slot.Table.PrimaryIdAttribute, linked.Id);
                }

                continue;
            }

            foreach (BoundColumn column in slot.Columns)
            {
                object? value = RowValues.Get(linked, slot.Table, column.Column.LogicalName);
                if (value is null) continue;
                PutAliased(result, column.Alias ?? slot.Alias + "." + column.Column.LogicalName, slot.Table.LogicalName, column.Column.LogicalName, column.Column, value, formatting);
            }
        }

        return result;
    }

    /// <summary>The values distinct compares: every returned column, in a fixed order.</summary>
    public static QueryValues.KeyTuple DistinctKey(RowView?[] row, BoundQuery query)
    {
        var parts = new List<object?>();
        foreach (Slot slot in query.Slots)
        {
            if (slot.IsSemiJoin) continue;
            RowView? entity = row[slot.Index];
            if (slot.AllColumns || (slot.Index == 0 && slot.Columns.Count == 0))
            {
                // These select the primary key (explicitly or as the only column), so every stored row is distinct.
                parts.Add(entity?.Id);
                continue;
            }

            foreach (BoundColumn column in slot.Columns)
            {
                parts.Add(QueryValues.Normalize(RowValues.Get(entity, slot.Table, column.Column.LogicalName)));
            }
        }

        return new QueryValues.KeyTuple(parts.ToArray());
    }

    private static void Put(Entity result, string key, QueryColumnInfo? column, object? value, QueryFormatting formatting)
    {
        if (value is null) return;
        object copy = Copy(value, formatting);
        result.Attributes[key] = copy;
        string? formatted = column is null ? null : formatting.Format(column, copy);
        if (formatted is not null) result.FormattedValues[key] = formatted;
    }

    private static void PutAliased(Entity result, string key, string table, string attribute, QueryColumnInfo? column, object value, QueryFormatting formatting)
    {
        object copy = Copy(value, formatting);
        result.Attributes[key] = new AliasedValue(table, attribute, copy);
        string? formatted = column is null ? null : formatting.Format(column, copy);
        if (formatted is not null) result.FormattedValues[key] = formatted;
    }

    /// <summary>A copy of a stored value; lookups carry the target's current primary name as Dataverse returns them.</summary>
    private static object Copy(object value, QueryFormatting formatting)
    {
        object copy = RowCopy.CloneValue(value)!;
        if (copy is EntityReference reference) reference.Name = formatting.NameOf(reference);
        return copy;
    }
}
