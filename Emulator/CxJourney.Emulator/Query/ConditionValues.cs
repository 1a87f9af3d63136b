using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Converts condition values (typed SDK values, or FetchXML strings) to the comparable scalar of the column's type,
/// failing the way Dataverse does when a value cannot be read as that type.
/// </summary>
internal static class ConditionValues
{
    /// <summary>
    /// Flattens arrays and lists passed as one value (<c>new ConditionExpression("x", In, new[] { 1, 2 })</c>
    /// binds the array to the single <c>params</c> slot).
    /// </summary>
    public static List<object?> Flatten(IReadOnlyList<object?> values)
    {
        var flat = new List<object?>(values.Count);
        foreach (object? value in values)
        {
            if (value is IEnumerable sequence and not string and not byte[] and not OptionSetValueCollection)
            {
                foreach (object? item in sequence) flat.Add(item);
            }
            else
            {
                flat.Add(value);
            }
        }

        return flat;
    }

    public static object? ToColumnType(object? value, QueryColumnInfo column, string tableName)
    {
        if (value is null) return null;
        object? converted = column.Kind switch
        {
            ColumnKind.Lookup or ColumnKind.UniqueIdentifier => ToGuid(value),
            ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status or ColumnKind.MultiSelectPicklist
                or ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Decimal or ColumnKind.Money => ToDecimal(value),
            ColumnKind.Double => ToDouble(value),
            ColumnKind.Boolean => ToBoolean(value),
            ColumnKind.DateTime => ToDate(value),
            // A record reference is not text: comparing a text column to a lookup value is refused, not matched on the guid's digits.
            ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName => value is EntityReference or Entity ? null : ToText(value),
            _ => QueryValues.Normalize(value),
        };
        return converted ?? throw TypeMismatch(tableName, column, value);
    }

    public static string? ToText(object value) => value switch
    {
        string s => s,
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        EntityReference reference => reference.Id.ToString(),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static int? ToCount(object? value)
    {
        decimal? number = value is null ? null : ToDecimal(value);
        if (number is null || number.Value != decimal.Truncate(number.Value) || number.Value < 0 || number.Value > int.MaxValue) return null;
        return (int)number.Value;
    }

    public static DateTime? ToDate(object value)
    {
        switch (value)
        {
            case DateTime dt:
                return QueryValues.ToUtc(dt);
            case DateTimeOffset dto:
                return dto.UtcDateTime;
            case string s when DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime parsed):
                return DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            default:
                return null;
        }
    }

    private static object? ToGuid(object value) => value switch
    {
        Guid g => g,
        EntityReference reference => reference.Id,
        Entity entity => entity.Id,
        string s when QueryValues.TryParseGuid(s, out Guid parsed) => parsed,
        _ => null,
    };

    private static decimal? ToDecimal(object value)
    {
        switch (value)
        {
            case string s:
                return decimal.TryParse(s.Trim(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out decimal parsed) ? parsed : null;
            case double d when double.IsFinite(d):
                return (decimal)d;
            case float f when float.IsFinite(f):
                return (decimal)f;
            case bool:
                return null;
            default:
                return QueryValues.Normalize(value) as decimal?;
        }
    }

    private static object? ToDouble(object value)
    {
        switch (value)
        {
            case string s:
                return double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : null;
            case bool:
                return null;
            default:
                object? normalized = QueryValues.Normalize(value);
                return normalized switch
                {
                    double d => d,
                    decimal m => (double)m,
                    _ => null,
                };
        }
    }

    private static object? ToBoolean(object value) => value switch
    {
        bool b => b,
        string s when s.Trim() is "1" or "true" or "True" => true,
        string s when s.Trim() is "0" or "false" or "False" => false,
        int i when i is 0 or 1 => i == 1,
        OptionSetValue option when option.Value is 0 or 1 => option.Value == 1,
        _ => null,
    };

    /// <summary>The message Dataverse gives for a condition value of the wrong type.</summary>
    public static Exception TypeMismatch(string tableName, QueryColumnInfo column, object value)
        => Fault.Create(
            ErrorCodes.InvalidArgument,
            $"Condition for attribute '{tableName}.{column.LogicalName}': expected argument(s) of type '{ExpectedType(column.Kind)}' but received '{value.GetType().FullName}'.");

    private static string ExpectedType(ColumnKind kind) => kind switch
    {
        ColumnKind.Lookup or ColumnKind.UniqueIdentifier => "System.Guid",
        ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status or ColumnKind.MultiSelectPicklist or ColumnKind.Integer => "System.Int32",
        ColumnKind.BigInt => "System.Int64",
        ColumnKind.Decimal or ColumnKind.Money => "System.Decimal",
        ColumnKind.Double => "System.Double",
        ColumnKind.Boolean => "System.Boolean",
        ColumnKind.DateTime => "System.DateTime",
        _ => "System.String",
    };
}
