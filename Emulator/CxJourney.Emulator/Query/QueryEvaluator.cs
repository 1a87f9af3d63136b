using System;
using System.Collections.Generic;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Catalog;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>
/// RetrieveMultiple's engine. QueryExpression, QueryByAttribute and FetchXML are translated into one internal
/// model, bound against the metadata and evaluated over the store's rows with Dataverse's semantics: SQL-style
/// nulls, case-insensitive strings, joins, ordering, paging with cookies, and aggregates.
/// Rows are read in place, as the store keeps them (<see cref="RowView"/>): only the returned page becomes Entities.
/// </summary>
public sealed class QueryEvaluator
{
    private readonly IRowSource _rows;
    private readonly IQuerySchema _schema;
    private readonly OrganizationClock _clock;
    private readonly Guid _callerId;
    private readonly Guid? _businessUnitId;
    private readonly Func<string, Func<RowView, bool>>? _readable;
    private IRowSource? _readableRows;

    /// <param name="rows">The store to read.</param>
    /// <param name="catalog">Table and column metadata.</param>
    /// <param name="clock">"Now" for relative date operators (today, last-x-days...).</param>
    /// <param name="callerId">The calling user, for eq-userid / ne-userid.</param>
    /// <param name="businessUnitId">The caller's business unit, for eq-businessid / ne-businessid; null makes them fault.</param>
    public QueryEvaluator(IRowSource rows, MetadataCatalog catalog, OrganizationClock clock, Guid callerId, Guid? businessUnitId = null)
        : this(rows, CatalogQuerySchema.For(catalog ?? throw new ArgumentNullException(nameof(catalog))), clock, callerId, businessUnitId)
    {
    }

    internal QueryEvaluator(IRowSource rows, IQuerySchema schema, OrganizationClock clock, Guid callerId, Guid? businessUnitId)
    {
        _rows = rows ?? throw new ArgumentNullException(nameof(rows));
        _schema = schema;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _callerId = callerId;
        _businessUnitId = businessUnitId;
    }

    /// <summary>
    /// Which rows the caller may read: for a table, a test of one of its rows; null: all. Rows it refuses are invisible to the query, in the
    /// root table and in every link-entity, as if they did not exist; lookup names are still given.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/security-concepts
    public Func<string, Func<RowView, bool>>? ReadableRows
    {
        get => _readable;
        init
        {
            _readable = value;
            _readableRows = value is null ? null : new ReadableRowSource(_rows, value);
        }
    }

    /// <summary>The rows the query sees: the store's, or only the readable ones.</summary>
    private IRowSource Rows => _readableRows ?? _rows;

    /// <summary>Runs a QueryExpression, QueryByAttribute or FetchExpression and returns one page of results.</summary>
    public EntityCollection Execute(QueryBase query)
    {
        QueryModel model = query switch
        {
            QueryExpression expression => QueryExpressionTranslator.Translate(expression),
            QueryByAttribute byAttribute => QueryExpressionTranslator.Translate(byAttribute),
            FetchExpression fetch => FetchXmlParser.Parse(fetch.Query),
            null => throw Fault.Create(ErrorCodes.InvalidArgument, "The query is required."),
            _ => throw Fault.Create(ErrorCodes.InvalidArgument, $"The query type '{query.GetType().Name}' is not supported."),
        };
        return Execute(model);
    }

    internal EntityCollection Execute(QueryModel model)
    {
        ValidateLimits(model);
        BoundQuery query = new QueryBinder(_schema, _clock.UtcNow, _callerId, _businessUnitId).Bind(model);
        var joins = new JoinEngine(Rows);
        var formatting = new QueryFormatting(_rows, _schema);
        List<RowView?[]> matches = Match(query, joins);
        return query.IsAggregate ? Aggregate(query, matches, formatting) : Page(query, matches, formatting);
    }

    private static void ValidateLimits(QueryModel model)
    {
        QueryLimits.Check(model);
        if (model.Top is int top)
        {
            // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/fetch
            if (top > QueryPaging.MaxPageSize) throw Fault.Create(ErrorCodes.InvalidArgument, $"The top value {top} exceeds the maximum of {QueryPaging.MaxPageSize}.");

            // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
            if (model.PageSize > 0 || model.PageNumber > 1)
            {
                throw Fault.Create(ErrorCodes.InvalidArgument, "A query can't set both a top count and paging (page size or page number).");
            }

            // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/count-rows
            if (model.ReturnTotalRecordCount)
            {
                throw Fault.Create(ErrorCodes.InvalidArgument, "A query can't set both a top count and returntotalrecordcount.");
            }
        }
    }

    /// <summary>Every joined row that satisfies the criteria, in store order.</summary>
    private List<RowView?[]> Match(BoundQuery query, JoinEngine joins)
    {
        int width = query.Slots.Count;
        int aggregateLimit = query.IsAggregate ? QueryAggregation.Limit(query.Model) : int.MaxValue;
        var matches = new List<RowView?[]>();
        foreach (RowView root in RootRows(query))
        {
            var row = new RowView?[width];
            row[0] = root;
            if (query.RootFilter is not null && !query.RootFilter.Evaluate(row, joins)) continue;
            List<RowView?[]> joined = width == 1 ? new List<RowView?[]>(1) { row } : joins.ExpandChildren(row, query.Root);
            foreach (RowView?[] candidate in joined)
            {
                if (query.JoinedFilter is not null && !query.JoinedFilter.Evaluate(candidate, joins)) continue;
                matches.Add(candidate);
                if (matches.Count > aggregateLimit) throw QueryAggregation.LimitExceeded();
            }
        }

        return matches;
    }

    /// <summary>
    /// The root rows worth looking at: an equality on the primary key reads rows by id, one on an indexed column
    /// (lookups, alternate-key columns) reads the index, a begins-with or like 'abc%' on a text column reads its
    /// prefix index; anything else scans the table.
    /// </summary>
    private IEnumerable<RowView> RootRows(BoundQuery query)
    {
        QueryTableInfo table = query.Root.Table;
        foreach (BoundCondition condition in query.SeekCandidates)
        {
            if (condition.Column.LogicalName != table.PrimaryIdAttribute) continue;
            var found = new List<RowView>(condition.Values.Length);
            var seen = new HashSet<Guid>();
            foreach (object? value in condition.Values)
            {
                if (value is Guid id && seen.Add(id) && Rows.Find(table.LogicalName, id) is RowView row) found.Add(row);
            }

            return found;
        }

        // Equalities first: a lookup's hash index is exact, and a prefix index is built on a column's first prefix seek.
        foreach (BoundCondition condition in query.SeekCandidates)
        {
            if (condition.Pattern is null && Seek(table, condition) is List<RowView> indexed) return indexed;
        }
        foreach (BoundCondition condition in query.SeekCandidates)
        {
            if (condition.Pattern is not null && Seek(table, condition) is List<RowView> indexed) return indexed;
        }

        foreach (List<BoundCondition> union in query.SeekUnions)
        {
            var rows = new List<RowView>();
            var seen = new HashSet<Guid>();
            bool indexed = true;
            foreach (BoundCondition branch in union)
            {
                if (Seek(table, branch) is not List<RowView> hits)
                {
                    indexed = false;
                    break;
                }
                foreach (RowView hit in hits) if (seen.Add(hit.Id)) rows.Add(hit);
            }
            if (indexed) return rows;
        }

        return SeekThroughInnerLink(query) ?? Rows.Scan(table.LogicalName);
    }

    /// <summary>
    /// The rows an equality or "in" on the primary key or an indexed column can match (each value looked up, rows
    /// once each), or null when the column has no index. Every row still goes through the filters afterwards.
    /// </summary>
    private List<RowView>? Seek(QueryTableInfo table, BoundCondition condition)
    {
        if (condition.Pattern is not null) return SeekPrefix(table, condition);
        bool primary = condition.Column.LogicalName == table.PrimaryIdAttribute;
        if (!primary && !StoreIndexes.CanSeek(condition.Column)) return null;
        var found = new List<RowView>();
        var seen = new HashSet<Guid>();
        foreach (object? value in condition.Values)
        {
            if (primary)
            {
                if (value is Guid id && seen.Add(id) && Rows.Find(table.LogicalName, id) is RowView row) found.Add(row);
                continue;
            }
            object key = StoreIndexes.Key(condition.Column, value!);
            IReadOnlyCollection<RowView>? indexed = Rows.FindByIndex(table.LogicalName, condition.Column.LogicalName, key);
            if (indexed is null) return null;
            foreach (RowView row in JoinEngine.Verified(indexed, table, condition.Column.LogicalName, value!))
                if (seen.Add(row.Id)) found.Add(row);
        }
        return found;
    }

    /// <summary>
    /// The rows a begins-with or a like pattern that starts with literal text can match: those whose text begins
    /// with that literal, through the store's prefix index. The whole condition is still applied afterwards.
    /// </summary>
    private List<RowView>? SeekPrefix(QueryTableInfo table, BoundCondition condition)
    {
        string prefix = condition.Pattern!.LiteralPrefix;
        if (prefix.Length == 0 || condition.Column.Kind != ColumnKind.String) return null;
        IReadOnlyCollection<RowView>? rows = Rows.FindByPrefix(table.LogicalName, condition.Column.LogicalName, prefix);
        return rows is null ? null : new List<RowView>(rows);
    }

    /// <summary>
    /// An inner link-entity on a root lookup whose own filter selects few related rows ("contacts of accounts named
    /// X"): the related rows are found first and the root rows read through the lookup's index. Every row still
    /// goes through the join and the filters afterwards, so this only narrows what is looked at.
    /// </summary>
    private IEnumerable<RowView>? SeekThroughInnerLink(BoundQuery query)
    {
        QueryTableInfo table = query.Root.Table;
        foreach (Slot link in query.Root.Children)
        {
            if (link.Join is not (JoinOperator.Inner or JoinOperator.Natural or JoinOperator.In or JoinOperator.Exists)) continue;
            if (link.Criteria is null || link.Criteria.IsEmpty || !link.Criteria.ReadsOnly(link.Index)) continue;
            if (link.JoinColumn!.LogicalName != link.Table.PrimaryIdAttribute || !StoreIndexes.CanSeek(link.ParentColumn!)) continue;
            if (Rows.Count(link.Table.LogicalName) >= Rows.Count(table.LogicalName)) continue;

            var joins = new JoinEngine(Rows);
            var roots = new List<RowView>();
            var seen = new HashSet<Guid>();
            bool indexed = true;
            foreach (RowView related in Rows.Scan(link.Table.LogicalName))
            {
                var probe = new RowView?[query.Slots.Count];
                probe[link.Index] = related;
                if (!link.Criteria.Evaluate(probe, joins)) continue;
                IReadOnlyCollection<RowView>? hits = Rows.FindByIndex(table.LogicalName, link.ParentColumn!.LogicalName, related.Id);
                if (hits is null)
                {
                    indexed = false;
                    break;
                }

                foreach (RowView hit in hits) if (seen.Add(hit.Id)) roots.Add(hit);
            }

            if (indexed) return roots;
        }

        return null;
    }

    private static EntityCollection Page(BoundQuery query, List<RowView?[]> matches, QueryFormatting formatting)
    {
        QueryModel model = query.Model;
        QueryOrdering.Sort(matches, query, formatting);
        if (model.Distinct)
        {
            var seen = new HashSet<QueryValues.KeyTuple>();
            matches = matches.FindAll(row => seen.Add(QueryProjection.DistinctKey(row, query)));
        }

        var result = new EntityCollection { EntityName = query.Root.Table.LogicalName, TotalRecordCount = -1 };
        if (model.ReturnTotalRecordCount)
        {
            result.TotalRecordCount = Math.Min(matches.Count, QueryPaging.MaxTotalRecordCount);
            result.TotalRecordCountLimitExceeded = matches.Count > QueryPaging.MaxTotalRecordCount;
        }

        int start;
        int size;
        if (model.Top is int top)
        {
            start = 0;
            size = top;
        }
        else
        {
            start = QueryPaging.Start(model, matches);
            size = QueryPaging.PageSize(model);
        }

        int end = (int)Math.Min((long)start + size, matches.Count);
        for (int i = start; i < end; i++) result.Entities.Add(QueryProjection.Project(matches[i], query, formatting));
        if (model.Top is null)
        {
            result.MoreRecords = end < matches.Count;

            // Dataverse gives no paging cookie when the order reads a link-entity.
            // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#queries-that-dont-support-paging-cookies
            if (end > start && !query.OrdersOnLink)
            {
                result.PagingCookie = QueryPaging.Cookie(QueryPaging.PageNumber(model), query.Root.Table.PrimaryIdAttribute, matches[start][0]!.Id, matches[end - 1][0]!.Id);
            }
        }

        return result;
    }

    private static EntityCollection Aggregate(BoundQuery query, List<RowView?[]> matches, QueryFormatting formatting)
    {
        QueryModel model = query.Model;
        List<Entity> groups = QueryAggregation.Aggregate(matches, query, formatting);
        var result = new EntityCollection { EntityName = query.Root.Table.LogicalName, TotalRecordCount = -1 };
        int start = 0;
        int size = model.Top ?? QueryPaging.MaxPageSize;
        if (model.Top is null)
        {
            size = QueryPaging.PageSize(model);
            start = (int)Math.Min((long)(QueryPaging.PageNumber(model) - 1) * size, groups.Count);
        }

        int end = (int)Math.Min((long)start + size, groups.Count);
        for (int i = start; i < end; i++) result.Entities.Add(groups[i]);
        result.MoreRecords = model.Top is null && end < groups.Count;
        if (model.ReturnTotalRecordCount)
        {
            result.TotalRecordCount = Math.Min(groups.Count, QueryPaging.MaxTotalRecordCount);
            result.TotalRecordCountLimitExceeded = groups.Count > QueryPaging.MaxTotalRecordCount;
        }

        return result;
    }

    /// <summary>The store seen through the caller's read access: the same lookups, minus the rows the caller may not read.</summary>
    private sealed class ReadableRowSource : IRowSource
    {
        private readonly IRowSource _inner;
        private readonly Func<string, Func<RowView, bool>> _canRead;

        public ReadableRowSource(IRowSource inner, Func<string, Func<RowView, bool>> canRead)
        {
            _inner = inner;
            _canRead = canRead;
        }

        public IEnumerable<RowView> Scan(string tableLogicalName)
        {
            Func<RowView, bool> canRead = _canRead(tableLogicalName);
            foreach (RowView row in _inner.Scan(tableLogicalName))
            {
                if (canRead(row)) yield return row;
            }
        }

        public RowView? Find(string tableLogicalName, Guid id) =>
            _inner.Find(tableLogicalName, id) is RowView row && _canRead(tableLogicalName)(row) ? row : null;

        public IReadOnlyCollection<RowView>? FindByIndex(string tableLogicalName, string columnLogicalName, object value) =>
            Readable(tableLogicalName, _inner.FindByIndex(tableLogicalName, columnLogicalName, value));

        public IReadOnlyCollection<RowView>? FindByPrefix(string tableLogicalName, string columnLogicalName, string foldedPrefix) =>
            Readable(tableLogicalName, _inner.FindByPrefix(tableLogicalName, columnLogicalName, foldedPrefix));

        public int Count(string tableLogicalName) => _inner.Count(tableLogicalName);

        private List<RowView>? Readable(string tableLogicalName, IReadOnlyCollection<RowView>? rows)
        {
            if (rows is null) return null;
            Func<RowView, bool> canRead = _canRead(tableLogicalName);
            var readable = new List<RowView>(rows.Count);
            foreach (RowView row in rows)
            {
                if (canRead(row)) readable.Add(row);
            }
            return readable;
        }
    }
}
