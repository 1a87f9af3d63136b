using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A non-unique index: column value → ids of the rows holding it. Most values of an indexed lookup are held by one
/// row (a touchpoint's source record, an activity's party list), so a value held once maps to its id alone and
/// gets a set only when a second row holds it: a set per row would cost more than the row's own columns.
/// </summary>
internal sealed class ColumnIndex
{
    /// <summary>Each value's row: a boxed Guid for one row, a HashSet of Guid for more.</summary>
    private readonly Dictionary<object, object> _entries = new(IndexKey.Comparer);

    public ColumnIndex(string column) { Column = column; }

    public string Column { get; }

    public void Add(Entity row)
    {
        object? key = KeyOf(row);
        if (key is null) return;
        if (!_entries.TryGetValue(key, out object? held))
        {
            _entries.Add(key, row.Id);
            return;
        }
        if (held is HashSet<Guid> ids)
        {
            ids.Add(row.Id);
            return;
        }
        var one = (Guid)held;
        if (one != row.Id) _entries[key] = new HashSet<Guid> { one, row.Id };
    }

    public void Remove(Entity row)
    {
        object? key = KeyOf(row);
        if (key is null || !_entries.TryGetValue(key, out object? held)) return;
        if (held is HashSet<Guid> ids)
        {
            ids.Remove(row.Id);
            if (ids.Count == 1) _entries[key] = First(ids);
            else if (ids.Count == 0) _entries.Remove(key);
        }
        else if ((Guid)held == row.Id) _entries.Remove(key);
    }

    public IReadOnlyCollection<Guid> Find(object? value)
    {
        object? key = IndexKey.Normalize(value);
        if (key is null || !_entries.TryGetValue(key, out object? held)) return Array.Empty<Guid>();
        return held is HashSet<Guid> ids ? ids : new[] { (Guid)held };
    }

    private static Guid First(HashSet<Guid> ids)
    {
        foreach (Guid id in ids) return id;
        return Guid.Empty;
    }

    private object? KeyOf(Entity row) =>
        row.Attributes.TryGetValue(Column, out object? value) ? IndexKey.Normalize(value) : null;
}
