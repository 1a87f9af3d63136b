using System;
using System.Collections.Generic;
using System.Globalization;

namespace CxJourney.Plugins.Domain.Json;

/// <summary>
/// One immutable node of a parsed JSON text. Every node remembers where it started (line, column) and
/// its path, so a caller that rejects a well-formed value (a negative weight, an unknown rule name) can
/// still point the admin at the exact spot with <see cref="Error"/>.
/// Typed accessors (<see cref="AsString"/>, <see cref="AsDouble"/>, ...) throw
/// <see cref="JsonConfigurationException"/> naming what was expected and what was found.
/// </summary>
public sealed class JsonValue
{
    private static readonly IReadOnlyList<JsonValue> NoItems = new JsonValue[0];
    private static readonly IReadOnlyList<KeyValuePair<string, JsonValue>> NoProperties = new KeyValuePair<string, JsonValue>[0];

    private readonly string? _text;   // string value, or the number's literal text
    private readonly bool _boolean;
    private readonly IReadOnlyList<JsonValue> _items;
    private readonly IReadOnlyList<KeyValuePair<string, JsonValue>> _properties;
    private readonly Dictionary<string, JsonValue>? _byName;

    private JsonValue(JsonKind kind, string path, int line, int column, string? text, bool boolean,
        IReadOnlyList<JsonValue>? items, IReadOnlyList<KeyValuePair<string, JsonValue>>? properties)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
        _text = text;
        _boolean = boolean;
        _items = items ?? NoItems;
        _properties = properties ?? NoProperties;
        if (properties != null)
        {
            _byName = new Dictionary<string, JsonValue>(properties.Count, StringComparer.Ordinal);
            foreach (var p in properties)
                _byName[p.Key] = p.Value;
        }
    }

    internal static JsonValue Null(string path, int line, int column) => new(JsonKind.Null, path, line, column, null, false, null, null);
    internal static JsonValue Bool(bool value, string path, int line, int column) => new(JsonKind.Boolean, path, line, column, null, value, null, null);
    internal static JsonValue Number(string literal, string path, int line, int column) => new(JsonKind.Number, path, line, column, literal, false, null, null);
    internal static JsonValue Str(string value, string path, int line, int column) => new(JsonKind.String, path, line, column, value, false, null, null);
    internal static JsonValue Arr(IReadOnlyList<JsonValue> items, string path, int line, int column) => new(JsonKind.Array, path, line, column, null, false, items, null);
    internal static JsonValue Obj(IReadOnlyList<KeyValuePair<string, JsonValue>> properties, string path, int line, int column) => new(JsonKind.Object, path, line, column, null, false, null, properties);

    public JsonKind Kind { get; }

    /// <summary>JSON path of this node, e.g. <c>$.rules[2].threshold</c>.</summary>
    public string Path { get; }

    /// <summary>1-based line where this value starts.</summary>
    public int Line { get; }

    /// <summary>1-based column where this value starts.</summary>
    public int Column { get; }

    public bool IsNull => Kind == JsonKind.Null;

    /// <summary>The literal text of a number exactly as written (e.g. <c>1.50</c>, <c>2e3</c>); null for other kinds.</summary>
    public string? NumberText => Kind == JsonKind.Number ? _text : null;

    /// <summary>Items of an array (empty for other kinds).</summary>
    public IReadOnlyList<JsonValue> Items => _items;

    /// <summary>Properties of an object in document order (empty for other kinds). Names are unique: the reader rejects duplicates.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonValue>> Properties => _properties;

    /// <summary>The property's value (possibly a JSON null), or null when this object has no such property. Names are case-sensitive.</summary>
    public JsonValue? Property(string name)
    {
        if (name == null) throw new ArgumentNullException(nameof(name));
        Expect(JsonKind.Object, "an object");
        return _byName!.TryGetValue(name, out var value) ? value : null;
    }

    public string AsString()
    {
        Expect(JsonKind.String, "a string");
        return _text!;
    }

    public bool AsBoolean()
    {
        Expect(JsonKind.Boolean, "true or false");
        return _boolean;
    }

    /// <summary>The number as a double; the reader has already rejected numbers too large for one.</summary>
    public double AsDouble()
    {
        Expect(JsonKind.Number, "a number");
        return double.Parse(_text!, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The number as a decimal, exactly as written (for money and thresholds where 0.1 must stay 0.1).</summary>
    public decimal AsDecimal()
    {
        Expect(JsonKind.Number, "a number");
        try
        {
            return decimal.Parse(_text!, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw Error($"expected a number of at most 28 significant digits but found {_text}, which is too large");
        }
    }

    /// <summary>The number as a whole 32-bit integer; <c>3.0</c> and <c>3e0</c> are accepted, <c>2.5</c> is not.</summary>
    public int AsInt32()
    {
        var value = AsInt64();
        if (value < int.MinValue || value > int.MaxValue)
            throw Error("expected a whole number between -2147483648 and 2147483647 but found " + _text);
        return (int)value;
    }

    /// <summary>The number as a whole 64-bit integer.</summary>
    public long AsInt64()
    {
        Expect(JsonKind.Number, "a whole number");
        decimal d;
        try
        {
            d = decimal.Parse(_text!, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw Error($"expected a whole number but found {_text}, which is too large");
        }
        if (d != decimal.Truncate(d))
            throw Error($"expected a whole number but found {_text}");
        if (d < long.MinValue || d > long.MaxValue)
            throw Error("expected a whole number between -9223372036854775808 and 9223372036854775807 but found " + _text);
        return (long)d;
    }

    /// <summary>Items of an array; throws when this is not an array.</summary>
    public IReadOnlyList<JsonValue> AsArray()
    {
        Expect(JsonKind.Array, "an array");
        return _items;
    }

    /// <summary>An exception located at this value, for rules the JSON grammar cannot express ("unknown rule 'foo'").</summary>
    public JsonConfigurationException Error(string reason) => new(Line, Column, Path, reason);

    /// <summary>How this value reads in a message: <c>"high"</c>, <c>12</c>, <c>true</c>, <c>null</c>, <c>an object</c>, <c>an array</c>.</summary>
    public string Describe()
    {
        switch (Kind)
        {
            case JsonKind.Null: return "null";
            case JsonKind.Boolean: return _boolean ? "true" : "false";
            case JsonKind.Number: return _text!;
            case JsonKind.String: return JsonPath.Quote(_text!);
            case JsonKind.Array: return "an array";
            default: return "an object";
        }
    }

    public override string ToString() => Describe();

    private void Expect(JsonKind kind, string expected)
    {
        if (Kind != kind)
            throw Error($"expected {expected} but found {Describe()}");
    }
}
