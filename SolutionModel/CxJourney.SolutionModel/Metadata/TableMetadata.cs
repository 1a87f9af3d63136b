using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata;

/// <summary>What the local organization knows about one table: names, keys, columns and states.</summary>
public sealed class TableMetadata
{
    private readonly Dictionary<string, ColumnMetadata> _columnsByName;
    private readonly IReadOnlyList<ColumnMetadata> _columns;

    public TableMetadata(IReadOnlyList<ColumnMetadata> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = columns;
        _columnsByName = new Dictionary<string, ColumnMetadata>(columns.Count, StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (!_columnsByName.TryAdd(column.LogicalName, column))
                throw new ArgumentException($"Column '{column.LogicalName}' appears twice.", nameof(columns));
        }
    }

    public required string LogicalName { get; init; }
    public required string SchemaName { get; init; }

    /// <summary>The Web API collection name (contacts, incidents, cx_journeys).</summary>
    public required string EntitySetName { get; init; }

    public required string PrimaryIdAttribute { get; init; }

    /// <summary>The column shown as the row's name; null for tables without one (activityparty).</summary>
    public string? PrimaryNameAttribute { get; init; }

    public string DisplayName { get; init; } = "";
    public string DisplayCollectionName { get; init; } = "";
    public string? Description { get; init; }
    public TableOwnership Ownership { get; init; } = TableOwnership.UserOwned;
    public bool IsActivity { get; init; }
    public bool IsCustom { get; init; }

    /// <summary>The platform's fixed type code for a standard table; null for a custom table.</summary>
    public int? ObjectTypeCode { get; init; }

    public IReadOnlyList<AlternateKeyMetadata> AlternateKeys { get; init; } = Array.Empty<AlternateKeyMetadata>();

    /// <summary>statecode values with their statuses; empty for tables without statecode.</summary>
    public IReadOnlyList<TableState> States { get; init; } = Array.Empty<TableState>();

    /// <summary>Where the table is defined in Solution/ (the Entity.xml), or null for a built-in table.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Every column, in definition order.</summary>
    public IReadOnlyList<ColumnMetadata> Columns => _columns;

    public bool HasStates => States.Count > 0;

    public bool HasColumn(string logicalName) => _columnsByName.ContainsKey(logicalName);

    public bool TryGetColumn(string logicalName, [NotNullWhen(true)] out ColumnMetadata? column)
        => _columnsByName.TryGetValue(logicalName, out column);

    /// <summary>The column, or <see cref="UnknownColumnException"/> (names match exactly).</summary>
    public ColumnMetadata GetColumn(string logicalName)
        => _columnsByName.TryGetValue(logicalName, out var column)
            ? column
            : throw new UnknownColumnException(LogicalName, logicalName);

    public ColumnMetadata PrimaryIdColumn => GetColumn(PrimaryIdAttribute);

    public bool TryGetState(int state, [NotNullWhen(true)] out TableState? tableState)
    {
        foreach (var candidate in States)
        {
            if (candidate.Value == state)
            {
                tableState = candidate;
                return true;
            }
        }
        tableState = null;
        return false;
    }

    /// <summary>The statuscode a row gets when set to <paramref name="state"/> without one; null if the state is unknown.</summary>
    public int? GetDefaultStatus(int state) => TryGetState(state, out var s) ? s.DefaultStatus : null;

    /// <summary>The state a statuscode value belongs to; null if no state lists it.</summary>
    public int? GetStateOfStatus(int status)
    {
        foreach (var state in States)
        {
            foreach (var candidate in state.Statuses)
            {
                if (candidate == status) return state.Value;
            }
        }
        return null;
    }

    /// <summary>Whether the status is one of the state's statuses.</summary>
    public bool IsValidStatus(int state, int status)
        => TryGetState(state, out var s) && Contains(s.Statuses, status);

    public AlternateKeyMetadata? FindAlternateKey(string logicalName)
    {
        foreach (var key in AlternateKeys)
        {
            if (string.Equals(key.LogicalName, logicalName, StringComparison.Ordinal)) return key;
        }
        return null;
    }

    public override string ToString() => LogicalName;

    private static bool Contains(IReadOnlyList<int> values, int value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value) return true;
        }
        return false;
    }
}
