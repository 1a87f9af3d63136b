using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.Serialization;

// Types that exercise each construct of the official listing, so the printer's output for them can be
// checked line by line (SurfacePrinterTests). They live in the test assembly and are only read as metadata.
namespace CxJourney.Sdk.Tests.Surface.Fixture;

[DataContract(Name = "FixtureLevel", Namespace = "urn:fixture")]
public enum FixtureLevel
{
    [EnumMember] Low = 0,
    High = 7,
    Highest = 1048576,
    Negative = -1,
}

public enum FixtureSmall : byte
{
    One = 1,
}

public interface IFixtureContext
{
    int Depth { get; }

    string Describe(string text);
}

public interface IFixtureChildContext : IFixtureContext
{
    IFixtureChildContext? Parent { get; }
}

[Serializable]
public class FixtureRecord : IExtensibleDataObject
{
    public const string Label = "fixture";
    public static readonly int Zero;
    public int Counter;

    public FixtureRecord()
    {
    }

    protected internal FixtureRecord(IDictionary<string, object> values)
    {
        Counter = values.Count;
    }

    public event EventHandler? Changed;

    public string? Name { get; internal set; }

    public virtual int Size { get; protected set; }

    public object? this[string key]
    {
        get => key;
        set => Name = key;
    }

    public ExtensionDataObject? ExtensionData { get; set; }

    public static implicit operator FixtureRecord(string name) => new() { Name = name };

    public static FixtureRecord Parse(string name) => name;

    public virtual string Describe(string? prefix = null, int count = 3, bool loud = true) => prefix + count + loud;

    public void Log(string format, params object[] args) => Name = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    public bool TryGet<T>(string key, out T? value)
        where T : FixtureRecord
    {
        value = null;
        return key.Length == 0;
    }

    public void Swap(ref int value) => value = -value;

    protected virtual void OnChanged() => Changed?.Invoke(this, EventArgs.Empty);

    public class Nested
    {
    }
}

public sealed class FixtureChild : FixtureRecord, IFixtureChildContext
{
    public int Depth => 1;

    public override int Size { get => 2; protected set { } }

    IFixtureChildContext? IFixtureChildContext.Parent => null;

    public string Describe(string text) => text;

    public override string Describe(string? prefix = null, int count = 3, bool loud = true) => "child";
}

public abstract class FixtureCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    protected FixtureCollection()
    {
    }

    public abstract TValue Get(TKey key);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => new List<KeyValuePair<TKey, TValue>>().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class FixtureExtensions
{
    public static int Twice(this FixtureRecord record) => record.Counter * 2;
}
