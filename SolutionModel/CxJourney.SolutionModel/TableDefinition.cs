using System;
using System.Collections.Generic;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel;

/// <summary>
/// A table as Entities/&lt;SchemaName&gt;/Entity.xml defines it. For a standard table the file
/// carries only the columns the solution adds (<see cref="IsPartial"/>); for a custom table it
/// carries the whole definition.
/// </summary>
public sealed record TableDefinition
{
    public required string SchemaName { get; init; }

    /// <summary>The schema name in lower case.</summary>
    public required string LogicalName { get; init; }
    public string DisplayName { get; init; } = "";
    public string DisplayCollectionName { get; init; } = "";
    public string? Description { get; init; }
    public string? EntitySetName { get; init; }

    /// <summary>Null when the file does not say (a partial definition of a standard table).</summary>
    public TableOwnership? Ownership { get; init; }
    public bool IsActivity { get; init; }

    /// <summary>True when the file only adds columns to a table defined elsewhere (no &lt;OwnershipTypeMask&gt;).</summary>
    public bool IsPartial { get; init; }

    public required IReadOnlyList<ColumnDefinition> Columns { get; init; }
    public IReadOnlyList<AlternateKeyDefinition> AlternateKeys { get; init; } = Array.Empty<AlternateKeyDefinition>();

    /// <summary>Files beside Entity.xml, relative to the solution folder (forms, views, ribbon).</summary>
    public IReadOnlyList<string> FormFiles { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> SavedQueryFiles { get; init; } = Array.Empty<string>();
    public string? RibbonDiffFile { get; init; }

    public required SourceLocation Source { get; init; }

    public override string ToString() => LogicalName;
}

/// <summary>One &lt;attribute&gt; of an Entity.xml, with its type already classified.</summary>
public sealed record ColumnDefinition
{
    /// <summary>The PhysicalName attribute (schema name).</summary>
    public required string SchemaName { get; init; }
    public required string LogicalName { get; init; }

    /// <summary>The &lt;Type&gt; text as written (nvarchar, lookup, primarykey...).</summary>
    public required string TypeCode { get; init; }
    public required ColumnType Type { get; init; }
    public string DisplayName { get; init; } = "";
    public string? Description { get; init; }
    public RequiredLevel RequiredLevel { get; init; }
    public string? Format { get; init; }
    public int? MaxLength { get; init; }
    public decimal? MinValue { get; init; }
    public decimal? MaxValue { get; init; }
    public int? Precision { get; init; }
    public ColumnDateTimeBehavior? DateTimeBehavior { get; init; }
    public bool IsPrimaryId { get; init; }
    public bool IsPrimaryName { get; init; }
    public bool IsCustom { get; init; }
    public bool IsSecured { get; init; }
    public bool IsValidForCreate { get; init; } = true;
    public bool IsValidForUpdate { get; init; } = true;
    public bool IsValidForRead { get; init; } = true;
    public string? AutoNumberFormat { get; init; }

    /// <summary>The column's own option set (local choice, boolean, state, status), or null.</summary>
    public OptionSetDefinition? LocalOptionSet { get; init; }

    /// <summary>The global choice the column uses (&lt;OptionSetName&gt;), or null.</summary>
    public string? GlobalOptionSetName { get; init; }

    /// <summary>&lt;AppDefaultValue&gt; of a choice or boolean column (-1 means none).</summary>
    public int? DefaultValue { get; init; }

    /// <summary>Object type codes in &lt;LookupTypes&gt; (owner columns list 8 systemuser and 9 team).</summary>
    public IReadOnlyList<int> LookupTypeCodes { get; init; } = Array.Empty<int>();

    public required SourceLocation Source { get; init; }

    public override string ToString() => $"{LogicalName} ({TypeCode})";
}

/// <summary>An &lt;EntityKey&gt; (alternate key) of an Entity.xml.</summary>
public sealed record AlternateKeyDefinition
{
    public required string SchemaName { get; init; }
    public required string LogicalName { get; init; }
    public string DisplayName { get; init; } = "";
    public required IReadOnlyList<string> KeyAttributes { get; init; }
    public required SourceLocation Source { get; init; }
}
