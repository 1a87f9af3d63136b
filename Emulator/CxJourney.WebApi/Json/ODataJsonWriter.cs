using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace CxJourney.WebApi.Json;

/// <summary>
/// Writes Web API response bodies: a collection (@odata.context, @odata.count, value,
/// @odata.nextLink) or one record (@odata.context, @odata.etag, properties). Each property's
/// annotations come before it, and only those the request's odata.include-annotations asks for.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview
internal static class ODataJsonWriter
{
    public static byte[] Collection(
        string context,
        IReadOnlyList<ShapedRecord> records,
        Annotations annotations,
        long? count = null,
        string? nextLink = null,
        IReadOnlyList<KeyValuePair<string, object?>>? collectionAnnotations = null)
    {
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", context);
            if (count is long total) writer.WriteNumber("@odata.count", total);
            if (collectionAnnotations is not null)
            {
                foreach (KeyValuePair<string, object?> annotation in collectionAnnotations) WriteValue(writer, "@" + annotation.Key, annotation.Value);
            }

            writer.WriteStartArray("value");
            foreach (ShapedRecord record in records)
            {
                writer.WriteStartObject();
                WriteRecord(writer, record, annotations);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (nextLink is not null) writer.WriteString("@odata.nextLink", nextLink);
            writer.WriteEndObject();
        });
    }

    public static byte[] Record(string context, ShapedRecord record, Annotations annotations) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.context", context);
        WriteRecord(writer, record, annotations);
        writer.WriteEndObject();
    });

    /// <summary>A JSON object of plain values (a function's response).</summary>
    public static byte[] Object(IReadOnlyList<KeyValuePair<string, object?>> properties) => Write(writer =>
    {
        writer.WriteStartObject();
        foreach (KeyValuePair<string, object?> property in properties) WriteValue(writer, property.Key, property.Value);
        writer.WriteEndObject();
    });

    /// <summary>The service document: every entity set the organization has.</summary>
    public static byte[] ServiceDocument(string context, IEnumerable<string> entitySets) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.context", context);
        writer.WriteStartArray("value");
        foreach (string set in entitySets)
        {
            writer.WriteStartObject();
            writer.WriteString("name", set);
            writer.WriteString("kind", "EntitySet");
            writer.WriteString("url", set);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>An OData error body.</summary>
    public static byte[] Error(string code, string message) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        writer.WriteString("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static void WriteRecord(Utf8JsonWriter writer, ShapedRecord record, Annotations annotations)
    {
        if (record.ETag is not null) writer.WriteString("@odata.etag", record.ETag);
        foreach (ShapedProperty property in record.Properties)
        {
            if (property.IsExpansion)
            {
                if (property.Expanded is null)
                {
                    writer.WriteNull(property.Name);
                    continue;
                }

                writer.WriteStartObject(property.Name);
                WriteRecord(writer, property.Expanded, annotations);
                writer.WriteEndObject();
                continue;
            }

            if (property.Formatted is not null && annotations.Includes(Annotations.FormattedValue))
            {
                writer.WriteString(property.Name + "@" + Annotations.FormattedValue, property.Formatted);
            }

            if (property.NavigationProperty is not null && annotations.Includes(Annotations.AssociatedNavigationProperty))
            {
                writer.WriteString(property.Name + "@" + Annotations.AssociatedNavigationProperty, property.NavigationProperty);
            }

            if (property.LookupTable is not null && annotations.Includes(Annotations.LookupLogicalName))
            {
                writer.WriteString(property.Name + "@" + Annotations.LookupLogicalName, property.LookupTable);
            }

            WriteValue(writer, property.Name, property.Value);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(name); break;
            case string text: writer.WriteString(name, text); break;
            case bool flag: writer.WriteBoolean(name, flag); break;
            case int number: writer.WriteNumber(name, number); break;
            case long number: writer.WriteNumber(name, number); break;
            case decimal number: writer.WriteNumber(name, number); break;
            case double number: writer.WriteNumber(name, number); break;
            case Guid id: writer.WriteString(name, id.ToString("D")); break;
            default: writer.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
