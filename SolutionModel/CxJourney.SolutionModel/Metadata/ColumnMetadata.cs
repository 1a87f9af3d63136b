using System;
using System.Collections.Generic;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata;

/// <summary>What the local organization knows about one column of a table.</summary>
public sealed record ColumnMetadata
{
    /// <summary>Lower-case name used in requests (firstname).</summary>
    public required string LogicalName { get; init; }

    /// <summary>Pascal-case name the solution files use (FirstName).</summary>
    public required string SchemaName { get; init; }

    public required ColumnType Type { get; init; }
    public string DisplayName { get; init; } = "";
    public string? Description { get; init; }
    public RequiredLevel RequiredLevel { get; init; } = RequiredLevel.None;

    /// <summary>String/memo format (text, email, phone, url, textarea...) or date format (date, datetime).</summary>
    public string? Format { get; init; }

    /// <summary>String and memo columns: the most characters a value may have.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Numeric columns: the inclusive range.</summary>
    public decimal? MinValue { get; init; }
    public decimal? MaxValue { get; init; }

    /// <summary>Decimal, double and money columns: digits after the point.</summary>
    public int? Precision { get; init; }

    public ColumnDateTimeBehavior? DateTimeBehavior { get; init; }

    /// <summary>Lookup, customer, owner and party-list columns: the tables a value may point at.</summary>
    public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();

    /// <summary>
    /// A lookup whose documented targets are all tables this organization lacks (contact.slaid -> sla):
    /// it reads and writes only null. Without it, a lookup with no targets may point at any table
    /// (asyncoperation.regardingobjectid).
    /// </summary>
    public bool HasNoKnownTarget { get; init; }

    /// <summary>Choice, boolean, state and status columns: the valid values.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = Array.Empty<ChoiceOption>();

    /// <summary>The option set's name; for a global choice the name the column refers to.</summary>
    public string? OptionSetName { get; init; }
    public bool IsGlobalChoice { get; init; }

    /// <summary>Choice and boolean columns: the value a new row gets when none is given, if any.</summary>
    public int? DefaultValue { get; init; }

    public bool IsValidForCreate { get; init; } = true;
    public bool IsValidForUpdate { get; init; } = true;
    public bool IsValidForRead { get; init; } = true;
    public bool IsPrimaryId { get; init; }
    public bool IsPrimaryName { get; init; }
    public bool IsCustom { get; init; }
    public bool IsSecured { get; init; }
    public string? AutoNumberFormat { get; init; }

    /// <summary>Where the column is defined in Solution/, or null for a built-in column.</summary>
    public SourceLocation? Source { get; init; }

    public bool IsLookup => Type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner;

    public bool HasOptions => Type is ColumnType.Picklist or ColumnType.MultiSelectPicklist
        or ColumnType.State or ColumnType.Status or ColumnType.Boolean;

    public bool TryGetOption(int value, out ChoiceOption option)
    {
        foreach (var candidate in Options)
        {
            if (candidate.Value == value)
            {
                option = candidate;
                return true;
            }
        }
        option = null!;
        return false;
    }

    public bool HasOption(int value) => TryGetOption(value, out _);

    public bool IsTarget(string tableLogicalName)
    {
        foreach (var target in Targets)
        {
            if (string.Equals(target, tableLogicalName, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public override string ToString() => $"{LogicalName} ({Type})";
}
