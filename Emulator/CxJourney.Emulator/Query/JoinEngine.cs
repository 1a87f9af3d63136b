using System;
using System.Collections.Generic;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>How a slot's rows are found by join value: by primary key, through a store index, or through a hash built once per query.</summary>
internal sealed class JoinLookup
{
    public bool ByPrimaryKey { get; init; }

    public bool ByStoreIndex { get; set; }

    public Dictionary<object, List<Entity>>? Hash { get; set; }
}

/// <summary>
/// Expands a root row across its link-entities with SQL join semantics: nested joins behave like the flat JOIN
/// chain Dataverse generates, so an inner link under an outer link that found nothing removes the row.
/// </summary>
internal sealed class JoinEngine
{
    private static readonly IReadOnlyList<Entity> NoRows = Array.Empty<Entity>();
    private readonly IRowSource _source;

    public JoinEngine(IRowSource source)
    {
        _source = source;
    }

    /// <summary>Every joined row a partial row produces across the children of <paramref name="parent"/>.</summary>
    public List<Entity?[]> ExpandChildren(Entity?[] row, Slot parent)
    {
        var rows = new List<Entity?[]>(1) { row };
        foreach (Slot child in parent.Children)
        {
            var next = new List<Entity?[]>(rows.Count);
            foreach (Entity?[] current in rows) JoinInto(current, child, next);
            rows = next;
            if (rows.Count == 0) break;
        }

        return rows;
    }

    public bool SemiJoinMatches(Entity?[] row, Slot slot)
    {
        IReadOnlyList<Entity> candidates = Candidates(row, slot);
        switch (slot.Join)
        {
            case JoinOperator.NotAny:
                return !AnyMatch(row, slot, candidates);
            case JoinOperator.All:
                // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity#filter-link-types
                foreach (Entity candidate in candidates) if (!Satisfies(row, slot, candidate)) return false;
                return true;
            case JoinOperator.NotAll:
                foreach (Entity candidate in candidates) if (!Satisfies(row, slot, candidate)) return true;
                return false;
            default:
                return AnyMatch(row, slot, candidates);
        }
    }

    private void JoinInto(Entity?[] row, Slot slot, List<Entity?[]> output)
    {
        if (slot.IsSemiJoin)
        {
            if (SemiJoinMatches(row, slot)) output.Add(row);
            return;
        }

        bool matched = false;
        foreach (Entity candidate in Candidates(row, slot))
        {
            var extended = (Entity?[])row.Clone();
            extended[slot.Index] = candidate;
            if (slot.Criteria is not null && !slot.Criteria.Evaluate(extended, this)) continue;
            matched = true;
            output.AddRange(ExpandChildren(extended, slot));
            if (slot.Join == JoinOperator.MatchFirstRowUsingCrossApply) break;
        }

        if (!matched && slot.Join == JoinOperator.LeftOuter) output.AddRange(ExpandChildren(row, slot));
    }

    private bool AnyMatch(Entity?[] row, Slot slot, IReadOnlyList<Entity> candidates)
    {
        foreach (Entity candidate in candidates)
        {
            var extended = (Entity?[])row.Clone();
            extended[slot.Index] = candidate;
            if (slot.Criteria is not null && !slot.Criteria.Evaluate(extended, this)) continue;
            if (ExpandChildren(extended, slot).Count > 0) return true;
        }

        return false;
    }

    private bool Satisfies(Entity?[] row, Slot slot, Entity candidate)
    {
        if (slot.Criteria is null) return true;
        var extended = (Entity?[])row.Clone();
        extended[slot.Index] = candidate;
        return slot.Criteria.Evaluate(extended, this);
    }

    private IReadOnlyList<Entity> Candidates(Entity?[] row, Slot slot)
    {
        Entity? parentRow = row[slot.Parent!.Index];
        object? key = QueryValues.Normalize(RowValues.Get(parentRow, slot.Parent.Table, slot.ParentColumn!.LogicalName));
        return key is null ? NoRows : Matches(slot, key);
    }

    private IReadOnlyList<Entity> Matches(Slot slot, object key)
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
            Entity? found = _source.Find(table, id);
            return found is null ? NoRows : new[] { found };
        }

        if (lookup.ByStoreIndex)
        {
            IReadOnlyCollection<Entity>? indexed = _source.FindByIndex(table, column, StoreIndexes.Key(slot.JoinColumn, key));
            if (indexed is not null) return Verified(indexed, slot.Table, column, key);
            lookup.ByStoreIndex = false;
        }

        if (lookup.Hash is null)
        {
            var hash = new Dictionary<object, List<Entity>>(QueryValues.KeyComparer);
            foreach (Entity candidate in _source.Scan(table))
            {
                object? value = QueryValues.Normalize(RowValues.Get(candidate, slot.Table, column));
                if (value is null) continue;
                if (!hash.TryGetValue(value, out List<Entity>? bucket)) hash[value] = bucket = new List<Entity>();
                bucket.Add(candidate);
            }

            lookup.Hash = hash;
        }

        return lookup.Hash.TryGetValue(key, out List<Entity>? rows) ? rows : NoRows;
    }

    /// <summary>An index hit is re-checked with the query's equality rules, which the store's index may not share.</summary>
    internal static IReadOnlyList<Entity> Verified(IReadOnlyCollection<Entity> rows, QueryTableInfo table, string column, object key)
    {
        var verified = new List<Entity>(rows.Count);
        foreach (Entity row in rows)
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
