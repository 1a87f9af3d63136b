using System;
using System.Collections.Generic;
using System.Numerics;

namespace CxJourney.Emulator.Store;

/// <summary>
/// The rows of one table holding one indexed value, as their insertion sequences (<see cref="StoredRow.Sequence"/>),
/// always enumerated in sequence order. A sorted array while the value is rare; a bitmap over the table's sequences
/// once that is smaller (an owner, a creating user, a business unit, a kind: tens of thousands of rows each), so an
/// index costs bits, not a hash-set entry, per row of a common value. Not thread-safe: the store's lock guards it.
/// </summary>
internal sealed class RowSet
{
    private int[] _sorted;
    private ulong[]? _bits;

    public RowSet(int first, int second)
    {
        _sorted = new int[4];
        _sorted[0] = Math.Min(first, second);
        _sorted[1] = Math.Max(first, second);
        Count = 2;
    }

    public int Count { get; private set; }

    public void Add(int sequence)
    {
        if (_bits is not null)
        {
            int word = sequence >> 6;
            if (word >= _bits.Length)
            {
                // The table grew past the bitmap and this value stayed rare meanwhile: back to an array.
                if ((long)(Count + 1) * 32 <= sequence + 1)
                {
                    ToSorted();
                    Add(sequence);
                    return;
                }
                Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
            }
            ulong mask = 1UL << sequence;
            if ((_bits[word] & mask) == 0)
            {
                _bits[word] |= mask;
                Count++;
            }
            return;
        }
        int at = Array.BinarySearch(_sorted, 0, Count, sequence);
        if (at >= 0) return;
        at = ~at;
        if (Count == _sorted.Length)
        {
            int highest = Math.Max(sequence, _sorted[Count - 1]);
            // A bitmap costs one bit per sequence up to the highest; the array 32 bits per row.
            if ((long)(Count + 1) * 32 > highest + 1)
            {
                ToBits(highest);
                Add(sequence);
                return;
            }
            Array.Resize(ref _sorted, Count * 2);
        }
        Array.Copy(_sorted, at, _sorted, at + 1, Count - at);
        _sorted[at] = sequence;
        Count++;
    }

    public void Remove(int sequence)
    {
        if (_bits is not null)
        {
            int word = sequence >> 6;
            ulong mask = 1UL << sequence;
            if (word < _bits.Length && (_bits[word] & mask) != 0)
            {
                _bits[word] &= ~mask;
                Count--;
            }
            return;
        }
        int at = Array.BinarySearch(_sorted, 0, Count, sequence);
        if (at < 0) return;
        Array.Copy(_sorted, at + 1, _sorted, at, Count - at - 1);
        Count--;
    }

    /// <summary>The one sequence left (call when <see cref="Count"/> is 1).</summary>
    public int Single()
    {
        foreach (int sequence in Sequences()) return sequence;
        throw new InvalidOperationException("The set is empty.");
    }

    /// <summary>The sequences in ascending order.</summary>
    public IEnumerable<int> Sequences()
    {
        if (_bits is null)
        {
            for (int i = 0; i < Count; i++) yield return _sorted[i];
            yield break;
        }
        for (int word = 0; word < _bits.Length; word++)
        {
            ulong bits = _bits[word];
            while (bits != 0)
            {
                int bit = BitOperations.TrailingZeroCount(bits);
                yield return (word << 6) + bit;
                bits &= bits - 1;
            }
        }
    }

    private void ToSorted()
    {
        var sorted = new int[Math.Max(4, Count * 2)];
        int i = 0;
        foreach (int sequence in Sequences()) sorted[i++] = sequence;
        _sorted = sorted;
        _bits = null;
    }

    private void ToBits(int highest)
    {
        var bits = new ulong[(highest >> 6) + 1];
        for (int i = 0; i < Count; i++) bits[_sorted[i] >> 6] |= 1UL << _sorted[i];
        _bits = bits;
        _sorted = Array.Empty<int>();
    }
}
