using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A row as the store keeps it: its id, insertion sequence, row version, shared column list and values. An SDK
/// Entity costs a dictionary per row (several times the size of the values it holds), so a stored row is this
/// array instead, and every read gets an Entity of its own (<see cref="ToEntity"/>) holding the same values.
/// Immutable: a write stores a new instance, so a reference copied out under the lock stays a committed row.
/// The values are never changed in place either (reads that leave the organization copy them, <see cref="RowCopy"/>).
/// </summary>
internal sealed class StoredRow
{
    private readonly object?[] _values;

    private StoredRow(string logicalName, Guid id, int sequence, string? rowVersion, RowShape shape, object?[] values)
    {
        LogicalName = logicalName;
        Id = id;
        Sequence = sequence;
        RowVersion = rowVersion;
        Shape = shape;
        _values = values;
    }

    public string LogicalName { get; }

    public Guid Id { get; }

    public int Sequence { get; }

    public string? RowVersion { get; }

    public RowShape Shape { get; }

    /// <summary>The row's columns and version, as the entity handed to the store holds them (its other parts are not stored).</summary>
    public static StoredRow From(Entity row, int sequence, RowShapes shapes)
    {
        AttributeCollection attributes = row.Attributes;
        var columns = new string[attributes.Count];
        var values = new object?[attributes.Count];
        int i = 0;
        foreach (KeyValuePair<string, object?> attribute in attributes)
        {
            columns[i] = attribute.Key;
            values[i] = attribute.Value;
            i++;
        }
        return new StoredRow(row.LogicalName, row.Id, sequence, row.RowVersion, shapes.Of(columns), values);
    }

    /// <summary>The same row filed under another sequence (a rolled-back delete puts it back where it was).</summary>
    public StoredRow WithSequence(int sequence) =>
        sequence == Sequence ? this : new StoredRow(LogicalName, Id, sequence, RowVersion, Shape, _values);

    public bool TryGetValue(string column, out object? value)
    {
        int ordinal = Shape.OrdinalOf(column);
        if (ordinal < 0)
        {
            value = null;
            return false;
        }
        value = _values[ordinal];
        return true;
    }

    /// <summary>A new Entity with the row's columns (the stored value instances, not copies) and version.</summary>
    public Entity ToEntity()
    {
        var entity = new Entity(LogicalName, Id) { RowVersion = RowVersion };
        AttributeCollection attributes = entity.Attributes;
        string[] columns = Shape.Columns;
        for (int i = 0; i < columns.Length; i++) attributes.Add(columns[i], _values[i]);
        return entity;
    }
}
