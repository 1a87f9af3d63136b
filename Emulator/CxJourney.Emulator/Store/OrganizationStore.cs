using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// The organization's rows: one <see cref="TableRows"/> per table, a global row-version counter
/// (Dataverse's versionnumber is a database-wide rowversion, so it grows across tables), and
/// the lock every request holds.
/// </summary>
/// <remarks>
/// Thread safety: one lock per organization (<see cref="Gate"/>), taken by the request processor
/// for the whole of a top-level request and re-entered by the requests it starts. That gives
/// every request serializable isolation, the same "all or nothing, nobody sees half" guarantee a
/// Dataverse transaction gives, for the price of no parallelism inside one organization, which a
/// test double does not need. Readers (queries, LocalOrganization.Get) take the same lock.
/// Rows are kept as <see cref="StoredRow"/>s; those handed out by <see cref="IRowSource"/> are the stored rows
/// themselves (<see cref="RowView"/>s), those handed out by the methods here Entities holding the stored value
/// instances, never to be changed; everything handed to callers outside the organization is a clone (<see cref="RowCopy"/>).
/// </remarks>
public sealed class OrganizationStore : IRowSource
{
    private readonly Dictionary<string, TableRows> _tables = new(StringComparer.Ordinal);
    private readonly SharedReferences _shared = new();
    private const int RecentReads = 256;
    private Dictionary<StoredRow, Entity> _recentReads = new(RecentReads, SameRow.Instance);
    private Dictionary<StoredRow, Entity> _olderReads = new(RecentReads, SameRow.Instance);
    private long _rowVersion;
    private long _rowsScanned;

    public OrganizationStore(long firstRowVersion = 1000)
    {
        _rowVersion = firstRowVersion;
    }

    public object Gate { get; } = new();

    public bool HoldsLock => Monitor.IsEntered(Gate);

    /// <summary>Creates the table's storage if it does not exist yet.</summary>
    public void EnsureTable(TableStorageDefinition definition)
    {
        lock (Gate)
        {
            if (!_tables.ContainsKey(definition.LogicalName)) _tables.Add(definition.LogicalName, new TableRows(definition));
        }
    }

    public bool HasTable(string table) => _tables.ContainsKey(table);

    public StoreTransaction BeginTransaction() => new(this);

    /// <summary>The next value of the organization-wide row version, as Dataverse's versionnumber.</summary>
    public long NextRowVersion() => Interlocked.Increment(ref _rowVersion);

    public static string FormatRowVersion(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The alternate key a row would duplicate, and the row holding it already.</summary>
    public (AlternateKeyDefinition Key, Guid Existing)? FindKeyConflict(Entity row) => Rows(row.LogicalName).FindKeyConflict(row);

    public Guid? FindByAlternateKey(string table, IReadOnlyDictionary<string, object?> values, out AlternateKeyDefinition? matchedKey) =>
        Rows(table).FindByAlternateKey(values, out matchedKey);

    /// <summary>Stores a new row (the instance itself: the caller hands over a private copy).</summary>
    public void Insert(StoreTransaction? transaction, Entity row)
    {
        TableRows rows = Rows(row.LogicalName);
        _shared.Share(row);
        rows.Insert(row);
        transaction?.Record(new StoreTransaction.Inserted(row.LogicalName, row.Id));
    }

    /// <summary>Replaces a stored row with a new instance carrying the same id.</summary>
    public void Replace(StoreTransaction? transaction, Entity row)
    {
        TableRows rows = Rows(row.LogicalName);
        if (!rows.Contains(row.Id)) throw new InvalidOperationException($"No {row.LogicalName} row {row.Id} to replace.");
        _shared.Share(row);
        StoredRow before = rows.Replace(row);
        transaction?.Record(new StoreTransaction.Replaced(row.LogicalName, before));
    }

    public void Remove(StoreTransaction? transaction, string table, Guid id)
    {
        TableRows rows = Rows(table);
        if (!rows.Contains(id)) throw new InvalidOperationException($"No {table} row {id} to remove.");
        StoredRow before = rows.Remove(id);
        transaction?.Record(new StoreTransaction.Removed(table, before));
    }

    public IEnumerable<Entity> Scan(string tableLogicalName) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) ? Counted(rows.Scan()) : Array.Empty<Entity>();

    /// <summary>
    /// Diagnostic: how many rows <see cref="Scan"/> has handed out since the store was made, plus the rows read to
    /// build a column's prefix index. Reads by id, alternate key or index do not count, so a test can prove that a lookup never walks the table.
    /// Updated under <see cref="Gate"/>, like every read.
    /// </summary>
    public long RowsScanned => Interlocked.Read(ref _rowsScanned);

    private IEnumerable<Entity> Counted(IEnumerable<Entity> rows)
    {
        foreach (Entity row in rows)
        {
            _rowsScanned++;
            yield return row;
        }
    }

    /// <summary>
    /// A copy of the table's row references, in insertion order; the caller holds <see cref="Gate"/>. Stored rows are
    /// immutable, so the reader reads them outside the lock, and makes an Entity only of what it returns.
    /// </summary>
    internal IEnumerable<RowView> Snapshot(string tableLogicalName)
    {
        if (!_tables.TryGetValue(tableLogicalName, out TableRows? rows)) return Array.Empty<RowView>();
        StoredRow[] copy = rows.ScanStored();
        _rowsScanned += copy.Length;
        return copy;
    }

    // The query evaluator's reads: the stored rows themselves (views, no Entity each), counted like Scan's.
    IEnumerable<RowView> IRowSource.Scan(string tableLogicalName) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) ? CountedStored(rows.ScanStored()) : Array.Empty<RowView>();

    private IEnumerable<RowView> CountedStored(StoredRow[] rows)
    {
        foreach (StoredRow row in rows)
        {
            _rowsScanned++;
            yield return row;
        }
    }

    RowView? IRowSource.Find(string tableLogicalName, Guid id) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) ? rows.FindStored(id) : null;

    IReadOnlyCollection<RowView>? IRowSource.FindByIndex(string tableLogicalName, string columnLogicalName, object value) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) ? rows.FindByIndex(columnLogicalName, value) : null;

    IReadOnlyCollection<RowView>? IRowSource.FindByPrefix(string tableLogicalName, string columnLogicalName, string foldedPrefix)
    {
        if (!_tables.TryGetValue(tableLogicalName, out TableRows? rows)) return null;
        if (!rows.HasPrefixIndex(columnLogicalName)) _rowsScanned += rows.Count;
        return rows.FindByPrefix(columnLogicalName, foldedPrefix);
    }

    /// <summary>
    /// Runs a read-only evaluation. When this thread holds <see cref="Gate"/> exactly once (a top-level
    /// query: the request processor's own lock), the lock is released for the evaluation, which reads
    /// through <see cref="LockedRowSource"/>, and taken back afterwards. When the lock is held more than
    /// once (a query inside a plug-in or a batch, which must see its transaction's own writes and keep
    /// its isolation) the evaluation runs under the lock over the store itself.
    /// </summary>
    public T ReadOutsideLock<T>(Func<IRowSource, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!Monitor.IsEntered(Gate)) return read(new LockedRowSource(this));
        Monitor.Exit(Gate);
        if (Monitor.IsEntered(Gate))
        {
            Monitor.Enter(Gate);
            return read(this);
        }

        try
        {
            return read(new LockedRowSource(this));
        }
        finally
        {
            Monitor.Enter(Gate);
        }
    }

    public Entity? Find(string tableLogicalName, Guid id) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) && rows.FindStored(id) is StoredRow row ? Read(row) : null;

    /// <summary>
    /// The Entity of a stored row, the same instance while the row is among the last few hundred read: one request
    /// reads the row it writes several times (the write, its images, its plug-ins' reads). Safe for the same reason
    /// handing out the stored instance was: readers inside the organization never change what they read.
    /// </summary>
    private Entity Read(StoredRow row)
    {
        // The cache is the lock's: a read made without it (a caller outside any request) gets an Entity of its own.
        if (!Monitor.IsEntered(Gate)) return row.ToEntity();
        if (_recentReads.TryGetValue(row, out Entity? entity)) return entity;
        if (!_olderReads.Remove(row, out entity)) entity = row.ToEntity();
        if (_recentReads.Count >= RecentReads)
        {
            (_olderReads, _recentReads) = (_recentReads, _olderReads);
            _recentReads.Clear();
        }
        _recentReads.Add(row, entity);
        return entity;
    }

    /// <summary>A stored row is itself only (each write stores a new one), hashed by its id: no object-header hash per row.</summary>
    private sealed class SameRow : IEqualityComparer<StoredRow>
    {
        public static readonly SameRow Instance = new();

        public bool Equals(StoredRow? x, StoredRow? y) => ReferenceEquals(x, y);

        public int GetHashCode(StoredRow row) => row.Id.GetHashCode();
    }

    private List<Entity> Read(List<StoredRow> rows)
    {
        var entities = new List<Entity>(rows.Count);
        foreach (StoredRow row in rows) entities.Add(Read(row));
        return entities;
    }

    /// <summary>Whether the table holds the row: no Entity is made for the answer.</summary>
    public bool Contains(string tableLogicalName, Guid id) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) && rows.Contains(id);

    /// <summary>
    /// One column of a stored row, or null when the row does not exist or does not hold a <typeparamref name="T"/>
    /// there: for reads of a column or two (a user's business unit, a setting), which need no Entity of the whole row.
    /// The value is the stored instance, as in the rows <see cref="Find"/> returns: read it, never change it or hand it out.
    /// </summary>
    public T? ValueOf<T>(string tableLogicalName, Guid id, string columnLogicalName) where T : class =>
        ValueOf(tableLogicalName, id, columnLogicalName) as T;

    /// <inheritdoc cref="IRowSource.ValueOf"/>
    public object? ValueOf(string tableLogicalName, Guid id, string columnLogicalName) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) && rows.FindStored(id) is StoredRow row
        && row.TryGetValue(columnLogicalName, out object? value) ? value : null;

    public IReadOnlyCollection<Entity>? FindByIndex(string tableLogicalName, string columnLogicalName, object value) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) && rows.FindByIndex(columnLogicalName, value) is List<StoredRow> found ? Read(found) : null;

    /// <summary>
    /// Rows whose folded text in the column begins with the prefix. The column's first prefix seek builds its index
    /// in one pass over the table, which counts in <see cref="RowsScanned"/>; later seeks read only what they return.
    /// </summary>
    public IReadOnlyCollection<Entity>? FindByPrefix(string tableLogicalName, string columnLogicalName, string foldedPrefix)
    {
        if (!_tables.TryGetValue(tableLogicalName, out TableRows? rows)) return null;
        if (!rows.HasPrefixIndex(columnLogicalName)) _rowsScanned += rows.Count;
        return Read(rows.FindByPrefix(columnLogicalName, foldedPrefix));
    }

    public int Count(string tableLogicalName) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) ? rows.Count : 0;

    /// <summary>How many times rows of the table changed (0 for a table not stored yet); security caches compare it.</summary>
    public long ChangeCount(string tableLogicalName) =>
        _tables.TryGetValue(tableLogicalName, out TableRows? rows) ? rows.Changes : 0;

    internal TableRows Rows(string table) =>
        _tables.TryGetValue(table, out TableRows? rows) ? rows : throw new InvalidOperationException($"The store has no table '{table}'.");
}
