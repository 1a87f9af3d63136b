using System.Collections.Generic;

namespace CxJourney.SolutionModel.Metadata;

/// <summary>An alternate key: a set of columns whose values identify one row.</summary>
public sealed record AlternateKeyMetadata
{
    public required string LogicalName { get; init; }
    public required string SchemaName { get; init; }
    public string DisplayName { get; init; } = "";

    /// <summary>Logical names of the key's columns, in key order.</summary>
    public required IReadOnlyList<string> KeyAttributes { get; init; }

    public SourceLocation? Source { get; init; }

    public override string ToString() => $"{LogicalName} ({string.Join(", ", KeyAttributes)})";
}
