using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A non-unique index: column value → the rows holding it, by insertion sequence (<see cref="StoredRow.Sequence"/>).
/// Most values of an indexed lookup are held by one row (a touchpoint's source record, an activity's party list),
/// so a value held once maps to its row's sequence alone and gets a <see cref="RowSet"/> only when a second row holds
/// it. Ids and lookups (nearly every indexed column) are filed under their Guid unboxed; other values under their
/// normalized key (<see cref="IndexKey"/>).
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
        if (IdOf(value) is Guid id) Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_byId, id, out _), row.Sequence);
        else if (IndexKey.Normalize(value) is object key) Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_byValue, key, out _), row.Sequence);
    }

    public void Remove(StoredRow row)
    {
        if (!row.TryGetValue(Column, out object? value)) return;
        if (IdOf(value) is Guid id)
        {
            ref Holders held = ref CollectionsMarshal.GetValueRefOrNullRef(_byId, id);
            if (!Unsafe.IsNullRef(ref held) && Remove(ref held, row.Sequence)) _byId.Remove(id);
        }
        else if (IndexKey.Normalize(value) is object key)
        {
            ref Holders held = ref CollectionsMarshal.GetValueRefOrNullRef(_byValue, key);
            if (!Unsafe.IsNullRef(ref held) && Remove(ref held, row.Sequence)) _byValue.Remove(key);
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

    /// <summary>The sequences of the rows holding the value, ascending.</summary>
    public IEnumerable<int> Find(object? value)
    {
        Holders held;
        if (IdOf(value) is Guid id)
        {
            if (!_byId.TryGetValue(id, out held)) return Array.Empty<int>();
        }
        else
        {
            object? key = IndexKey.Normalize(value);
            if (key is null || !_byValue.TryGetValue(key, out held)) return Array.Empty<int>();
        }
        return held.Many is RowSet rows ? rows.Sequences() : new[] { held.One - 1 };
    }

    /// <summary>The Guid a lookup or id value is filed under; null for every other value.</summary>
    private static Guid? IdOf(object? value) => value switch
    {
        EntityReference reference => reference.Id,
        Guid guid => guid,
        _ => null,
    };

    private static void Add(ref Holders held, int sequence)
    {
        if (held.Many is RowSet rows) rows.Add(sequence);
        else if (held.One == 0) held = new Holders(sequence + 1, null);
        else if (held.One != sequence + 1) held = new Holders(0, new RowSet(held.One - 1, sequence));
    }

    /// <summary>Removes the row; true when no row holds the value any more.</summary>
    private static bool Remove(ref Holders held, int sequence)
    {
        if (held.Many is RowSet rows)
        {
            rows.Remove(sequence);
            if (rows.Count == 1) held = new Holders(rows.Single() + 1, null);
            return rows.Count == 0;
        }
        return held.One == sequence + 1;
    }

    /// <summary>The rows holding one value: one row's sequence plus one (0: none), or a set once a second row holds it.</summary>
    private readonly record struct Holders(int One, RowSet? Many);
}
