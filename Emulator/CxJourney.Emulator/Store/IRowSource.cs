using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Store;

/// <summary>
/// What the query evaluator may read from the store. The evaluator never writes, and never
/// copies a row it will not return: rows handed out here are views of the stored rows (<see cref="RowView"/>,
/// no Entity each) holding the stored value instances, so the evaluator must clone what it projects.
/// </summary>
public interface IRowSource
{
    /// <summary>Every stored row of a table, in insertion order (Dataverse's default order is by primary key, which the evaluator applies).</summary>
    IEnumerable<RowView> Scan(string tableLogicalName);

    /// <summary>A row by primary key, or null; O(1).</summary>
    RowView? Find(string tableLogicalName, Guid id);

    /// <summary>
    /// Rows whose column equals the value, through an index, or null when the column has no index
    /// (the evaluator then scans). Lookups and alternate-key columns are indexed.
    /// </summary>
    IReadOnlyCollection<RowView>? FindByIndex(string tableLogicalName, string columnLogicalName, object value);

    /// <summary>
    /// Rows whose text in the column, folded (<see cref="TextFold"/>), begins with the folded prefix, or null when the
    /// table is not stored. A superset of what a LIKE pattern starting with that literal matches: the evaluator still
    /// applies the whole condition. The store builds the column's prefix index on first use.
    /// </summary>
    IReadOnlyCollection<RowView>? FindByPrefix(string tableLogicalName, string columnLogicalName, string foldedPrefix);

    /// <summary>
    /// One column of a row by primary key (the stored instance: read it, never change it), or null when the row or the
    /// column is absent; a store answers without making an Entity of the whole row.
    /// </summary>
    object? ValueOf(string tableLogicalName, Guid id, string columnLogicalName) =>
        Find(tableLogicalName, id) is RowView row && row.TryGetColumn(columnLogicalName, out object? value) ? value : null;

    /// <summary>How many rows a table holds.</summary>
    int Count(string tableLogicalName);
}
