using System;
using System.Collections.Generic;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Sorts joined rows like Dataverse: the requested orders (entity orders, then link-entity orders), then the
/// root primary key so that pages are stable. Nulls sort first ascending, as in SQL Server; lookups sort by the
/// related record's name and choices by label unless raw ordering is requested.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows
/// </summary>
internal static class QueryOrdering
{
    public static void Sort(List<RowView?[]> rows, BoundQuery query, QueryFormatting formatting)
    {
        int count = rows.Count;
        if (count < 2) return;
        List<BoundOrder> orders = query.Orders;
        int width = orders.Count;
        var keys = new object?[count][];
        for (int i = 0; i < count; i++)
        {
            var key = new object?[width + 1];
            for (int j = 0; j < width; j++) key[j] = SortValue(rows[i], orders[j], query.Model.UseRawOrderBy, formatting);
            key[width] = SqlOrderedGuid.From(rows[i][0]!.Id);
            keys[i] = key;
        }

        var index = new int[count];
        for (int i = 0; i < count; i++) index[i] = i;
        Array.Sort(index, (a, b) =>
        {
            for (int j = 0; j <= width; j++)
            {
                int result = CompareNullsFirst(keys[a][j], keys[b][j]);
                if (j < width && orders[j].Descending) result = -result;
                if (result != 0) return result;
            }

            return a.CompareTo(b);
        });

        var sorted = new RowView?[count][];
        for (int i = 0; i < count; i++) sorted[i] = rows[index[i]];
        rows.Clear();
        rows.AddRange(sorted);
    }

    public static int CompareNullsFirst(object? a, object? b)
    {
        if (a is null) return b is null ? 0 : -1;
        if (b is null) return 1;
        return QueryValues.Compare(a, b);
    }

    private static object? SortValue(RowView?[] row, BoundOrder order, bool raw, QueryFormatting formatting)
    {
        object? value = RowValues.Get(row[order.Slot!.Index], order.Slot.Table, order.Column!.LogicalName);
        switch (value)
        {
            case null:
                return null;
            case EntityReference reference:
                return formatting.NameOf(reference);
            case OptionSetValue option when !raw && order.Column.IsChoice:
                return QueryFormatting.LabelOf(order.Column, option) ?? (object)(decimal)option.Value;
            case Guid id:
                return SqlOrderedGuid.From(id);
            default:
                return QueryValues.Normalize(value);
        }
    }
}
