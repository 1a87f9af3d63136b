using System;
using System.Collections.Generic;
using System.Globalization;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Resolves a <see cref="QueryModel"/> against the metadata: tables and columns must exist, link-entities get
/// their aliases, condition values are converted to the columns' types, and relative dates are fixed against the
/// organization clock.
/// </summary>
internal sealed class QueryBinder
{
    /// <summary>https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables#limitations</summary>
    public const int MaxLinkEntities = 15;

    private readonly IQuerySchema _schema;
    private readonly DateTime _now;
    private readonly Guid _callerId;
    private readonly Guid? _businessUnitId;
    private readonly List<Slot> _slots = new();
    private readonly Dictionary<string, Slot> _aliases = new(StringComparer.Ordinal);
    private int _linkCount;

    public QueryBinder(IQuerySchema schema, DateTime utcNow, Guid callerId, Guid? businessUnitId)
    {
        _schema = schema;
        _now = utcNow;
        _callerId = callerId;
        _businessUnitId = businessUnitId;
    }

    public BoundQuery Bind(QueryModel model)
    {
        QueryTableInfo rootTable = Table(model.EntityName);
        var root = new Slot(0, rootTable, rootTable.LogicalName);
        _slots.Add(root);
        var pending = new List<(Slot Slot, LinkModel Link)>();
        foreach (LinkModel link in model.Links) BindLink(root, link, pending, inFilter: false);

        // Criteria may name any link-entity, so they are bound once every alias is known. Binding a filter can add
        // filter-level link-entities to the pending list; the index loop picks their criteria up too.
        var query = new BoundQuery(model, root, _slots);
        SelectColumns(root, model.Columns, model.Source);
        if (model.Criteria is not null) SplitCriteria(query, BindFilter(model.Criteria, root, pending));
        for (int i = 0; i < pending.Count; i++)
        {
            (Slot slot, LinkModel link) = pending[i];
            if (link.Criteria is not null) slot.Criteria = BindFilter(link.Criteria, slot, pending);
            if (!slot.IsSemiJoin) SelectColumns(slot, link.Columns, model.Source);
        }

        if (model.Aggregate) BindAggregates(query, model, pending);
        BindOrders(query, model, pending);
        return query;
    }

    private QueryTableInfo Table(string logicalName)
        => _schema.FindTable(logicalName)
           ?? throw Fault.Create(
               ErrorCodes.QueryBuilderNoEntity,
               $"The entity with a name = '{logicalName}' with namemapping = 'Logical' was not found in the MetadataCache.");

    private static QueryColumnInfo Column(QueryTableInfo table, string logicalName)
        => table.FindColumn(logicalName)
           ?? throw Fault.Create(
               ErrorCodes.QueryBuilderNoAttribute,
               $"'{table.LogicalName}' entity doesn't contain attribute with Name = '{logicalName}' and NameMapping = 'Logical'.");

    private void BindLink(Slot parent, LinkModel link, List<(Slot, LinkModel)> pending, bool inFilter)
    {
        _linkCount++;
        if (_linkCount > MaxLinkEntities)
        {
            throw Fault.Create(ErrorCodes.TooManyLinkEntitiesInQuery, "Number of link entities in query exceeded maximum limit.");
        }

        QueryTableInfo table = Table(link.ToEntity);
        string toAttribute = string.IsNullOrEmpty(link.ToAttribute) ? table.PrimaryIdAttribute : link.ToAttribute;
        if (string.IsNullOrEmpty(link.FromAttribute))
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, $"The link-entity '{link.ToEntity}' must name the column of '{parent.Table.LogicalName}' it joins from.");
        }

        // Without an alias Dataverse names the link {LogicalName}{N}, N counting link-entities from 1 in document order.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity
        string alias = link.Alias ?? table.LogicalName + _linkCount.ToString(CultureInfo.InvariantCulture);
        JoinOperator join = link.Join;
        if (inFilter && join is JoinOperator.Inner or JoinOperator.LeftOuter) join = JoinOperator.Any;
        var slot = new Slot(_slots.Count, table, alias)
        {
            Parent = parent,
            ParentColumn = Column(parent.Table, link.FromAttribute),
            JoinColumn = Column(table, toAttribute),
            Join = join,
        };
        _slots.Add(slot);
        if (!_aliases.TryAdd(alias, slot))
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, $"The alias '{alias}' is used by more than one link-entity.");
        }

        if (!inFilter) parent.Children.Add(slot);
        pending.Add((slot, link));
        foreach (LinkModel child in link.Links) BindLink(slot, child, pending, inFilter: false);
    }

    private Slot ResolveEntityName(string? entityName, Slot context)
    {
        if (entityName is null) return context;
        if (_aliases.TryGetValue(entityName, out Slot? byAlias)) return byAlias;
        if (entityName == _slots[0].Table.LogicalName) return _slots[0];

        // A link-entity without an alias is reachable through its table name.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#filters-on-link-entity
        foreach (Slot slot in _slots)
        {
            if (slot.Index > 0 && slot.Table.LogicalName == entityName) return slot;
        }

        throw Fault.Create(ErrorCodes.InvalidArgument, $"No link-entity with the alias or name '{entityName}' exists in this query.");
    }

    private BoundFilter BindFilter(FilterModel filter, Slot context, List<(Slot, LinkModel)> pending)
    {
        var bound = new BoundFilter(filter.Operator == LogicalOperator.Or);
        foreach (ConditionModel condition in filter.Conditions) bound.Conditions.Add(BindCondition(condition, context));
        foreach (FilterModel child in filter.Filters)
        {
            BoundFilter boundChild = BindFilter(child, context, pending);
            if (!boundChild.IsEmpty) bound.Filters.Add(boundChild);
        }

        foreach (LinkModel link in filter.Links)
        {
            int before = pending.Count;
            BindLink(context, link, pending, inFilter: true);
            bound.SemiJoins.Add(pending[before].Item1);
        }

        return bound;
    }

    private BoundCondition BindCondition(ConditionModel condition, Slot context)
    {
        Slot slot = ResolveEntityName(condition.EntityName, context);
        QueryColumnInfo column = Column(slot.Table, condition.Attribute);
        ConditionOperator op = condition.Operator;
        string opName = condition.OperatorText ?? op.ToString();
        List<object?> values = ConditionValues.Flatten(condition.Values);

        if (condition.ValueOf is not null)
        {
            if (op is not (ConditionOperator.Equal or ConditionOperator.NotEqual or ConditionOperator.GreaterThan
                or ConditionOperator.GreaterEqual or ConditionOperator.LessThan or ConditionOperator.LessEqual))
            {
                // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#limitations-on-column-comparison-filters
                throw Fault.Create(ErrorCodes.InvalidArgument, $"The operator '{opName}' can't compare two columns; use eq, ne, gt, ge, lt or le.");
            }

            int dot = condition.ValueOf.IndexOf('.');
            Slot otherSlot = dot < 0 ? slot : ResolveEntityName(condition.ValueOf.Substring(0, dot), context);
            QueryColumnInfo otherColumn = Column(otherSlot.Table, dot < 0 ? condition.ValueOf : condition.ValueOf.Substring(dot + 1));
            return new BoundCondition(slot, column, op, Array.Empty<object?>()) { OtherSlot = otherSlot, OtherColumn = otherColumn };
        }

        string table = slot.Table.LogicalName;
        switch (op)
        {
            case ConditionOperator.Null:
            case ConditionOperator.NotNull:
                RequireCount(values, 0, opName);
                return new BoundCondition(slot, column, op, Array.Empty<object?>());

            case ConditionOperator.EqualUserId:
            case ConditionOperator.NotEqualUserId:
                RequireCount(values, 0, opName);
                RequireIdColumn(table, column, opName);
                return new BoundCondition(slot, column, op, new object?[] { _callerId });

            case ConditionOperator.EqualBusinessId:
            case ConditionOperator.NotEqualBusinessId:
                RequireCount(values, 0, opName);
                RequireIdColumn(table, column, opName);
                if (_businessUnitId is null) throw Unsupported(opName);
                return new BoundCondition(slot, column, op, new object?[] { _businessUnitId.Value });

            case ConditionOperator.Equal:
            case ConditionOperator.NotEqual:
            case ConditionOperator.GreaterThan:
            case ConditionOperator.GreaterEqual:
            case ConditionOperator.LessThan:
            case ConditionOperator.LessEqual:
                RequireValue(values, opName, condition);
                RequireCount(values, 1, opName);
                RequireNotNull(values, table, column);
                return new BoundCondition(slot, column, op, new[] { ConditionValues.ToColumnType(values[0], column, table) });

            case ConditionOperator.In:
            case ConditionOperator.NotIn:
            case ConditionOperator.ContainValues:
            case ConditionOperator.DoesNotContainValues:
            {
                RequireValue(values, opName, condition);
                var converted = new object?[values.Count];
                for (int i = 0; i < values.Count; i++) converted[i] = ConditionValues.ToColumnType(values[i], column, table);
                return new BoundCondition(slot, column, op, converted);
            }

            case ConditionOperator.Between:
            case ConditionOperator.NotBetween:
                RequireCount(values, 2, opName);
                RequireNotNull(values, table, column);
                object? low = ConditionValues.ToColumnType(values[0], column, table);
                object? high = ConditionValues.ToColumnType(values[1], column, table);
                return new BoundCondition(slot, column, op, new[] { low, high });

            case ConditionOperator.Like:
            case ConditionOperator.NotLike:
            case ConditionOperator.BeginsWith:
            case ConditionOperator.DoesNotBeginWith:
            case ConditionOperator.EndsWith:
            case ConditionOperator.DoesNotEndWith:
            case ConditionOperator.Contains:
            case ConditionOperator.DoesNotContain:
            {
                RequireValue(values, opName, condition);
                RequireCount(values, 1, opName);
                RequireNotNull(values, table, column);
                if (values[0] is Microsoft.Xrm.Sdk.EntityReference or Microsoft.Xrm.Sdk.Entity) throw ConditionValues.TypeMismatch(table, column, values[0]!);
                string text = ConditionValues.ToText(values[0]!) ?? string.Empty;

                // begins-with / ends-with keep their value's wildcards.
                // https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
                string pattern = op switch
                {
                    ConditionOperator.BeginsWith or ConditionOperator.DoesNotBeginWith => text + "%",
                    ConditionOperator.EndsWith or ConditionOperator.DoesNotEndWith => "%" + text,
                    ConditionOperator.Contains or ConditionOperator.DoesNotContain => "%" + text + "%",
                    _ => text,
                };
                return new BoundCondition(slot, column, op, new object?[] { text }) { Pattern = new LikePattern(pattern) };
            }
        }

        if (DateRanges.IsDateOperator(op))
        {
            if (column.Kind != ColumnKind.DateTime)
            {
                throw Fault.Create(ErrorCodes.InvalidArgument, $"The operator '{opName}' applies to date and time columns; '{table}.{column.LogicalName}' is not one.");
            }

            int count = 0;
            DateTime day = default;
            if (DateRanges.TakesNoValue(op))
            {
                RequireCount(values, 0, opName);
            }
            else if (DateRanges.TakesDay(op))
            {
                RequireValue(values, opName, condition);
                RequireCount(values, 1, opName);
                day = (values[0] is null ? null : ConditionValues.ToDate(values[0]!)) ?? throw ConditionValues.TypeMismatch(table, column, values[0] ?? string.Empty);
            }
            else
            {
                RequireValue(values, opName, condition);
                RequireCount(values, 1, opName);
                count = ConditionValues.ToCount(values[0])
                        ?? throw Fault.Create(ErrorCodes.InvalidArgument, $"Condition operator '{opName}' requires a whole number of units, not '{values[0]}'.");
            }

            return new BoundCondition(slot, column, op, Array.Empty<object?>()) { Range = DateRanges.For(op, _now, count, day) };
        }

        throw Unsupported(opName);
    }

    private static Exception Unsupported(string opName)
        => Fault.Create(ErrorCodes.NotSupported, $"The condition operator '{opName}' is not supported by the local organization.");

    /// <summary>eq-userid, eq-businessid and their negations compare ids: they apply to unique identifier and lookup columns only.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#eq-userid
    private static void RequireIdColumn(string table, QueryColumnInfo column, string opName)
    {
        if (column.Kind is ColumnKind.Lookup or ColumnKind.UniqueIdentifier) return;
        throw Fault.Create(
            ErrorCodes.InvalidArgument,
            $"Condition operator '{opName}' is not valid for attribute '{table}.{column.LogicalName}' of type {column.Kind}; it applies to unique identifier and lookup columns.");
    }

    private static void RequireValue(List<object?> values, string opName, ConditionModel condition)
    {
        if (values.Count > 0) return;

        // Dataverse's wording for a FetchXML condition without a value.
        if (condition.OperatorText is not null)
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, $"Attribute 'value' or 'valueof' must be specified for condition operator: {opName}");
        }

        throw Fault.Create(ErrorCodes.InvalidArgument, $"The condition operator '{opName}' on '{condition.Attribute}' requires a value.");
    }

    private static void RequireNotNull(List<object?> values, string table, QueryColumnInfo column)
    {
        if (!values.Contains(null)) return;
        throw Fault.Create(
            ErrorCodes.InvalidArgument,
            $"Condition for attribute '{table}.{column.LogicalName}': null is not a valid value for an attribute. Use 'Null' or 'NotNull' conditions instead.");
    }

    private static void RequireCount(List<object?> values, int expected, string opName)
    {
        if (values.Count == expected) return;
        if (expected == 0)
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, $"Condition operator '{opName}' requires that no values are set. Values.Length: {values.Count}");
        }

        throw Fault.Create(ErrorCodes.InvalidArgument, $"Condition operator '{opName}' requires {expected} value(s), but {values.Count} were given.");
    }

    private static void SelectColumns(Slot slot, ColumnsModel columns, QuerySource source)
    {
        slot.AllColumns = columns.AllColumns;
        foreach (AttributeModel attribute in columns.Attributes)
        {
            if (attribute.Aggregate != XrmAggregateType.None || attribute.GroupBy) continue;
            QueryColumnInfo column = Column(slot.Table, attribute.Name);
            slot.Columns.Add(new BoundColumn(column, source == QuerySource.FetchXml ? attribute.Alias : null));
        }
    }

    /// <summary>Top-level "and" parts that read only the root run before joins; equality and prefix ones may seek the store.</summary>
    private static void SplitCriteria(BoundQuery query, BoundFilter criteria)
    {
        if (criteria.IsEmpty) return;
        if (criteria.IsOr)
        {
            if (criteria.ReadsOnly(0)) query.RootFilter = criteria;
            else query.JoinedFilter = criteria;
            return;
        }

        var rootOnly = new BoundFilter(isOr: false);
        var joined = new BoundFilter(isOr: false);
        foreach (BoundCondition condition in criteria.Conditions)
        {
            bool onRoot = condition.Slot.Index == 0 && (condition.OtherSlot is null || condition.OtherSlot.Index == 0);
            (onRoot ? rootOnly : joined).Conditions.Add(condition);
            if (onRoot && IsSeekable(condition)) query.SeekCandidates.Add(condition);
        }

        foreach (BoundFilter filter in criteria.Filters)
        {
            bool onRoot = filter.ReadsOnly(0);
            (onRoot ? rootOnly : joined).Filters.Add(filter);
            // An "and" nested in the top-level "and" must hold too, so its equalities may seek as well.
            if (onRoot) AddNestedSeekCandidates(query, filter);
            if (onRoot && filter.IsOr && SeekUnion(filter) is List<BoundCondition> union) query.SeekUnions.Add(union);
        }
        foreach (Slot link in criteria.SemiJoins) (link.Parent?.Index == 0 ? rootOnly : joined).SemiJoins.Add(link);
        if (!rootOnly.IsEmpty) query.RootFilter = rootOnly;
        if (!joined.IsEmpty) query.JoinedFilter = joined;
    }

    /// <summary>
    /// An "or" whose every branch holds an equality (or "in") the index can answer: the rows it can match are the
    /// union of those lookups (contact X, or source record Y). Null when any branch would need a scan.
    /// </summary>
    private static List<BoundCondition>? SeekUnion(BoundFilter filter)
    {
        var union = new List<BoundCondition>();
        foreach (BoundCondition condition in filter.Conditions)
        {
            if (!IsSeekable(condition)) return null;
            union.Add(condition);
        }
        foreach (BoundFilter branch in filter.Filters)
        {
            if (branch.IsOr) return null;
            BoundCondition? pick = branch.Conditions.Find(IsSeekable);
            if (pick is null) return null;
            union.Add(pick);
        }
        return union.Count == 0 ? null : union;
    }

    /// <summary>
    /// Conditions the store may answer: an equality or "in" (by key or index), or a begins-with or like whose
    /// pattern starts with literal text on a text column (by the column's prefix index).
    /// </summary>
    private static bool IsSeekable(BoundCondition condition)
    {
        if (condition.OtherSlot is not null) return false;
        if (condition.Operator is ConditionOperator.BeginsWith or ConditionOperator.Like)
            return condition.Column.Kind == ColumnKind.String && condition.Pattern!.LiteralPrefix.Length > 0;
        return condition.Operator is ConditionOperator.Equal or ConditionOperator.In
            && condition.Values.Length > 0 && Array.TrueForAll(condition.Values, v => v is not null);
    }

    private static void AddNestedSeekCandidates(BoundQuery query, BoundFilter filter)
    {
        if (filter.IsOr) return;
        foreach (BoundCondition condition in filter.Conditions)
        {
            if (IsSeekable(condition)) query.SeekCandidates.Add(condition);
        }
        foreach (BoundFilter nested in filter.Filters) AddNestedSeekCandidates(query, nested);
    }

    private void BindAggregates(BoundQuery query, QueryModel model, List<(Slot Slot, LinkModel Link)> pending)
    {
        AddAggregates(query, query.Root, model.Columns);
        foreach ((Slot slot, LinkModel link) in pending)
        {
            if (!slot.IsSemiJoin) AddAggregates(query, slot, link.Columns);
        }

        if (query.Aggregates.Count == 0)
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, "An aggregate query needs at least one attribute with an 'aggregate' or 'groupby' setting.");
        }
    }

    private static void AddAggregates(BoundQuery query, Slot slot, ColumnsModel columns)
    {
        foreach (AttributeModel attribute in columns.Attributes)
        {
            QueryColumnInfo column = Column(slot.Table, attribute.Name);
            if (attribute.Aggregate == XrmAggregateType.None && !attribute.GroupBy)
            {
                throw Fault.Create(
                    ErrorCodes.InvalidArgument,
                    $"In an aggregate query every attribute needs an 'aggregate' or 'groupby' setting; '{attribute.Name}' has neither.");
            }

            // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
            string? alias = attribute.Alias;
            if (alias is null)
            {
                if (!attribute.GroupBy) throw Fault.Create(ErrorCodes.InvalidArgument, $"The aggregate attribute '{attribute.Name}' needs an 'alias'.");
                alias = attribute.Name;
            }

            if (attribute.DateGrouping is XrmDateTimeGrouping.FiscalPeriod or XrmDateTimeGrouping.FiscalYear)
            {
                throw Fault.Create(ErrorCodes.NotSupported, "Grouping by fiscal period or fiscal year is not supported by the local organization.");
            }

            if (attribute.DateGrouping != XrmDateTimeGrouping.None && column.Kind != ColumnKind.DateTime)
            {
                throw Fault.Create(ErrorCodes.InvalidArgument, $"'dategrouping' applies to date and time columns; '{slot.Table.LogicalName}.{attribute.Name}' is not one.");
            }

            if (attribute.Aggregate is XrmAggregateType.Sum or XrmAggregateType.Avg && !column.IsNumeric)
            {
                throw Fault.Create(ErrorCodes.InvalidArgument, $"The aggregate '{attribute.Aggregate}' needs a number or currency column; '{slot.Table.LogicalName}.{attribute.Name}' is not one.");
            }

            query.Aggregates.Add(new BoundAggregate(slot, column, alias, attribute.Aggregate, attribute.GroupBy, attribute.DateGrouping, attribute.DistinctValues));
        }
    }

    private void BindOrders(BoundQuery query, QueryModel model, List<(Slot Slot, LinkModel Link)> pending)
    {
        foreach (OrderModel order in model.Orders) AddOrder(query, query.Root, order);

        // Orders placed inside link-entities apply after the entity's own orders.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows#process-link-entity-orders-first
        foreach ((Slot slot, LinkModel link) in pending)
        {
            foreach (OrderModel order in link.Orders) AddOrder(query, slot, order);
        }
    }

    private void AddOrder(BoundQuery query, Slot context, OrderModel order)
    {
        if (query.IsAggregate)
        {
            string? alias = order.Alias ?? order.Attribute;
            BoundAggregate? target = query.Aggregates.Find(a => a.Alias == alias)
                                     ?? query.Aggregates.Find(a => a.GroupBy && a.Column.LogicalName == order.Attribute && a.Slot == context);
            if (target is null)
            {
                throw Fault.Create(ErrorCodes.InvalidArgument, $"An aggregate query can only be ordered by an alias of its attributes; '{alias}' is not one.");
            }

            query.Orders.Add(new BoundOrder(null, null, order.Descending, target.Alias));
            return;
        }

        if (order.Attribute is null)
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, "Ordering by an alias is only supported in aggregate queries.");
        }

        Slot slot = ResolveEntityName(order.EntityName, context);
        if (slot.IsSemiJoin) throw Fault.Create(ErrorCodes.InvalidArgument, $"The link-entity '{slot.Alias}' returns no columns and can't be ordered on.");
        query.Orders.Add(new BoundOrder(slot, Column(slot.Table, order.Attribute), order.Descending, null));
        if (slot.Index != 0) query.OrdersOnLink = true;
    }
}
