using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Store;

/// <summary>
/// The columns a stored row holds, in the order it holds them: one instance per distinct column list of a table
/// (<see cref="RowShapes"/>), shared by every row with that list. A year of touchpoints, activities and jobs is a few
/// dozen shapes, so each row keeps only its values (<see cref="StoredRow"/>), not a dictionary of its own.
/// </summary>
internal sealed class RowShape : IEquatable<RowShape>
{
    private readonly Dictionary<string, int> _ordinals;
    private readonly int _hash;

    public RowShape(string[] columns)
    {
        Columns = columns;
        _ordinals = new Dictionary<string, int>(columns.Length, StringComparer.Ordinal);
        var hash = new HashCode();
        for (int i = 0; i < columns.Length; i++)
        {
            _ordinals.Add(columns[i], i);
            hash.Add(columns[i], StringComparer.Ordinal);
        }
        _hash = hash.ToHashCode();
    }

    public string[] Columns { get; }

    /// <summary>The column's position in the row's values, or -1 when rows of this shape do not hold it.</summary>
    public int OrdinalOf(string column) => _ordinals.TryGetValue(column, out int ordinal) ? ordinal : -1;

    public bool Equals(RowShape? other)
    {
        if (other is null || other._hash != _hash || other.Columns.Length != Columns.Length) return false;
        for (int i = 0; i < Columns.Length; i++)
        {
            if (!string.Equals(Columns[i], other.Columns[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is RowShape other && Equals(other);

    public override int GetHashCode() => _hash;
}

/// <summary>The shapes of one table's rows, one instance each. Not thread-safe: the store's lock guards it.</summary>
internal sealed class RowShapes
{
    private readonly Dictionary<RowShape, RowShape> _shapes = new();

    /// <summary>The shared shape with exactly these columns in this order.</summary>
    public RowShape Of(string[] columns)
    {
        var candidate = new RowShape(columns);
        if (_shapes.TryGetValue(candidate, out RowShape? shared)) return shared;
        _shapes.Add(candidate, candidate);
        return candidate;
    }
}
