using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Store;

/// <summary>The normalized values of an alternate key's columns, compared part by part.</summary>
public sealed class CompositeKey : IEquatable<CompositeKey>
{
    private readonly object[] _parts;

    public CompositeKey(IReadOnlyList<object> parts)
    {
        _parts = new object[parts.Count];
        for (int i = 0; i < parts.Count; i++) _parts[i] = parts[i];
    }

    public bool Equals(CompositeKey? other)
    {
        if (other is null || other._parts.Length != _parts.Length) return false;
        for (int i = 0; i < _parts.Length; i++)
        {
            if (!IndexKey.Comparer.Equals(_parts[i], other._parts[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is CompositeKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (object part in _parts) hash.Add(IndexKey.Comparer.GetHashCode(part));
        return hash.ToHashCode();
    }
}
