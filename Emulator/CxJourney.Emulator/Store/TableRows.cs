using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// The stored rows of one table (<see cref="StoredRow"/>: values over a shared column list): a primary-key dictionary,
/// each row's insertion sequence (so that a rolled-back delete puts the row back where it was), and the table's
/// lookup and alternate-key indexes, and the prefix indexes of the text columns queried by prefix. Reads return the
/// stored rows; the organization's store makes the Entities. Not thread-safe: the organization's lock guards it.
/// </summary>
internal sealed class TableRows
{
    private readonly Dictionary<Guid, StoredRow> _rows = new();
    // Every row by its insertion sequence (null where a row was removed): the insertion order of a scan, and what the
    // indexes' sequences resolve to.
    private readonly List<StoredRow?> _bySequence = new();
    private readonly RowShapes _shapes = new();
    private readonly Dictionary<string, ColumnIndex> _indexes = new(StringComparer.Ordinal);
    private readonly List<AlternateKeyIndex> _keys = new();
    private readonly Dictionary<string, PrefixIndex> _prefixes = new(StringComparer.Ordinal);

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

    public StoredRow? FindStored(Guid id) => _rows.TryGetValue(id, out StoredRow? row) ? row : null;

    /// <summary>The stored rows in insertion order (a copy of the references: rows are immutable).</summary>
    public StoredRow[] ScanStored()
    {
        var rows = new StoredRow[_rows.Count];
        int i = 0;
        foreach (StoredRow? row in _bySequence)
        {
            if (row is not null) rows[i++] = row;
        }
        return rows;
    }

    public IEnumerable<Entity> Scan()
    {
        foreach (StoredRow row in ScanStored()) yield return row.ToEntity();
    }

    public bool HasIndex(string column) => _indexes.ContainsKey(column);

    public bool HasPrefixIndex(string column) => _prefixes.ContainsKey(column);

    public List<StoredRow>? FindByIndex(string column, object? value)
    {
        if (!_indexes.TryGetValue(column, out ColumnIndex? index)) return null;
        var result = new List<StoredRow>();
        foreach (int sequence in index.Find(value)) result.Add(_bySequence[sequence]!);
        return result;
    }

    /// <summary>
    /// Rows whose text in the column begins with the prefix (folded, see <see cref="TextFold"/>): a superset of what
    /// a pattern starting with that literal can match. The column's prefix index is built on the first such seek
    /// (one pass over the table) and maintained with every write after, so only the columns queries actually seek
    /// by prefix pay for one.
    /// </summary>
    public List<StoredRow> FindByPrefix(string column, string foldedPrefix)
    {
        if (!_prefixes.TryGetValue(column, out PrefixIndex? index))
        {
            index = new PrefixIndex(column);
            foreach (StoredRow stored in _rows.Values) index.Add(stored);
            _prefixes.Add(column, index);
        }
        List<Guid> ids = index.Find(foldedPrefix);
        var result = new List<StoredRow>(ids.Count);
        foreach (Guid id in ids) result.Add(_rows[id]);
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

    /// <summary>Stores a new row from the entity's columns and version.</summary>
    public void Insert(Entity row) => Insert(StoredRow.From(row, _bySequence.Count, _shapes));

    /// <summary>Puts a stored row back (a rolled-back delete) under its own sequence, or files a new one.</summary>
    public void Insert(StoredRow row)
    {
        if (_rows.ContainsKey(row.Id)) throw new InvalidOperationException($"The {row.LogicalName} row {row.Id} is stored already.");
        while (_bySequence.Count <= row.Sequence) _bySequence.Add(null);
        if (_bySequence[row.Sequence] is not null) throw new InvalidOperationException($"Sequence {row.Sequence} of {row.LogicalName} is taken.");
        Changes++;
        _rows.Add(row.Id, row);
        _bySequence[row.Sequence] = row;
        AddToIndexes(row);
    }

    /// <summary>Replaces the row with the entity's columns and version; returns the row it replaced.</summary>
    public StoredRow Replace(Entity row)
    {
        StoredRow current = _rows[row.Id];
        Replace(StoredRow.From(row, current.Sequence, _shapes));
        return current;
    }

    /// <summary>Puts a stored row in place of the one with its id (a rolled-back update).</summary>
    public void Replace(StoredRow row)
    {
        StoredRow current = _rows[row.Id];
        Changes++;
        row = row.WithSequence(current.Sequence);
        _rows[row.Id] = row;
        _bySequence[row.Sequence] = row;
        // An update rewrites the whole row but seldom its lookups: an index whose key did not change is left alone.
        foreach (ColumnIndex index in _indexes.Values)
        {
            if (index.SameKey(current, row)) continue;
            index.Remove(current);
            index.Add(row);
        }
        foreach (AlternateKeyIndex key in _keys) key.Remove(current);
        foreach (PrefixIndex prefix in _prefixes.Values) prefix.Remove(current);
        foreach (AlternateKeyIndex key in _keys) key.Add(row);
        foreach (PrefixIndex prefix in _prefixes.Values) prefix.Add(row);
    }

    public StoredRow Remove(Guid id)
    {
        StoredRow current = _rows[id];
        Changes++;
        RemoveFromIndexes(current);
        _rows.Remove(id);
        _bySequence[current.Sequence] = null;
        return current;
    }

    private void AddToIndexes(StoredRow row)
    {
        foreach (ColumnIndex index in _indexes.Values) index.Add(row);
        foreach (AlternateKeyIndex key in _keys) key.Add(row);
        foreach (PrefixIndex prefix in _prefixes.Values) prefix.Add(row);
    }

    private void RemoveFromIndexes(StoredRow row)
    {
        foreach (ColumnIndex index in _indexes.Values) index.Remove(row);
        foreach (AlternateKeyIndex key in _keys) key.Remove(row);
        foreach (PrefixIndex prefix in _prefixes.Values) prefix.Remove(row);
    }
}
