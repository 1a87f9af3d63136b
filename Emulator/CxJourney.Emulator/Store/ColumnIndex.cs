using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A non-unique index: column value → ids of the rows holding it. Most values of an indexed lookup are held by one
/// row (a touchpoint's source record, an activity's party list), so a value held once maps to its id alone and
/// gets a set only when a second row holds it: a set per row would cost more than the row's own columns. Ids and
/// lookups (nearly every indexed column) are filed under their Guid unboxed; other values under their normalized
/// key (<see cref="IndexKey"/>).
/// </summary>
internal sealed class ColumnIndex
{
    private readonly Dictionary<Guid, Holders> _byId = new();
    private readonly Dictionary<object, Holders> _byValue = new(IndexKey.Comparer);

    public ColumnIndex(string column) { Column = column; }

    public string Column { get; }

    public void Add(StoredRow row)
    {
        if (!row.TryGetValue(Column, out object? value)) return;
        if (IdOf(value) is Guid id) Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_byId, id, out _), row.Id);
        else if (IndexKey.Normalize(value) is object key) Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_byValue, key, out _), row.Id);
    }

    public void Remove(StoredRow row)
    {
        if (!row.TryGetValue(Column, out object? value)) return;
        if (IdOf(value) is Guid id)
        {
            ref Holders held = ref CollectionsMarshal.GetValueRefOrNullRef(_byId, id);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref held) && Remove(ref held, row.Id)) _byId.Remove(id);
        }
        else if (IndexKey.Normalize(value) is object key)
        {
            ref Holders held = ref CollectionsMarshal.GetValueRefOrNullRef(_byValue, key);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref held) && Remove(ref held, row.Id)) _byValue.Remove(key);
        }
    }

    /// <summary>True when the two rows file under the same key here (an update that leaves this column alone).</summary>
    public bool SameKey(StoredRow before, StoredRow after)
    {
        bool hadValue = before.TryGetValue(Column, out object? old);
        bool hasValue = after.TryGetValue(Column, out object? current);
        if (!hadValue || !hasValue) return hadValue == hasValue;
        if (ReferenceEquals(old, current)) return true;
        if (IdOf(old) is Guid oldId) return IdOf(current) is Guid newId && oldId == newId;
        if (IdOf(current) is not null) return false;
        object? oldKey = IndexKey.Normalize(old);
        object? newKey = IndexKey.Normalize(current);
        return oldKey is null ? newKey is null : newKey is not null && IndexKey.Comparer.Equals(oldKey, newKey);
    }

    public IReadOnlyCollection<Guid> Find(object? value)
    {
        Holders held;
        if (IdOf(value) is Guid id)
        {
            if (!_byId.TryGetValue(id, out held)) return Array.Empty<Guid>();
        }
        else
        {
            object? key = IndexKey.Normalize(value);
            if (key is null || !_byValue.TryGetValue(key, out held)) return Array.Empty<Guid>();
        }
        return held.Many is HashSet<Guid> ids ? ids : new[] { held.One };
    }

    /// <summary>The Guid a lookup or id value is filed under; null for every other value.</summary>
    private static Guid? IdOf(object? value) => value switch
    {
        EntityReference reference => reference.Id,
        Guid guid => guid,
        _ => null,
    };

    private static void Add(ref Holders held, Guid id)
    {
        if (held.Many is HashSet<Guid> ids) ids.Add(id);
        else if (held.One == Guid.Empty) held = new Holders(id, null);
        else if (held.One != id) held = new Holders(Guid.Empty, new HashSet<Guid> { held.One, id });
    }

    /// <summary>Removes the id; true when no row holds the value any more.</summary>
    private static bool Remove(ref Holders held, Guid id)
    {
        if (held.Many is HashSet<Guid> ids)
        {
            ids.Remove(id);
            if (ids.Count == 1) held = new Holders(First(ids), null);
            return ids.Count == 0;
        }
        return held.One == id;
    }

    private static Guid First(HashSet<Guid> ids)
    {
        foreach (Guid id in ids) return id;
        return Guid.Empty;
    }

    /// <summary>The rows holding one value: one id, or a set once a second row holds it (no row has the empty id).</summary>
    private readonly record struct Holders(Guid One, HashSet<Guid>? Many);
}
