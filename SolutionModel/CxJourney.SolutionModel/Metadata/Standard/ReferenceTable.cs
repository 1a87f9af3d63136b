using System.Collections.Generic;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>
/// One table as Microsoft's table/column reference describes it, read from Reference/&lt;table&gt;.tsv
/// (the compact form transcribed from the reference pages; the file names its page and commit).
/// Table properties the page lacks are null.
/// </summary>
internal sealed record ReferenceTable
{
    public required string FileName { get; init; }
    public required string LogicalName { get; init; }
    public string? SchemaName { get; init; }
    public string? EntitySetName { get; init; }
    public string? PrimaryIdAttribute { get; init; }
    public string? PrimaryNameAttribute { get; init; }
    public int? ObjectTypeCode { get; init; }
    public TableOwnership? Ownership { get; init; }

    /// <summary>The page the facts come from (the file's "# page:" line).</summary>
    public string? Page { get; init; }

    public required IReadOnlyList<ReferenceColumn> Columns { get; init; }
    public required IReadOnlyList<ReferenceRelationship> Relationships { get; init; }
}

/// <summary>One column line of a reference file, with the line it came from.</summary>
internal sealed record ReferenceColumn
{
    public required int Line { get; init; }
    public required string LogicalName { get; init; }
    public required string SchemaName { get; init; }
    public required ColumnType Type { get; init; }

    /// <summary>The type as the page prints it (Virtual, Image, ... are kept here even when not loaded).</summary>
    public required string TypeName { get; init; }

    public required RequiredLevel RequiredLevel { get; init; }
    public required bool IsValidForCreate { get; init; }
    public required bool IsValidForUpdate { get; init; }
    public int? MaxLength { get; init; }
    public decimal? MinValue { get; init; }
    public decimal? MaxValue { get; init; }
    public int? Precision { get; init; }
    public string? Format { get; init; }
    public ColumnDateTimeBehavior? DateTimeBehavior { get; init; }

    /// <summary>Every target the page lists, including tables the local organization does not have.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    public int? DefaultValue { get; init; }
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
    public required string DisplayName { get; init; }
}

/// <summary>An @rel line: a one-to-many relationship whose referenced (one) side is the file's table.</summary>
internal sealed record ReferenceRelationship
{
    public required int Line { get; init; }
    public required string SchemaName { get; init; }
    public required string ReferencingTable { get; init; }
    public required string ReferencingAttribute { get; init; }
    public CascadeRule? Assign { get; init; }
    public CascadeRule? Delete { get; init; }
    public CascadeRule? Reparent { get; init; }
    public CascadeRule? Share { get; init; }
    public CascadeRule? Unshare { get; init; }
    public CascadeRule? Merge { get; init; }
}
