using System;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>What capture needs of an order, invoice or opportunity.</summary>
public sealed class CommerceSnapshot
{
    public CommerceSnapshot(string table, Guid id)
    {
        if (string.IsNullOrEmpty(table)) throw new ArgumentException("A table is required.", nameof(table));
        if (id == Guid.Empty) throw new ArgumentException("A record id is required.", nameof(id));
        Table = table;
        Id = id;
    }

    public string Table { get; }

    public Guid Id { get; }

    public string? Name { get; init; }

    /// <summary>customerid: an account or a contact.</summary>
    public RowRef? Customer { get; init; }

    /// <summary>An opportunity's contact (parentcontactid), preferred over an account customer.</summary>
    public RowRef? Contact { get; init; }

    public RowRef? Owner { get; init; }

    public DateTime? CreatedOn { get; init; }

    public DateTime? ModifiedOn { get; init; }

    public bool Is(string table) => string.Equals(Table, table, StringComparison.Ordinal);
}
