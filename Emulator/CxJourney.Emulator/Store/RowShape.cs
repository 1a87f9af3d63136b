using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Store;

/// <summary>
/// The columns a stored row holds, in the order it holds them: one instance per distinct column list of a table
/// (<see cref="RowShapes"/>), shared by every row with that list. A year of touchpoints, activities and jobs is a few
/// dozen shapes, so each row keeps only its values (<see cref="StoredRow"/>), not a dictionary of its own.
/// </summary>
internal sealed class RowShape
{
    private readonly Dictionary<string, int> _ordinals;

    public RowShape(string[] columns)
    {
        Columns = columns;
        _ordinals = new Dictionary<string, int>(columns.Length, StringComparer.Ordinal);
        for (int i = 0; i < columns.Length; i++) _ordinals.Add(columns[i], i);
    }

    public string[] Columns { get; }

    /// <summary>The column's position in the row's values, or -1 when rows of this shape do not hold it.</summary>
    public int OrdinalOf(string column) => _ordinals.TryGetValue(column, out int ordinal) ? ordinal : -1;
}

/// <summary>The shapes of one table's rows, one instance each. Not thread-safe: the store's lock guards it.</summary>
internal sealed class RowShapes
{
    private readonly Dictionary<ColumnList, RowShape> _shapes = new();

    /// <summary>The shared shape with exactly these columns in this order (a new shape is built only for a new list).</summary>
    public RowShape Of(string[] columns)
    {
        var key = new ColumnList(columns);
        if (_shapes.TryGetValue(key, out RowShape? shared)) return shared;
        var shape = new RowShape(columns);
        _shapes.Add(key, shape);
        return shape;
    }

    /// <summary>A column list compared by its names in order.</summary>
    private readonly struct ColumnList : IEquatable<ColumnList>
    {
        private readonly string[] _columns;
        private readonly int _hash;

        public ColumnList(string[] columns)
        {
            _columns = columns;
            var hash = new HashCode();
            foreach (string column in columns) hash.Add(column, StringComparer.Ordinal);
            _hash = hash.ToHashCode();
        }

        public bool Equals(ColumnList other)
        {
            if (other._hash != _hash || other._columns.Length != _columns.Length) return false;
            for (int i = 0; i < _columns.Length; i++)
            {
                if (!string.Equals(_columns[i], other._columns[i], StringComparison.Ordinal)) return false;
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is ColumnList other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
