using System;
using System.Collections.Generic;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>
/// FetchXML / QueryExpression aggregates: one record per group, each aggregate and group value returned as an
/// AliasedValue under its alias. Nulls are ignored by every function except count (which counts rows).
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
/// </summary>
internal static class QueryAggregation
{
    /// <summary>Aggregate queries may read at most 50,000 records. https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations</summary>
    public const int MaxRecords = 50000;

    public static int Limit(QueryModel model)
        => model.AggregateLimit is int custom && custom > 0 && custom < MaxRecords ? custom : MaxRecords;

    public static Exception LimitExceeded()
        => Fault.Create(ErrorCodes.AggregateQueryRecordLimitExceeded, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");

    public static List<Entity> Aggregate(List<RowView?[]> rows, BoundQuery query, QueryFormatting formatting)
    {
        var groupColumns = query.Aggregates.FindAll(a => a.GroupBy);
        var groups = new Dictionary<QueryValues.KeyTuple, List<RowView?[]>>();
        var groupOrder = new List<(QueryValues.KeyTuple Key, object?[] Parts)>();
        foreach (RowView?[] row in rows)
        {
            var parts = new object?[groupColumns.Count];
            for (int i = 0; i < parts.Length; i++) parts[i] = GroupValue(row, groupColumns[i]);
            var key = new QueryValues.KeyTuple(parts);
            if (!groups.TryGetValue(key, out List<RowView?[]>? members))
            {
                groups[key] = members = new List<RowView?[]>();
                groupOrder.Add((key, parts));
            }

            members.Add(row);
        }

        // Without group-by an aggregate query always returns one record, even over no rows.
        if (groupColumns.Count == 0 && groupOrder.Count == 0)
        {
            var empty = new QueryValues.KeyTuple(Array.Empty<object?>());
            groups[empty] = new List<RowView?[]>();
            groupOrder.Add((empty, Array.Empty<object?>()));
        }

        var results = new List<(Entity Record, object?[] Parts)>(groupOrder.Count);
        foreach ((QueryValues.KeyTuple key, object?[] parts) in groupOrder)
        {
            List<RowView?[]> members = groups[key];
            var record = new Entity(query.Root.Table.LogicalName);
            foreach (BoundAggregate aggregate in query.Aggregates)
            {
                object? value = aggregate.GroupBy ? GroupOutput(members[0], aggregate, formatting) : Compute(members, aggregate);
                record.Attributes[aggregate.Alias] = new AliasedValue(aggregate.Slot.Table.LogicalName, aggregate.Column.LogicalName, value!);
                string? formatted = aggregate.GroupBy && aggregate.DateGrouping == XrmDateTimeGrouping.None ? formatting.Format(aggregate.Column, value) : null;
                if (formatted is not null) record.FormattedValues[aggregate.Alias] = formatted;
            }

            results.Add((record, parts));
        }

        Sort(results, query);
        var records = new List<Entity>(results.Count);
        foreach ((Entity record, _) in results) records.Add(record);
        return records;
    }

    private static void Sort(List<(Entity Record, object?[] Parts)> results, BoundQuery query)
    {
        if (results.Count < 2) return;
        var indexed = new List<(Entity Record, object?[] Parts, int Index)>(results.Count);
        for (int i = 0; i < results.Count; i++) indexed.Add((results[i].Record, results[i].Parts, i));
        indexed.Sort((a, b) =>
        {
            foreach (BoundOrder order in query.Orders)
            {
                object? left = QueryValues.Normalize((a.Record.Attributes[order.Alias!] as AliasedValue)?.Value);
                object? right = QueryValues.Normalize((b.Record.Attributes[order.Alias!] as AliasedValue)?.Value);
                int result = QueryOrdering.CompareNullsFirst(left, right);
                if (order.Descending) result = -result;
                if (result != 0) return result;
            }

            for (int i = 0; i < a.Parts.Length; i++)
            {
                int result = QueryOrdering.CompareNullsFirst(a.Parts[i], b.Parts[i]);
                if (result != 0) return result;
            }

            return a.Index.CompareTo(b.Index);
        });
        results.Clear();
        foreach ((Entity record, object?[] parts, _) in indexed) results.Add((record, parts));
    }

    private static object? GroupValue(RowView?[] row, BoundAggregate aggregate)
    {
        object? raw = RowValues.Get(row[aggregate.Slot.Index], aggregate.Slot.Table, aggregate.Column.LogicalName);
        if (aggregate.DateGrouping == XrmDateTimeGrouping.None) return QueryValues.Normalize(raw);
        return QueryValues.Normalize(raw) is DateTime date ? (decimal)DatePart(date, aggregate.DateGrouping) : null;
    }

    /// <summary>
    /// The value a group-by column returns: the column's own type (a lookup as EntityReference, a choice as
    /// OptionSetValue), or for a date grouping the number of the day, week, month, quarter or year.
    /// </summary>
    private static object? GroupOutput(RowView?[] row, BoundAggregate aggregate, QueryFormatting formatting)
    {
        object? raw = RowValues.Get(row[aggregate.Slot.Index], aggregate.Slot.Table, aggregate.Column.LogicalName);
        if (raw is null) return null;
        if (aggregate.DateGrouping != XrmDateTimeGrouping.None)
        {
            return QueryValues.Normalize(raw) is DateTime date ? DatePart(date, aggregate.DateGrouping) : null;
        }

        object? copy = RowCopy.CloneValue(raw);
        if (copy is EntityReference reference) reference.Name = formatting.NameOf(reference);
        return copy;
    }

    private static int DatePart(DateTime date, XrmDateTimeGrouping grouping) => grouping switch
    {
        XrmDateTimeGrouping.Day => date.Day,
        XrmDateTimeGrouping.Week => DateRanges.WeekOfYear(date),
        XrmDateTimeGrouping.Month => date.Month,
        XrmDateTimeGrouping.Quarter => ((date.Month - 1) / 3) + 1,
        _ => date.Year,
    };

    private static object? Compute(List<RowView?[]> members, BoundAggregate aggregate)
    {
        if (aggregate.Function == XrmAggregateType.Count) return members.Count;
        var values = new List<(object Raw, object Normalized)>(members.Count);
        foreach (RowView?[] row in members)
        {
            object? raw = RowValues.Get(row[aggregate.Slot.Index], aggregate.Slot.Table, aggregate.Column.LogicalName);
            object? normalized = QueryValues.Normalize(raw);
            if (raw is not null && normalized is not null) values.Add((raw, normalized));
        }

        switch (aggregate.Function)
        {
            case XrmAggregateType.CountColumn:
                if (!aggregate.Distinct) return values.Count;
                var seen = new HashSet<object>(QueryValues.KeyComparer);
                foreach ((_, object normalized) in values) seen.Add(normalized);
                return seen.Count;
            case XrmAggregateType.Min:
            case XrmAggregateType.Max:
            {
                if (values.Count == 0) return null;
                (object Raw, object Normalized) best = values[0];
                foreach ((object raw, object normalized) in values)
                {
                    int comparison = QueryValues.Compare(normalized, best.Normalized);
                    if (aggregate.Function == XrmAggregateType.Min ? comparison < 0 : comparison > 0) best = (raw, normalized);
                }

                return RowCopy.CloneValue(best.Raw);
            }

            case XrmAggregateType.Sum:
            case XrmAggregateType.Avg:
                if (values.Count == 0)
                {
                    // The documented groups whose values are all null total 0; no rows at all give no value.
                    // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#grouping
                    return aggregate.Function == XrmAggregateType.Sum && members.Count > 0 ? Zero(aggregate.Column.Kind) : null;
                }

                return aggregate.Column.Kind == ColumnKind.Double ? DoubleResult(values, aggregate) : DecimalResult(values, aggregate);
            default:
                return null;
        }
    }

    private static object Zero(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => 0,
        ColumnKind.BigInt => 0L,
        ColumnKind.Double => 0d,
        ColumnKind.Money => new Money(0m),
        _ => 0m,
    };

    private static object DoubleResult(List<(object Raw, object Normalized)> values, BoundAggregate aggregate)
    {
        double total = 0;
        foreach ((_, object normalized) in values) total += normalized is double d ? d : (double)(decimal)normalized;
        return aggregate.Function == XrmAggregateType.Sum ? total : total / values.Count;
    }

    /// <summary>Sum and average keep the column's type; the average of whole numbers is truncated as in SQL.</summary>
    private static object DecimalResult(List<(object Raw, object Normalized)> values, BoundAggregate aggregate)
    {
        decimal total = 0;
        foreach ((_, object normalized) in values) total += normalized is decimal m ? m : (decimal)(double)normalized;
        decimal result = aggregate.Function == XrmAggregateType.Sum ? total : total / values.Count;
        return aggregate.Column.Kind switch
        {
            ColumnKind.Integer => (int)decimal.Truncate(result),
            ColumnKind.BigInt => (long)decimal.Truncate(result),
            ColumnKind.Money => new Money(result),
            _ => result,
        };
    }
}
