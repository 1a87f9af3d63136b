using System;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>A row by table and id, free of SDK types: a party, a regarding record, a customer.</summary>
public sealed class RowRef : IEquatable<RowRef>
{
    public RowRef(string table, Guid id)
    {
        if (string.IsNullOrEmpty(table)) throw new ArgumentException("A table is required.", nameof(table));
        Table = table;
        Id = id;
    }

    public string Table { get; }

    public Guid Id { get; }

    public bool Is(string table) => string.Equals(Table, table, StringComparison.Ordinal);

    public bool Equals(RowRef? other) => other is not null && Id == other.Id && Is(other.Table);

    public override bool Equals(object? obj) => obj is RowRef other && Equals(other);

    public override int GetHashCode() => Id.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(Table);

    public override string ToString() => Table + " " + Id.ToString("D");
}
