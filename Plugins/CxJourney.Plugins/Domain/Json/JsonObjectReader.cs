using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CxJourney.Plugins.Domain.Json;

/// <summary>
/// Reads one configuration object property by property, with type and range checks whose errors name the
/// property's path, and remembers which properties were asked for so that whatever is left over can be
/// reported (<see cref="UnknownProperties"/>, <see cref="ThrowIfUnknownProperties"/>): a misspelt
/// <c>"treshold"</c> must fail loudly rather than silently fall back to a default.
/// An explicit JSON <c>null</c> counts as absent for optional properties and as missing for required ones.
/// Instances are cheap, single-use and not thread-safe: create one per parse, never share one.
/// </summary>
public sealed class JsonObjectReader
{
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);
    private readonly List<string> _askedInOrder = new();

    /// <exception cref="JsonConfigurationException"><paramref name="value"/> is not an object.</exception>
    public JsonObjectReader(JsonValue value)
    {
        if (value == null) throw new ArgumentNullException(nameof(value));
        if (value.Kind != JsonKind.Object)
            throw value.Error($"expected an object {{ ... }} but found {value.Describe()}");
        Value = value;
    }

    /// <summary>Parses <paramref name="json"/> and expects an object at its root.</summary>
    public static JsonObjectReader Parse(string? json) => new(JsonReader.Parse(json));

    /// <summary>The object being read.</summary>
    public JsonValue Value { get; }

    public string Path => Value.Path;

    /// <summary>True when the property is present with a non-null value. Counts as asking for it.</summary>
    public bool Has(string name)
    {
        var value = Lookup(name);
        return value != null && !value.IsNull;
    }

    /// <summary>The property's value; an error at this object when it is absent or null.</summary>
    public JsonValue Required(string name)
    {
        var value = Lookup(name);
        if (value == null)
            throw Value.Error($"the required property '{name}' is missing");
        if (value.IsNull)
            throw value.Error($"the property '{name}' is required but is null");
        return value;
    }

    /// <summary>The property's value, or null when it is absent or JSON null.</summary>
    public JsonValue? Optional(string name)
    {
        var value = Lookup(name);
        return value == null || value.IsNull ? null : value;
    }

    public string RequiredString(string name) => Required(name).AsString();

    public string? OptionalString(string name) => Optional(name)?.AsString();

    public string OptionalString(string name, string defaultValue) => Optional(name)?.AsString() ?? defaultValue;

    /// <summary>A required string that must be one of <paramref name="allowed"/> (compared ordinally, so case matters).</summary>
    public string RequiredOneOf(string name, params string[] allowed) => CheckOneOf(Required(name), allowed);

    /// <summary>An optional string that, when present, must be one of <paramref name="allowed"/>.</summary>
    public string OptionalOneOf(string name, string defaultValue, params string[] allowed)
    {
        var value = Optional(name);
        return value == null ? defaultValue : CheckOneOf(value, allowed);
    }

    public bool RequiredBoolean(string name) => Required(name).AsBoolean();

    public bool OptionalBoolean(string name, bool defaultValue) => Optional(name)?.AsBoolean() ?? defaultValue;

    public double RequiredDouble(string name) => Required(name).AsDouble();

    public double RequiredDouble(string name, double min, double max) => CheckRange(Required(name), min, max);

    public double OptionalDouble(string name, double defaultValue) => Optional(name)?.AsDouble() ?? defaultValue;

    public double OptionalDouble(string name, double defaultValue, double min, double max)
    {
        var value = Optional(name);
        return value == null ? defaultValue : CheckRange(value, min, max);
    }

    public decimal RequiredDecimal(string name) => Required(name).AsDecimal();

    public decimal OptionalDecimal(string name, decimal defaultValue) => Optional(name)?.AsDecimal() ?? defaultValue;

    public int RequiredInt32(string name) => Required(name).AsInt32();

    public int RequiredInt32(string name, int min, int max) => CheckRange(Required(name), min, max);

    public int OptionalInt32(string name, int defaultValue) => Optional(name)?.AsInt32() ?? defaultValue;

    public int OptionalInt32(string name, int defaultValue, int min, int max)
    {
        var value = Optional(name);
        return value == null ? defaultValue : CheckRange(value, min, max);
    }

    /// <summary>A nested object, read by its own <see cref="JsonObjectReader"/>.</summary>
    public JsonObjectReader RequiredObject(string name) => new(Required(name));

    public JsonObjectReader? OptionalObject(string name)
    {
        var value = Optional(name);
        return value == null ? null : new JsonObjectReader(value);
    }

    public IReadOnlyList<JsonValue> RequiredArray(string name) => Required(name).AsArray();

    /// <summary>The array's items, or an empty list when the property is absent or null.</summary>
    public IReadOnlyList<JsonValue> OptionalArray(string name) => Optional(name)?.AsArray() ?? new JsonValue[0];

    /// <summary>Names present in the object that nobody asked for, in document order.</summary>
    public IReadOnlyList<string> UnknownProperties() =>
        Value.Properties.Where(p => !_asked.Contains(p.Key)).Select(p => p.Key).ToList();

    /// <summary>
    /// Fails on the first property nobody asked for. <paramref name="noun"/> names what the properties are
    /// ("property", "rule", "channel") so the message reads "unknown rule 'foo'"; when the name differs from an
    /// expected one only by case, the message suggests it.
    /// </summary>
    public void ThrowIfUnknownProperties(string noun = "property")
    {
        foreach (var p in Value.Properties)
        {
            if (_asked.Contains(p.Key))
                continue;
            var suggestion = _askedInOrder.FirstOrDefault(a => string.Equals(a, p.Key, StringComparison.OrdinalIgnoreCase));
            var reason = $"unknown {noun} '{p.Key}'";
            if (suggestion != null)
                reason += $"; did you mean '{suggestion}'? Names are case-sensitive";
            else if (_askedInOrder.Count > 0)
                reason += "; expected " + string.Join(", ", _askedInOrder.Select(a => "'" + a + "'"));
            throw new JsonConfigurationException(p.Value.Line, p.Value.Column, p.Value.Path, reason);
        }
    }

    /// <summary>An exception located at this object, for checks that span several properties.</summary>
    public JsonConfigurationException Error(string reason) => Value.Error(reason);

    private JsonValue? Lookup(string name)
    {
        if (name == null) throw new ArgumentNullException(nameof(name));
        if (_asked.Add(name))
            _askedInOrder.Add(name);
        return Value.Property(name);
    }

    private static string CheckOneOf(JsonValue value, string[] allowed)
    {
        var s = value.AsString();
        if (Array.IndexOf(allowed, s) >= 0)
            return s;
        var list = string.Join(", ", allowed.Select(a => JsonPath.Quote(a)));
        var match = allowed.FirstOrDefault(a => string.Equals(a, s, StringComparison.OrdinalIgnoreCase));
        var hint = match != null ? $"; did you mean {JsonPath.Quote(match)}?" : "";
        throw value.Error($"expected one of {list} but found {value.Describe()}{hint}");
    }

    private static double CheckRange(JsonValue value, double min, double max)
    {
        var d = value.AsDouble();
        if (d < min || d > max)
            throw value.Error($"expected a number between {Format(min)} and {Format(max)} but found {value.Describe()}");
        return d;
    }

    private static int CheckRange(JsonValue value, int min, int max)
    {
        var i = value.AsInt32();
        if (i < min || i > max)
            throw value.Error($"expected a whole number between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)} but found {value.Describe()}");
        return i;
    }

    private static string Format(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
