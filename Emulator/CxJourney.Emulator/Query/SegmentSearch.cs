using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Finds the leftmost place a fixed-length run of LIKE tokens (literals, <c>_</c>, <c>[set]</c>) fits in a
/// text, in time linear in the text: Knuth-Morris-Pratt when every token is one literal character (what
/// contains / begins-with / ends-with produce), otherwise a bit-parallel shift-and over
/// ceil(length / 64) machine words per character. Neither backtracks, so no input makes a search
/// cost the product of the pattern's and the text's lengths.
/// </summary>
internal sealed class SegmentSearch
{
    private const int MaxCachedMasks = 256;

    private readonly LikePattern.Token[] _tokens;
    private readonly char[]? _literal;
    private readonly int[]? _failure;

    // Shift-and: for each character, the positions of the tokens that accept it.
    private readonly int _words;
    private readonly Dictionary<char, ulong[]> _literalMasks = new();
    private readonly Dictionary<char, ulong[]> _masks = new();
    private readonly ulong[]? _anyMask;
    private readonly ulong[]? _scratch;
    private readonly List<int>? _setPositions;

    public SegmentSearch(LikePattern.Token[] tokens)
    {
        _tokens = tokens;
        if (Array.TrueForAll(tokens, t => t.Kind == LikePattern.TokenKind.Literal || IsSingleCharSet(t)))
        {
            _literal = new char[tokens.Length];
            for (int i = 0; i < tokens.Length; i++) _literal[i] = tokens[i].Kind == LikePattern.TokenKind.Literal ? tokens[i].Literal : tokens[i].Ranges![0].From;
            _failure = Failure(_literal);
            return;
        }

        _words = (tokens.Length + 63) / 64;
        _anyMask = new ulong[_words];
        _setPositions = new List<int>();
        for (int j = 0; j < tokens.Length; j++)
        {
            LikePattern.Token token = tokens[j];
            if (token.Kind == LikePattern.TokenKind.AnyOne) _anyMask[j >> 6] |= 1UL << (j & 63);
            else if (token.Kind == LikePattern.TokenKind.Set) _setPositions.Add(j);
            else
            {
                if (!_literalMasks.TryGetValue(token.Literal, out ulong[]? bits)) _literalMasks[token.Literal] = bits = new ulong[_words];
                bits[j >> 6] |= 1UL << (j & 63);
            }
        }

        _scratch = new ulong[_words];
    }

    /// <summary>The leftmost start in [from, limit - length] where the run fits, or -1.</summary>
    public int Find(string text, int from, int limit)
    {
        int m = _tokens.Length;
        if (limit - from < m) return -1;
        return _literal is not null ? FindLiteral(text, from, limit) : FindShiftAnd(text, from, limit);
    }

    private int FindLiteral(string text, int from, int limit)
    {
        char[] pattern = _literal!;
        int[] failure = _failure!;
        int matched = 0;
        for (int i = from; i < limit; i++)
        {
            char c = text[i];
            while (matched > 0 && pattern[matched] != c) matched = failure[matched - 1];
            if (pattern[matched] == c) matched++;
            if (matched == pattern.Length) return i - pattern.Length + 1;
        }

        return -1;
    }

    private int FindShiftAnd(string text, int from, int limit)
    {
        int m = _tokens.Length;
        int lastWord = (m - 1) >> 6;
        ulong lastBit = 1UL << ((m - 1) & 63);
        var state = new ulong[_words];
        for (int i = from; i < limit; i++)
        {
            ulong[] mask = MaskOf(text[i]);
            ulong carry = 1;
            for (int w = 0; w < _words; w++)
            {
                ulong shifted = (state[w] << 1) | carry;
                carry = state[w] >> 63;
                state[w] = shifted & mask[w];
            }

            if ((state[lastWord] & lastBit) != 0) return i - m + 1;
        }

        return -1;
    }

    /// <summary>The tokens accepting <paramref name="c"/>: O(words + sets) to build, cached for the first distinct characters.</summary>
    private ulong[] MaskOf(char c)
    {
        if (_masks.TryGetValue(c, out ulong[]? cached)) return cached;
        ulong[] mask = _masks.Count < MaxCachedMasks ? new ulong[_words] : _scratch!;
        ulong[]? literal = _literalMasks.GetValueOrDefault(c);
        for (int w = 0; w < _words; w++) mask[w] = _anyMask![w] | (literal?[w] ?? 0);
        foreach (int j in _setPositions!)
        {
            if (LikePattern.Matches(_tokens[j], c)) mask[j >> 6] |= 1UL << (j & 63);
        }

        if (!ReferenceEquals(mask, _scratch)) _masks[c] = mask;
        return mask;
    }

    private static bool IsSingleCharSet(LikePattern.Token token) =>
        token.Kind == LikePattern.TokenKind.Set && !token.Negated && token.Ranges!.Count == 1 && token.Ranges[0].From == token.Ranges[0].To;

    private static int[] Failure(char[] pattern)
    {
        var failure = new int[pattern.Length];
        int k = 0;
        for (int i = 1; i < pattern.Length; i++)
        {
            while (k > 0 && pattern[i] != pattern[k]) k = failure[k - 1];
            if (pattern[i] == pattern[k]) k++;
            failure[i] = k;
        }

        return failure;
    }
}
