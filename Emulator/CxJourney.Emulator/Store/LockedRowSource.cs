using System;
using System.Collections.Generic;
using System.Threading;

namespace CxJourney.Emulator.Store;

/// <summary>
/// The store read one primitive at a time, each under the organization's lock for just as long as it
/// takes to copy references out: a table scan copies the table's row references (rows are never changed
/// in place, an update stores a new instance, so a copied reference stays a consistent committed row),
/// a seek returns the index's rows. The query's real work (matching, joining, sorting, projecting)
/// then runs without the lock, so one long query no longer stalls every other request. Writers hold
/// the lock for their whole request, so every primitive sees committed data only; two primitives of
/// one query may see different moments (read committed, as Dataverse's default isolation gives).
/// </summary>
internal sealed class LockedRowSource : IRowSource
{
    private readonly OrganizationStore _store;

    public LockedRowSource(OrganizationStore store) { _store = store; }

    private IRowSource Store => _store;

    public IEnumerable<RowView> Scan(string tableLogicalName)
    {
        lock (_store.Gate) return _store.Snapshot(tableLogicalName);
    }

    public RowView? Find(string tableLogicalName, Guid id)
    {
        lock (_store.Gate) return Store.Find(tableLogicalName, id);
    }

    public IReadOnlyCollection<RowView>? FindByIndex(string tableLogicalName, string columnLogicalName, object value)
    {
        lock (_store.Gate) return Store.FindByIndex(tableLogicalName, columnLogicalName, value);
    }

    public IReadOnlyCollection<RowView>? FindByPrefix(string tableLogicalName, string columnLogicalName, string foldedPrefix)
    {
        lock (_store.Gate) return Store.FindByPrefix(tableLogicalName, columnLogicalName, foldedPrefix);
    }

    public object? ValueOf(string tableLogicalName, Guid id, string columnLogicalName)
    {
        lock (_store.Gate) return _store.ValueOf(tableLogicalName, id, columnLogicalName);
    }

    public int Count(string tableLogicalName)
    {
        lock (_store.Gate) return _store.Count(tableLogicalName);
    }
}
