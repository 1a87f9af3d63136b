using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A row as the store keeps it: its id, insertion sequence, row version, shared column list and values. An SDK
/// Entity costs a dictionary per row (several times the size of the values it holds), so a stored row is this
/// array instead, and every read gets an Entity of its own (<see cref="ToEntity"/>) holding the same values.
/// Immutable: a write stores a new instance, so a reference copied out under the lock stays a committed row.
/// The values are never changed in place either (reads that leave the organization copy them, <see cref="RowCopy"/>).
/// </summary>
internal sealed class StoredRow : RowView
{
    private const string VersionNumber = "versionnumber";

    // Stands for the row's own id in its primary key column (and any other column holding it): boxed again per read
    // instead of a boxed Guid kept per row.
    private static readonly object OwnId = new();

    private readonly object?[] _values;
    // The row version as given, or null when it is the versionnumber column's value written out (every row the
    // organization writes): then it is written out again on each read rather than kept as a string per row.
    private readonly string? _rowVersion;
    private readonly bool _versionFromNumber;

    private StoredRow(string logicalName, Guid id, int sequence, string? rowVersion, bool versionFromNumber, RowShape shape, object?[] values)
    {
        LogicalName = logicalName;
        Id = id;
        Sequence = sequence;
        _rowVersion = rowVersion;
        _versionFromNumber = versionFromNumber;
        Shape = shape;
        _values = values;
    }

    public override string LogicalName { get; }

    public override Guid Id { get; }

    public int Sequence { get; }

    public override string? RowVersion =>
        _versionFromNumber && TryGetValue(VersionNumber, out object? number) && number is long version
            ? version.ToString(CultureInfo.InvariantCulture)
            : _rowVersion;

    public RowShape Shape { get; }

    /// <summary>
    /// The row's columns and version, as the entity handed to the store holds them (its other parts are not stored);
    /// a plain list of entities in a column is kept as a <see cref="StoredCollection"/>.
    /// </summary>
    public static StoredRow From(Entity row, int sequence, RowShapes shapes)
    {
        AttributeCollection attributes = row.Attributes;
        var columns = new string[attributes.Count];
        var values = new object?[attributes.Count];
        int i = 0;
        foreach (KeyValuePair<string, object?> attribute in attributes)
        {
            columns[i] = attribute.Key;
            values[i] = attribute.Value switch
            {
                EntityCollection collection when StoredCollection.TryFrom(collection, shapes) is StoredCollection stored => stored,
                Guid id when id == row.Id && id != Guid.Empty => OwnId,
                _ => attribute.Value,
            };
            i++;
        }
        string? rowVersion = row.RowVersion;
        bool fromNumber = rowVersion is not null && attributes.TryGetValue(VersionNumber, out object? number) && number is long version
            && IsWrittenOut(version, rowVersion);
        return new StoredRow(row.LogicalName, row.Id, sequence, fromNumber ? null : rowVersion, fromNumber, shapes.Of(columns), values);
    }

    private static bool IsWrittenOut(long number, string text)
    {
        Span<char> digits = stackalloc char[20];
        return number.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture) && digits[..length].SequenceEqual(text);
    }

    /// <summary>The same row filed under another sequence (a rolled-back delete puts it back where it was).</summary>
    public StoredRow WithSequence(int sequence) =>
        sequence == Sequence ? this : new StoredRow(LogicalName, Id, sequence, _rowVersion, _versionFromNumber, Shape, _values);

    /// <summary>The stored value of a column (an EntityCollection's is its <see cref="StoredCollection"/>, which no index files).</summary>
    public bool TryGetValue(string column, out object? value)
    {
        int ordinal = Shape.OrdinalOf(column);
        if (ordinal < 0)
        {
            value = null;
            return false;
        }
        value = _values[ordinal] == OwnId ? Id : _values[ordinal];
        return true;
    }

    /// <summary>The column's value as an Entity of the row holds it (a party list rebuilt as an EntityCollection).</summary>
    public override bool TryGetColumn(string column, out object? value)
    {
        int ordinal = Shape.OrdinalOf(column);
        if (ordinal < 0)
        {
            value = null;
            return false;
        }
        value = ValueAt(ordinal);
        return true;
    }

    public override IEnumerable<KeyValuePair<string, object?>> Columns()
    {
        string[] columns = Shape.Columns;
        for (int i = 0; i < columns.Length; i++) yield return new KeyValuePair<string, object?>(columns[i], ValueAt(i));
    }

    /// <summary>A new Entity with the row's columns (the stored value instances, not copies) and version.</summary>
    public override Entity ToEntity()
    {
        string[] columns = Shape.Columns;
        Entity entity = PresizedAttributes.Entity(LogicalName, Id, columns.Length);
        entity.RowVersion = RowVersion;
        AttributeCollection attributes = entity.Attributes;
        for (int i = 0; i < columns.Length; i++) attributes.Add(columns[i], ValueAt(i));
        return entity;
    }

    private object? ValueAt(int ordinal)
    {
        object? value = _values[ordinal];
        if (value is StoredCollection collection) return collection.ToCollection();
        return value == OwnId ? Id : value;
    }
}
