using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using CxJourney.WebApi.OData;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Json;

/// <summary>
/// Converts column values between the SDK's types and the Web API's JSON: choices as integers,
/// multi-select choices as "1,3", money and decimals as JSON numbers, date-times as ISO 8601 UTC
/// with Z (date-only columns as yyyy-MM-dd), lookups and unique identifiers as guid strings.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-types-operations
// https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute
internal static class JsonValues
{
    /// <summary>The JSON-ready value (string, bool, number or null) of an SDK value.</summary>
    public static object? ToJson(ColumnMetadata? column, object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag,
        int or long or decimal or double => value,
        Money money => money.Value,
        OptionSetValue option => option.Value,
        OptionSetValueCollection options => JoinOptions(options),
        DateTime date => FormatDate(column, date),
        Guid id => id.ToString("D"),
        EntityReference reference => reference.Id.ToString("D"),
        byte[] bytes => Convert.ToBase64String(bytes),
        AliasedValue aliased => ToJson(column, aliased.Value),
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static string FormatDate(ColumnMetadata? column, DateTime date)
    {
        DateTime utc = date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date;
        if (column?.DateTimeBehavior == ColumnDateTimeBehavior.DateOnly) return utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The SDK value a JSON property sets a column to; the OData library's message for a value of the wrong type.</summary>
    public static object? FromJson(ColumnMetadata column, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null) return null;
        object? value = column.Type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName => json.ValueKind == JsonValueKind.String ? json.GetString() : null,
            ColumnType.Integer => json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out int i) ? i : null,
            ColumnType.BigInt => json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out long l) ? l : null,
            ColumnType.Decimal => Decimal(json),
            ColumnType.Money => Decimal(json) is decimal amount ? new Money(amount) : null,
            ColumnType.Double => json.ValueKind == JsonValueKind.Number && json.TryGetDouble(out double d) ? d : null,
            ColumnType.Boolean => json.ValueKind is JsonValueKind.True or JsonValueKind.False ? json.GetBoolean() : null,
            ColumnType.Picklist or ColumnType.State or ColumnType.Status =>
                json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out int option) ? new OptionSetValue(option) : null,
            ColumnType.MultiSelectPicklist => json.ValueKind == JsonValueKind.String ? SplitOptions(json.GetString()!) : null,
            ColumnType.DateTime => json.ValueKind == JsonValueKind.String ? ParseDate(column, json.GetString()!) : null,
            ColumnType.Uniqueidentifier => json.ValueKind == JsonValueKind.String && Guid.TryParse(json.GetString(), out Guid id) ? id : null,
            _ => throw ODataException.NotSupported($"Setting the {column.Type} column '{column.LogicalName}'"),
        };
        return value ?? throw new ODataException($"Cannot convert the literal '{json.GetRawText()}' to the expected type '{EdmType(column)}'.");
    }

    public static string EdmType(ColumnMetadata column) => column.Type switch
    {
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => "Edm.Int32",
        ColumnType.BigInt => "Edm.Int64",
        ColumnType.Decimal or ColumnType.Money => "Edm.Decimal",
        ColumnType.Double => "Edm.Double",
        ColumnType.Boolean => "Edm.Boolean",
        ColumnType.DateTime => column.DateTimeBehavior == ColumnDateTimeBehavior.DateOnly ? "Edm.Date" : "Edm.DateTimeOffset",
        ColumnType.Uniqueidentifier or ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => "Edm.Guid",
        _ => "Edm.String",
    };

    private static decimal? Decimal(JsonElement json) =>
        json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out decimal value) ? value : null;

    private static DateTime? ParseDate(ColumnMetadata column, string text)
    {
        if (column.DateTimeBehavior == ColumnDateTimeBehavior.DateOnly
            && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime day))
        {
            return DateTime.SpecifyKind(day, DateTimeKind.Utc);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant)
            ? instant.UtcDateTime
            : null;
    }

    private static OptionSetValueCollection? SplitOptions(string text)
    {
        var options = new OptionSetValueCollection();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)) return null;
            options.Add(new OptionSetValue(value));
        }

        return options;
    }

    private static string JoinOptions(OptionSetValueCollection options)
    {
        var values = new List<string>();
        foreach (OptionSetValue option in options) values.Add(option.Value.ToString(CultureInfo.InvariantCulture));
        return string.Join(",", values);
    }
}
