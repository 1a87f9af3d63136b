using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// The stored rows of one table: a primary-key dictionary, the insertion order (kept by a
/// sequence number so that a rolled-back delete puts the row back where it was), and the
/// table's lookup and alternate-key indexes, and the prefix indexes of the text columns queried by prefix. Not thread-safe: the organization's lock guards it.
/// </summary>
internal sealed class TableRows
{
    private readonly Dictionary<Guid, StoredRow> _rows = new();
    private readonly SortedDictionary<long, Guid> _order = new();
    private readonly Dictionary<string, ColumnIndex> _indexes = new(StringComparer.Ordinal);
    private readonly List<AlternateKeyIndex> _keys = new();
    private readonly Dictionary<string, PrefixIndex> _prefixes = new(StringComparer.Ordinal);
    private long _nextSequence;

    public TableRows(TableStorageDefinition definition)
    {
        Definition = definition;
        foreach (string column in definition.IndexedColumns) _indexes[column] = new ColumnIndex(column);
        foreach (AlternateKeyDefinition key in definition.AlternateKeys)
        {
            _keys.Add(new AlternateKeyIndex(key));
            foreach (string column in key.Columns)
            {
                if (!_indexes.ContainsKey(column)) _indexes[column] = new ColumnIndex(column);
            }
        }
    }

    public TableStorageDefinition Definition { get; }

    public int Count => _rows.Count;

    /// <summary>How many times a row was inserted, replaced or removed (undo included): a cheap "has it changed" stamp.</summary>
    public long Changes { get; private set; }

    public bool Contains(Guid id) => _rows.ContainsKey(id);

    public Entity? Find(Guid id) => _rows.TryGetValue(id, out StoredRow? row) ? row.Entity : null;

    public long? SequenceOf(Guid id) => _rows.TryGetValue(id, out StoredRow? row) ? row.Sequence : null;

    public IEnumerable<Entity> Scan()
    {
        foreach (Guid id in _order.Values) yield return _rows[id].Entity;
    }

    public bool HasIndex(string column) => _indexes.ContainsKey(column);

    public bool HasPrefixIndex(string column) => _prefixes.ContainsKey(column);

    public IReadOnlyCollection<Entity>? FindByIndex(string column, object? value)
    {
        if (!_indexes.TryGetValue(column, out ColumnIndex? index)) return null;
        IReadOnlyCollection<Guid> ids = index.Find(value);
        var result = new List<Entity>(ids.Count);
        foreach (Guid id in ids) result.Add(_rows[id].Entity);
        return result;
    }

    /// <summary>
    /// Rows whose text in the column begins with the prefix (folded, see <see cref="TextFold"/>): a superset of what
    /// a pattern starting with that literal can match. The column's prefix index is built on the first such seek
    /// (one pass over the table) and maintained with every write after, so only the columns queries actually seek
    /// by prefix pay for one.
    /// </summary>
    public IReadOnlyCollection<Entity> FindByPrefix(string column, string foldedPrefix)
    {
        if (!_prefixes.TryGetValue(column, out PrefixIndex? index))
        {
            index = new PrefixIndex(column);
            foreach (StoredRow stored in _rows.Values) index.Add(stored.Entity);
            _prefixes.Add(column, index);
        }
        List<Guid> ids = index.Find(foldedPrefix);
        var result = new List<Entity>(ids.Count);
        foreach (Guid id in ids) result.Add(_rows[id].Entity);
        return result;
    }

    /// <summary>The first alternate key the row would duplicate, and the row already holding it.</summary>
    public (AlternateKeyDefinition Key, Guid Existing)? FindKeyConflict(Entity row)
    {
        foreach (AlternateKeyIndex key in _keys)
        {
            Guid? other = key.FindConflict(row);
            if (other is not null) return (key.Definition, other.Value);
        }
        return null;
    }

    /// <summary>The row identified by one of the table's alternate keys, matched by the set of columns given.</summary>
    public Guid? FindByAlternateKey(IReadOnlyDictionary<string, object?> values, out AlternateKeyDefinition? matchedKey)
    {
        foreach (AlternateKeyIndex key in _keys)
        {
            if (key.Definition.Columns.Count != values.Count) continue;
            bool sameColumns = true;
            foreach (string column in key.Definition.Columns)
            {
                if (!values.ContainsKey(column)) { sameColumns = false; break; }
            }
            if (!sameColumns) continue;
            matchedKey = key.Definition;
            return key.Find(values);
        }
        matchedKey = null;
        return null;
    }

    public void Insert(Entity row, long? sequence = null)
    {
        long seq = sequence ?? _nextSequence++;
        if (sequence is not null && sequence.Value >= _nextSequence) _nextSequence = sequence.Value + 1;
        Changes++;
        _rows.Add(row.Id, new StoredRow(row, seq));
        _order.Add(seq, row.Id);
        AddToIndexes(row);
    }

    public void Replace(Entity row)
    {
        StoredRow current = _rows[row.Id];
        Changes++;
        RemoveFromIndexes(current.Entity);
        _rows[row.Id] = new StoredRow(row, current.Sequence);
        AddToIndexes(row);
    }

    public Entity Remove(Guid id)
    {
        StoredRow current = _rows[id];
        Changes++;
        RemoveFromIndexes(current.Entity);
        _rows.Remove(id);
        _order.Remove(current.Sequence);
        return current.Entity;
    }

    private void AddToIndexes(Entity row)
    {
        foreach (ColumnIndex index in _indexes.Values) index.Add(row);
        foreach (AlternateKeyIndex key in _keys) key.Add(row);
        foreach (PrefixIndex prefix in _prefixes.Values) prefix.Add(row);
    }

    private void RemoveFromIndexes(Entity row)
    {
        foreach (ColumnIndex index in _indexes.Values) index.Remove(row);
        foreach (AlternateKeyIndex key in _keys) key.Remove(row);
        foreach (PrefixIndex prefix in _prefixes.Values) prefix.Remove(row);
    }

    private sealed record StoredRow(Entity Entity, long Sequence);
}
