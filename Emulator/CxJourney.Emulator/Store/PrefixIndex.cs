using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A text column's values in folded order (<see cref="TextFold"/>), so that the rows whose value begins with a
/// prefix are one ordered range: what a begins-with or a <c>like 'abc%'</c> can match, found without reading the
/// rest of the table. Built the first time a query seeks the column by prefix (<see cref="TableRows.FindByPrefix"/>)
/// and kept up to date with the table from then on.
/// </summary>
internal sealed class PrefixIndex
{
    private readonly SortedSet<Entry> _entries = new(EntryComparer.Instance);

    public PrefixIndex(string column) { Column = column; }

    public string Column { get; }

    public void Add(StoredRow row)
    {
        if (KeyOf(row) is string key) _entries.Add(new Entry(key, row.Id, 0));
    }

    public void Remove(StoredRow row)
    {
        if (KeyOf(row) is string key) _entries.Remove(new Entry(key, row.Id, 0));
    }

    /// <summary>The ids of the rows whose folded value starts with the folded prefix (ordinal), in value order.</summary>
    public List<Guid> Find(string foldedPrefix)
    {
        var ids = new List<Guid>();
        if (_entries.Count == 0) return ids;
        foreach (Entry entry in _entries.GetViewBetween(new Entry(foldedPrefix, Guid.Empty, -1), new Entry(foldedPrefix, Guid.Empty, 1)))
            ids.Add(entry.Id);
        return ids;
    }

    private string? KeyOf(StoredRow row) =>
        row.TryGetValue(Column, out object? value) && value is string text ? TextFold.Fold(text) : null;

    /// <summary>A stored value, or a bound of a prefix range: Bound -1 sorts before every value starting with Text, +1 after.</summary>
    private readonly record struct Entry(string Text, Guid Id, sbyte Bound);

    private sealed class EntryComparer : IComparer<Entry>
    {
        public static readonly EntryComparer Instance = new();

        public int Compare(Entry x, Entry y)
        {
            if (x.Bound > 0) return UpperBoundAgainst(x, y);
            if (y.Bound > 0) return -UpperBoundAgainst(y, x);
            int byText = string.CompareOrdinal(x.Text, y.Text);
            if (byText != 0) return byText;
            int byBound = x.Bound.CompareTo(y.Bound);
            return byBound != 0 ? byBound : x.Id.CompareTo(y.Id);
        }

        /// <summary>
        /// The upper bound of a prefix's range against another entry: after every entry starting with the prefix
        /// (they are contiguous in ordinal order), otherwise placed as the prefix itself is.
        /// </summary>
        private static int UpperBoundAgainst(Entry bound, Entry other)
        {
            if (other.Text.StartsWith(bound.Text, StringComparison.Ordinal))
                return other.Bound > 0 && other.Text.Length == bound.Text.Length ? 0 : 1;
            return string.CompareOrdinal(bound.Text, other.Text);
        }
    }
}
