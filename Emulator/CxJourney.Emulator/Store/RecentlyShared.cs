using System.Collections.Generic;

namespace CxJourney.Emulator.Store;

/// <summary>
/// One instance per equal value among the values seen lately: two generations of a bounded size, a value found in
/// the older one moving to the newer. Values that keep recurring (a subject line, a user's lookup, an event's
/// moment) stay shared; one-off values age out instead of being held for the organization's life.
/// </summary>
internal sealed class RecentlyShared<TKey, TValue> where TKey : notnull
{
    private readonly int _generationSize;
    private Dictionary<TKey, TValue> _current;
    private Dictionary<TKey, TValue> _previous;

    public RecentlyShared(int generationSize, IEqualityComparer<TKey>? comparer = null)
    {
        _generationSize = generationSize;
        _current = new Dictionary<TKey, TValue>(comparer);
        _previous = new Dictionary<TKey, TValue>(comparer);
    }

    /// <summary>The instance already shared for the key, or <paramref name="value"/>, which is shared from now on.</summary>
    public TValue Share(TKey key, TValue value)
    {
        if (_current.TryGetValue(key, out TValue? shared)) return shared;
        if (_previous.Remove(key, out shared)) value = shared;
        if (_current.Count >= _generationSize)
        {
            (_previous, _current) = (_current, _previous);
            _current.Clear();
        }
        _current.Add(key, value);
        return value;
    }
}
