using System;
using System.Collections.Generic;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>How a slot's rows are found by join value: by primary key, through a store index, or through a hash built once per query.</summary>
internal sealed class JoinLookup
{
    public bool ByPrimaryKey { get; init; }

    public bool ByStoreIndex { get; set; }

    public Dictionary<object, List<RowView>>? Hash { get; set; }
}

/// <summary>
/// Expands a root row across its link-entities with SQL join semantics: nested joins behave like the flat JOIN
/// chain Dataverse generates, so an inner link under an outer link that found nothing removes the row.
/// </summary>
internal sealed class JoinEngine
{
    private static readonly IReadOnlyList<RowView> NoRows = Array.Empty<RowView>();
    private readonly IRowSource _source;

    public JoinEngine(IRowSource source)
    {
        _source = source;
    }

    /// <summary>Every joined row a partial row produces across the children of <paramref name="parent"/>.</summary>
    public List<RowView?[]> ExpandChildren(RowView?[] row, Slot parent)
    {
        var rows = new List<RowView?[]>(1) { row };
        foreach (Slot child in parent.Children)
        {
            var next = new List<RowView?[]>(rows.Count);
            foreach (RowView?[] current in rows) JoinInto(current, child, next);
            rows = next;
            if (rows.Count == 0) break;
        }

        return rows;
    }

    public bool SemiJoinMatches(RowView?[] row, Slot slot)
    {
        IReadOnlyList<RowView> candidates = Candidates(row, slot);
        switch (slot.Join)
        {
            case JoinOperator.NotAny:
                return !AnyMatch(row, slot, candidates);
            case JoinOperator.All:
                // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity#filter-link-types
                foreach (RowView candidate in candidates) if (!Satisfies(row, slot, candidate)) return false;
                return true;
            case JoinOperator.NotAll:
                foreach (RowView candidate in candidates) if (!Satisfies(row, slot, candidate)) return true;
                return false;
            default:
                return AnyMatch(row, slot, candidates);
        }
    }

    private void JoinInto(RowView?[] row, Slot slot, List<RowView?[]> output)
    {
        if (slot.IsSemiJoin)
        {
            if (SemiJoinMatches(row, slot)) output.Add(row);
            return;
        }

        bool matched = false;
        foreach (RowView candidate in Candidates(row, slot))
        {
            var extended = (RowView?[])row.Clone();
            extended[slot.Index] = candidate;
            if (slot.Criteria is not null && !slot.Criteria.Evaluate(extended, this)) continue;
            matched = true;
            output.AddRange(ExpandChildren(extended, slot));
            if (slot.Join == JoinOperator.MatchFirstRowUsingCrossApply) break;
        }

        if (!matched && slot.Join == JoinOperator.LeftOuter) output.AddRange(ExpandChildren(row, slot));
    }

    private bool AnyMatch(RowView?[] row, Slot slot, IReadOnlyList<RowView> candidates)
    {
        foreach (RowView candidate in candidates)
        {
            var extended = (RowView?[])row.Clone();
            extended[slot.Index] = candidate;
            if (slot.Criteria is not null && !slot.Criteria.Evaluate(extended, this)) continue;
            if (ExpandChildren(extended, slot).Count > 0) return true;
        }

        return false;
    }

    private bool Satisfies(RowView?[] row, Slot slot, RowView candidate)
    {
        if (slot.Criteria is null) return true;
        var extended = (RowView?[])row.Clone();
        extended[slot.Index] = candidate;
        return slot.Criteria.Evaluate(extended, this);
    }

    private IReadOnlyList<RowView> Candidates(RowView?[] row, Slot slot)
    {
        RowView? parentRow = row[slot.Parent!.Index];
        object? key = QueryValues.Normalize(RowValues.Get(parentRow, slot.Parent.Table, slot.ParentColumn!.LogicalName));
        return key is null ? NoRows : Matches(slot, key);
    }

    private IReadOnlyList<RowView> Matches(Slot slot, object key)
    {
        JoinLookup lookup = slot.Lookup ??= new JoinLookup
        {
            ByPrimaryKey = slot.JoinColumn!.LogicalName == slot.Table.PrimaryIdAttribute,
            ByStoreIndex = StoreIndexes.CanSeek(slot.JoinColumn),
        };
        string table = slot.Table.LogicalName;
        string column = slot.JoinColumn!.LogicalName;
        if (lookup.ByPrimaryKey)
        {
            if (key is not Guid id) return NoRows;
            RowView? found = _source.Find(table, id);
            return found is null ? NoRows : new[] { found };
        }

        if (lookup.ByStoreIndex)
        {
            IReadOnlyCollection<RowView>? indexed = _source.FindByIndex(table, column, StoreIndexes.Key(slot.JoinColumn, key));
            if (indexed is not null) return Verified(indexed, slot.Table, column, key);
            lookup.ByStoreIndex = false;
        }

        if (lookup.Hash is null)
        {
            var hash = new Dictionary<object, List<RowView>>(QueryValues.KeyComparer);
            foreach (RowView candidate in _source.Scan(table))
            {
                object? value = QueryValues.Normalize(RowValues.Get(candidate, slot.Table, column));
                if (value is null) continue;
                if (!hash.TryGetValue(value, out List<RowView>? bucket)) hash[value] = bucket = new List<RowView>();
                bucket.Add(candidate);
            }

            lookup.Hash = hash;
        }

        return lookup.Hash.TryGetValue(key, out List<RowView>? rows) ? rows : NoRows;
    }

    /// <summary>An index hit is re-checked with the query's equality rules, which the store's index may not share.</summary>
    internal static IReadOnlyList<RowView> Verified(IReadOnlyCollection<RowView> rows, QueryTableInfo table, string column, object key)
    {
        var verified = new List<RowView>(rows.Count);
        foreach (RowView row in rows)
        {
            object? value = QueryValues.Normalize(RowValues.Get(row, table, column));
            if (value is not null && QueryValues.AreEqual(value, key)) verified.Add(row);
        }

        return verified;
    }
}

/// <summary>Which columns the evaluator seeks through <see cref="IRowSource.FindByIndex"/>, and with what key.</summary>
internal static class StoreIndexes
{
    /// <summary>
    /// Columns whose values the store's index files under the same key as the query compares. Hits are re-checked
    /// with the query's own equality (<see cref="JoinEngine.Verified"/>). The store folds case but not accents, so a
    /// string that differs from the stored one only by accents is not found through an index.
    /// </summary>
    public static bool CanSeek(QueryColumnInfo column) => column.Kind is not (ColumnKind.Memo or ColumnKind.MultiSelectPicklist or ColumnKind.PartyList or ColumnKind.Other);

    /// <summary>The store files whole numbers and choices as long (see <see cref="IndexKey"/>); the query holds them as decimal.</summary>
    public static object Key(QueryColumnInfo column, object normalized)
        => normalized is decimal number && column.Kind is ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status or ColumnKind.Integer or ColumnKind.BigInt
            && number == decimal.Truncate(number) && number >= long.MinValue && number <= long.MaxValue
            ? (long)number
            : normalized;
}
