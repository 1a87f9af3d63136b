using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A unique index over an alternate key's columns. A row with any key column empty is not
/// indexed: Dataverse builds the key's unique index over rows that hold every key value, so
/// several rows may leave a key blank.
/// </summary>
internal sealed class AlternateKeyIndex
{
    private readonly Dictionary<CompositeKey, Guid> _entries = new();

    public AlternateKeyIndex(AlternateKeyDefinition definition) { Definition = definition; }

    public AlternateKeyDefinition Definition { get; }

    /// <summary>The id of another row already holding the same key values, if any.</summary>
    public Guid? FindConflict(Entity row)
    {
        AttributeCollection attributes = row.Attributes;
        CompositeKey? key = KeyOf(column => attributes.TryGetValue(column, out object? value) ? value : null);
        if (key is null) return null;
        return _entries.TryGetValue(key, out Guid owner) && owner != row.Id ? owner : null;
    }

    public void Add(StoredRow row)
    {
        CompositeKey? key = KeyOf(row);
        if (key is not null) _entries[key] = row.Id;
    }

    public void Remove(StoredRow row)
    {
        CompositeKey? key = KeyOf(row);
        if (key is not null && _entries.TryGetValue(key, out Guid owner) && owner == row.Id) _entries.Remove(key);
    }

    /// <summary>The row whose key columns equal the given values (by column name), if any.</summary>
    public Guid? Find(IReadOnlyDictionary<string, object?> values)
    {
        var parts = new List<object>(Definition.Columns.Count);
        foreach (string column in Definition.Columns)
        {
            if (!values.TryGetValue(column, out object? value)) return null;
            object? part = IndexKey.Normalize(value);
            if (part is null) return null;
            parts.Add(part);
        }
        return _entries.TryGetValue(new CompositeKey(parts), out Guid id) ? id : null;
    }

    private CompositeKey? KeyOf(StoredRow row) => KeyOf(column => row.TryGetValue(column, out object? value) ? value : null);

    private CompositeKey? KeyOf(Func<string, object?> valueOf)
    {
        var parts = new List<object>(Definition.Columns.Count);
        foreach (string column in Definition.Columns)
        {
            object? part = IndexKey.Normalize(valueOf(column));
            if (part is null) return null;
            parts.Add(part);
        }
        return new CompositeKey(parts);
    }
}
