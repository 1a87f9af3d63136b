using System;
using System.Collections.Generic;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// Checks a value written to a column against the column's metadata and turns it into the form
/// the store keeps: the right .NET type for the column type, strings within MaxLength, choice
/// values among the column's options, lookups pointing at one of the column's target tables and
/// at a row that exists (Dataverse enforces lookups as foreign keys), dates in UTC to the second.
/// </summary>
internal sealed class ColumnValues
{
    /// <summary>The earliest date Dataverse's date and time columns accept.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute
    public static readonly DateTime MinimumDate = new(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly OrganizationCore _core;

    public ColumnValues(OrganizationCore core) { _core = core; }

    /// <summary>The value to store, or a fault saying why the value does not fit the column.</summary>
    public object? Prepare(TableMetadata table, ColumnMetadata column, object? value)
    {
        if (value is null)
        {
            if (column.RequiredLevel == RequiredLevel.SystemRequired && !SystemColumns.IsPlatformManaged(column.LogicalName))
            {
                throw RecordFaults.CannotBeNull(column);
            }
            return null;
        }

        string tableName = table.LogicalName;
        switch (column.Type)
        {
            case ColumnType.String:
            case ColumnType.Memo:
                if (value is not string text) throw RecordFaults.WrongType(tableName, column, value);
                if (column.MaxLength is int max && text.Length > max) throw RecordFaults.StringTooLong(tableName, column);
                return text;

            case ColumnType.EntityName:
                if (value is not string name) throw RecordFaults.WrongType(tableName, column, value);
                return name;

            case ColumnType.Integer:
                return value is int whole ? InRange(tableName, column, whole, value) : throw RecordFaults.WrongType(tableName, column, value);

            case ColumnType.BigInt:
                return value switch
                {
                    long big => InRange(tableName, column, big, value),
                    int number => InRange(tableName, column, number, (long)number),
                    _ => throw RecordFaults.WrongType(tableName, column, value),
                };

            case ColumnType.Decimal:
                return value is decimal exact ? InRange(tableName, column, exact, value) : throw RecordFaults.WrongType(tableName, column, value);

            case ColumnType.Double:
                return value is double real
                    ? InRange(tableName, column, double.IsFinite(real) && Math.Abs(real) < 7.9e28 ? (decimal)real : real > 0 ? decimal.MaxValue : decimal.MinValue, value)
                    : throw RecordFaults.WrongType(tableName, column, value);

            case ColumnType.Money:
                return value is Money money ? InRange(tableName, column, money.Value, new Money(money.Value)) : throw RecordFaults.WrongType(tableName, column, value);

            case ColumnType.Boolean:
                return value is bool ? value : throw RecordFaults.WrongType(tableName, column, value);

            case ColumnType.DateTime:
                if (value is not DateTime moment) throw RecordFaults.WrongType(tableName, column, value);
                return NormalizeDate(tableName, column, moment);

            case ColumnType.Uniqueidentifier:
                return value is Guid ? value : throw RecordFaults.WrongType(tableName, column, value);

            case ColumnType.Picklist:
            case ColumnType.State:
            case ColumnType.Status:
                if (value is not OptionSetValue option) throw RecordFaults.WrongType(tableName, column, value);
                if (column.Options.Count > 0 && !column.HasOption(option.Value)) throw RecordFaults.OptionOutOfRange(tableName, column, option.Value);
                return new OptionSetValue(option.Value);

            case ColumnType.MultiSelectPicklist:
                if (value is not OptionSetValueCollection options) throw RecordFaults.WrongType(tableName, column, value);
                var copy = new OptionSetValueCollection();
                foreach (OptionSetValue item in options)
                {
                    if (column.Options.Count > 0 && !column.HasOption(item.Value)) throw RecordFaults.OptionOutOfRange(tableName, column, item.Value);
                    copy.Add(new OptionSetValue(item.Value));
                }
                return copy;

            case ColumnType.Lookup:
            case ColumnType.Customer:
            case ColumnType.Owner:
                if (value is not EntityReference reference) throw RecordFaults.WrongType(tableName, column, value);
                return PrepareLookup(tableName, column, reference);

            case ColumnType.PartyList:
                if (value is not EntityCollection parties) throw RecordFaults.WrongType(tableName, column, value);
                return RowCopy.CloneValue(parties);

            case ColumnType.Image:
            case ColumnType.File:
                return value is byte[] bytes ? bytes.Clone() : value;

            default:
                return RowCopy.CloneValue(value);
        }
    }

    /// <summary>A number within the column's MinValue..MaxValue, else the platform's validation fault.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/entity-attribute-metadata#integer-columns (MinValue, MaxValue)
    private static object InRange(string table, ColumnMetadata column, decimal number, object stored)
    {
        if ((column.MinValue is decimal min && number < min) || (column.MaxValue is decimal max && number > max))
            throw RecordFaults.NumberOutOfRange(table, column, number);
        return stored;
    }

    /// <summary>
    /// Date and time values lose their milliseconds, as Dataverse keeps seconds. UserLocal values
    /// are stored in UTC: a Local value is converted; an Unspecified one is read in the user's time
    /// zone, which is UTC for every user of the local organization. DateOnly keeps the date.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute
    public static DateTime NormalizeDate(DateTime value)
    {
        DateTime utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    private static DateTime NormalizeDate(string table, ColumnMetadata column, DateTime value)
    {
        DateTime stored = column.DateTimeBehavior switch
        {
            ColumnDateTimeBehavior.DateOnly => DateTime.SpecifyKind(value.Date, DateTimeKind.Utc),
            ColumnDateTimeBehavior.TimeZoneIndependent => NormalizeDate(DateTime.SpecifyKind(value, DateTimeKind.Utc)),
            _ => NormalizeDate(value),
        };
        if (stored < MinimumDate) throw RecordFaults.DateOutOfRange(table, column, value);
        return stored;
    }

    private EntityReference PrepareLookup(string table, ColumnMetadata column, EntityReference reference)
    {
        // A standard lookup keeps only the targets this organization has (the reference may list
        // tables it lacks, e.g. contact.slaid -> sla): a value pointing anywhere else is refused.
        if (string.IsNullOrEmpty(reference.LogicalName) || column.HasNoKnownTarget || (column.Targets.Count > 0 && !column.IsTarget(reference.LogicalName)))
        {
            throw RecordFaults.NotALookupTarget(table, column, reference);
        }
        Guid id = _core.ResolveReference(reference);
        return new EntityReference(reference.LogicalName, id);
    }

    /// <summary>
    /// Every column value of an entity, prepared; unknown columns fault with the platform's
    /// message. Values for columns the operation may not set (IsValidForCreate/IsValidForUpdate
    /// false, such as createdon) are dropped unchecked, as the platform ignores them; a seed keeps them.
    /// </summary>
    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createrequest.target ("If the entity instance
    // includes properties where IsValidForCreate is false, the values are ignored."; UpdateRequest.Target: IsValidForUpdate)
    public Dictionary<string, object?> PrepareAll(TableMetadata table, Entity entity, WriteIntent intent)
    {
        var prepared = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> attribute in entity.Attributes)
        {
            if (!table.TryGetColumn(attribute.Key, out ColumnMetadata? column)) throw RecordFaults.UnknownColumn(table.LogicalName, attribute.Key);
            bool settable = intent switch
            {
                WriteIntent.Create => column.IsValidForCreate || column.IsPrimaryId || column.LogicalName == table.PrimaryIdAttribute,
                WriteIntent.Update => column.IsValidForUpdate || column.IsPrimaryId || column.LogicalName == table.PrimaryIdAttribute,
                _ => true,
            };
            if (settable) prepared[attribute.Key] = Prepare(table, column, attribute.Value);
        }
        return prepared;
    }
}
