using System;

namespace CxJourney.Emulator;

/// <summary>
/// Where new record ids come from: random like the platform's, or a fixed sequence when the
/// organization is built with a seed, so that a test or the demo produces the same ids each run.
/// </summary>
public sealed class IdGenerator
{
    private readonly Random? _random;
    private readonly object _gate = new();

    public IdGenerator(int? seed = null)
    {
        if (seed is int value) _random = new Random(value);
    }

    public bool IsDeterministic => _random is not null;

    public Guid NewId()
    {
        if (_random is null) return Guid.NewGuid();
        var bytes = new byte[16];
        lock (_gate) { _random.NextBytes(bytes); }
        // Shape it as a version-4 GUID so it looks like any other id.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
