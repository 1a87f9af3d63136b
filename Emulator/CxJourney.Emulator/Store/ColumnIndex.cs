using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>A non-unique index: column value → ids of the rows holding it.</summary>
internal sealed class ColumnIndex
{
    private readonly Dictionary<object, HashSet<Guid>> _entries = new(IndexKey.Comparer);

    public ColumnIndex(string column) { Column = column; }

    public string Column { get; }

    public void Add(Entity row)
    {
        object? key = KeyOf(row);
        if (key is null) return;
        if (!_entries.TryGetValue(key, out HashSet<Guid>? ids))
        {
            ids = new HashSet<Guid>();
            _entries.Add(key, ids);
        }
        ids.Add(row.Id);
    }

    public void Remove(Entity row)
    {
        object? key = KeyOf(row);
        if (key is null || !_entries.TryGetValue(key, out HashSet<Guid>? ids)) return;
        ids.Remove(row.Id);
        if (ids.Count == 0) _entries.Remove(key);
    }

    public IReadOnlyCollection<Guid> Find(object? value)
    {
        object? key = IndexKey.Normalize(value);
        if (key is null || !_entries.TryGetValue(key, out HashSet<Guid>? ids)) return Array.Empty<Guid>();
        return ids;
    }

    private object? KeyOf(Entity row) =>
        row.Attributes.TryGetValue(Column, out object? value) ? IndexKey.Normalize(value) : null;
}
