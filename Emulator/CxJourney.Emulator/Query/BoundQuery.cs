using System;
using System.Collections.Generic;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>
/// One table instance of a query: the root entity (index 0) or a link-entity. A joined row is an
/// <c>RowView?[]</c> indexed by <see cref="Index"/>; a slot is null when an outer join found no match.
/// </summary>
internal sealed class Slot
{
    public Slot(int index, QueryTableInfo table, string alias)
    {
        Index = index;
        Table = table;
        Alias = alias;
    }

    public int Index { get; }

    public QueryTableInfo Table { get; }

    /// <summary>The explicit alias or the generated <c>{name}{N}</c> one; prefixes the columns this slot returns.</summary>
    public string Alias { get; }

    public Slot? Parent { get; init; }

    /// <summary>Column of the parent row the join reads.</summary>
    public QueryColumnInfo? ParentColumn { get; init; }

    /// <summary>Column of this table matched against the parent's.</summary>
    public QueryColumnInfo? JoinColumn { get; init; }

    public JoinOperator Join { get; init; }

    public BoundFilter? Criteria { get; set; }

    /// <summary>Link-entities joined under this one, in document order.</summary>
    public List<Slot> Children { get; } = new();

    public bool AllColumns { get; set; }

    public List<BoundColumn> Columns { get; } = new();

    /// <summary>Existence-style links (in, exists, any, not any, all, not all) filter the parent and return no columns.</summary>
    public bool IsSemiJoin => Join is JoinOperator.In or JoinOperator.Exists or JoinOperator.Any or JoinOperator.NotAny or JoinOperator.All or JoinOperator.NotAll;

    /// <summary>How rows of this table are found by join value; decided on first use.</summary>
    internal JoinLookup? Lookup { get; set; }
}

internal sealed class BoundColumn
{
    public BoundColumn(QueryColumnInfo column, string? alias)
    {
        Column = column;
        Alias = alias;
    }

    public QueryColumnInfo Column { get; }

    /// <summary>FetchXML attribute alias: the value comes back as an AliasedValue under this key.</summary>
    public string? Alias { get; }
}

internal sealed class BoundFilter
{
    public BoundFilter(bool isOr)
    {
        IsOr = isOr;
    }

    public bool IsOr { get; }

    public List<BoundCondition> Conditions { get; } = new();

    public List<BoundFilter> Filters { get; } = new();

    public List<Slot> SemiJoins { get; } = new();

    public bool IsEmpty => Conditions.Count == 0 && Filters.Count == 0 && SemiJoins.Count == 0;

    public bool Evaluate(RowView?[] row, JoinEngine joins)
    {
        if (IsOr)
        {
            foreach (BoundCondition condition in Conditions) if (condition.Evaluate(row)) return true;
            foreach (BoundFilter filter in Filters) if (filter.Evaluate(row, joins)) return true;
            foreach (Slot link in SemiJoins) if (joins.SemiJoinMatches(row, link)) return true;

            // An empty "or" filter does not restrict, as in Dataverse.
            return IsEmpty;
        }

        foreach (BoundCondition condition in Conditions) if (!condition.Evaluate(row)) return false;
        foreach (BoundFilter filter in Filters) if (!filter.Evaluate(row, joins)) return false;
        foreach (Slot link in SemiJoins) if (!joins.SemiJoinMatches(row, link)) return false;
        return true;
    }

    /// <summary>True when every condition reads only <paramref name="slotIndex"/> (so it can run before joins).</summary>
    public bool ReadsOnly(int slotIndex)
    {
        foreach (BoundCondition condition in Conditions)
        {
            if (condition.Slot.Index != slotIndex || (condition.OtherSlot is not null && condition.OtherSlot.Index != slotIndex)) return false;
        }

        foreach (BoundFilter filter in Filters) if (!filter.ReadsOnly(slotIndex)) return false;
        return SemiJoins.TrueForAll(link => link.Parent?.Index == slotIndex);
    }
}

/// <summary>A condition with its column resolved and its values converted to comparable scalars.</summary>
internal sealed class BoundCondition
{
    public BoundCondition(Slot slot, QueryColumnInfo column, ConditionOperator op, object?[] values)
    {
        Slot = slot;
        Column = column;
        Operator = op;
        Values = values;
    }

    public Slot Slot { get; }

    public QueryColumnInfo Column { get; }

    public ConditionOperator Operator { get; }

    public object?[] Values { get; }

    public DateRange Range { get; init; }

    public LikePattern? Pattern { get; init; }

    public Slot? OtherSlot { get; init; }

    public QueryColumnInfo? OtherColumn { get; init; }

    public bool Evaluate(RowView?[] row)
    {
        object? raw = RowValues.Get(row[Slot.Index], Slot.Table, Column.LogicalName);
        if (OtherSlot is not null) return CompareColumns(QueryValues.Normalize(raw), QueryValues.Normalize(RowValues.Get(row[OtherSlot.Index], OtherSlot.Table, OtherColumn!.LogicalName)));
        if (Operator is ConditionOperator.ContainValues or ConditionOperator.DoesNotContainValues) return ContainsValues(raw);
        object? value = QueryValues.Normalize(raw);
        switch (Operator)
        {
            case ConditionOperator.Null:
                return value is null;
            case ConditionOperator.NotNull:
                return value is not null;

            // Dataverse's not-equal family treats a null column as "not equal" (unlike T-SQL's <>):
            // the row is returned. https://github.com/MarkMpn/Sql4Cds/issues/167
            case ConditionOperator.NotEqual:
            case ConditionOperator.NotEqualUserId:
            case ConditionOperator.NotEqualBusinessId:
                return value is null || !QueryValues.AreEqual(value, Values[0]!);
            case ConditionOperator.NotLike:
            case ConditionOperator.DoesNotBeginWith:
            case ConditionOperator.DoesNotEndWith:
            case ConditionOperator.DoesNotContain:
                return value is null || !Pattern!.IsMatch(AsText(value));
        }

        if (value is null) return false;
        switch (Operator)
        {
            case ConditionOperator.Equal:
            case ConditionOperator.EqualUserId:
            case ConditionOperator.EqualBusinessId:
                return Values[0] is not null && QueryValues.AreEqual(value, Values[0]!);
            case ConditionOperator.GreaterThan:
                return QueryValues.Compare(value, Values[0]!) > 0;
            case ConditionOperator.GreaterEqual:
                return QueryValues.Compare(value, Values[0]!) >= 0;
            case ConditionOperator.LessThan:
                return QueryValues.Compare(value, Values[0]!) < 0;
            case ConditionOperator.LessEqual:
                return QueryValues.Compare(value, Values[0]!) <= 0;
            case ConditionOperator.Like:
            case ConditionOperator.BeginsWith:
            case ConditionOperator.EndsWith:
            case ConditionOperator.Contains:
                return Pattern!.IsMatch(AsText(value));
            case ConditionOperator.In:
                foreach (object? candidate in Values) if (candidate is not null && QueryValues.AreEqual(value, candidate)) return true;
                return false;
            case ConditionOperator.NotIn:
                foreach (object? candidate in Values) if (candidate is not null && QueryValues.AreEqual(value, candidate)) return false;
                return true;
            case ConditionOperator.Between:
                return QueryValues.Compare(value, Values[0]!) >= 0 && QueryValues.Compare(value, Values[1]!) <= 0;
            case ConditionOperator.NotBetween:
                return QueryValues.Compare(value, Values[0]!) < 0 || QueryValues.Compare(value, Values[1]!) > 0;
            case ConditionOperator.NotOn:
                return value is DateTime notOn && !Range.Contains(notOn);
            default:
                return value is DateTime date && Range.Contains(date);
        }
    }

    private bool CompareColumns(object? left, object? right)
    {
        if (Operator == ConditionOperator.NotEqual)
        {
            if (left is null || right is null) return left is not null || right is not null;
            return !QueryValues.AreEqual(left, right);
        }

        if (left is null || right is null) return false;
        return Operator switch
        {
            ConditionOperator.Equal => QueryValues.AreEqual(left, right),
            ConditionOperator.GreaterThan => QueryValues.Compare(left, right) > 0,
            ConditionOperator.GreaterEqual => QueryValues.Compare(left, right) >= 0,
            ConditionOperator.LessThan => QueryValues.Compare(left, right) < 0,
            ConditionOperator.LessEqual => QueryValues.Compare(left, right) <= 0,
            _ => false,
        };
    }

    private bool ContainsValues(object? raw)
    {
        bool any = false;
        if (raw is OptionSetValueCollection options)
        {
            foreach (OptionSetValue option in options)
            {
                foreach (object? wanted in Values)
                {
                    if (wanted is decimal d && d == option.Value) any = true;
                }
            }
        }

        return Operator == ConditionOperator.ContainValues ? any : !any;
    }

    private static string AsText(object value) => value as string ?? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>A sort key: a column of a slot, or an aggregate alias.</summary>
internal sealed class BoundOrder
{
    public BoundOrder(Slot? slot, QueryColumnInfo? column, bool descending, string? alias)
    {
        Slot = slot;
        Column = column;
        Descending = descending;
        Alias = alias;
    }

    public Slot? Slot { get; }

    public QueryColumnInfo? Column { get; }

    public bool Descending { get; }

    public string? Alias { get; }
}

/// <summary>An aggregate or group-by column of an aggregate query.</summary>
internal sealed class BoundAggregate
{
    public BoundAggregate(Slot slot, QueryColumnInfo column, string alias, XrmAggregateType function, bool groupBy, XrmDateTimeGrouping dateGrouping, bool distinct)
    {
        Slot = slot;
        Column = column;
        Alias = alias;
        Function = function;
        GroupBy = groupBy;
        DateGrouping = dateGrouping;
        Distinct = distinct;
    }

    public Slot Slot { get; }

    public QueryColumnInfo Column { get; }

    public string Alias { get; }

    public XrmAggregateType Function { get; }

    public bool GroupBy { get; }

    public XrmDateTimeGrouping DateGrouping { get; }

    public bool Distinct { get; }
}

internal sealed class BoundQuery
{
    public BoundQuery(QueryModel model, Slot root, IReadOnlyList<Slot> slots)
    {
        Model = model;
        Root = root;
        Slots = slots;
    }

    public QueryModel Model { get; }

    public Slot Root { get; }

    /// <summary>Every slot, root first, in document order.</summary>
    public IReadOnlyList<Slot> Slots { get; }

    /// <summary>Top-level conditions that read only the root row: checked before any join.</summary>
    public BoundFilter? RootFilter { get; set; }

    /// <summary>The rest of the main criteria, checked on joined rows.</summary>
    public BoundFilter? JoinedFilter { get; set; }

    /// <summary>Equality conditions of the top-level "and" that can select root rows through the store.</summary>
    public List<BoundCondition> SeekCandidates { get; } = new();

    /// <summary>Top-level "or" filters whose branches each hold a seekable condition (see QueryBinder.SeekUnion).</summary>
    public List<List<BoundCondition>> SeekUnions { get; } = new();

    public List<BoundOrder> Orders { get; } = new();

    public List<BoundAggregate> Aggregates { get; } = new();

    public bool IsAggregate => Model.Aggregate;

    /// <summary>Whether ordering reads a link-entity, in which case Dataverse returns no paging cookie.</summary>
    public bool OrdersOnLink { get; set; }
}

/// <summary>Reading a column from a stored row: the primary key lives in <see cref="RowView.Id"/> too.</summary>
internal static class RowValues
{
    public static object? Get(RowView? row, QueryTableInfo table, string column)
    {
        if (row is null) return null;
        if (row.TryGetColumn(column, out object? value)) return value;
        if (column == table.PrimaryIdAttribute && row.Id != Guid.Empty) return row.Id;
        return null;
    }
}
