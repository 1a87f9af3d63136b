using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Store;

/// <summary>An alternate key as the store enforces it: a name (for messages) and its columns.</summary>
public sealed record AlternateKeyDefinition(string LogicalName, string DisplayName, IReadOnlyList<string> Columns);

/// <summary>
/// What the store needs to know about a table to hold its rows: which columns get a lookup index
/// (so a query by a lookup never scans) and which alternate keys must stay unique. Built from the
/// table's metadata by the organization; the store itself knows nothing of metadata.
/// </summary>
public sealed record TableStorageDefinition(
    string LogicalName,
    IReadOnlyList<string> IndexedColumns,
    IReadOnlyList<AlternateKeyDefinition> AlternateKeys)
{
    public static TableStorageDefinition Plain(string logicalName) =>
        new(logicalName, Array.Empty<string>(), Array.Empty<AlternateKeyDefinition>());
}
