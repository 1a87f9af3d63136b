using System;
using System.Collections.Generic;
using System.Text;
using CxJourney.Emulator.Store;

namespace CxJourney.Emulator.Query;

/// <summary>
/// A T-SQL LIKE pattern (<c>%</c>, <c>_</c>, <c>[abc]</c>, <c>[a-z]</c>, <c>[^a]</c>), matched case- and
/// accent-insensitively like the database collation.
/// https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
/// </summary>
internal sealed class LikePattern
{
    internal enum TokenKind { Literal, AnyOne, AnyMany, Set }

    internal readonly struct Token
    {
        public Token(TokenKind kind, char literal = '\0', List<(char From, char To)>? ranges = null, bool negated = false)
        {
            Kind = kind;
            Literal = literal;
            Ranges = ranges;
            Negated = negated;
        }

        public TokenKind Kind { get; }
        public char Literal { get; }
        public List<(char From, char To)>? Ranges { get; }
        public bool Negated { get; }
    }

    /// <summary>The runs of single-character tokens between % signs; one segment when there is no %.</summary>
    private readonly List<Token[]> _segments;

    /// <summary>A searcher per middle segment (null for the first and last, which are anchored).</summary>
    private readonly SegmentSearch?[] _searches;

    private readonly bool _hasAnyMany;

    /// <summary>
    /// The folded literal characters the pattern starts with, before its first wildcard or set: every value the
    /// pattern matches begins with them (a trailing-space match only trims the value's end), so a prefix index
    /// can narrow the rows to those. Empty when the pattern starts with a wildcard.
    /// </summary>
    public string LiteralPrefix { get; }

    public LikePattern(string pattern)
    {
        Token[] tokens = Parse(Fold(pattern));
        var prefix = new StringBuilder();
        foreach (Token token in tokens)
        {
            if (token.Kind != TokenKind.Literal) break;
            prefix.Append(token.Literal);
        }
        LiteralPrefix = prefix.ToString();
        _segments = new List<Token[]>();
        var current = new List<Token>();
        foreach (Token token in tokens)
        {
            if (token.Kind == TokenKind.AnyMany)
            {
                _hasAnyMany = true;
                _segments.Add(current.ToArray());
                current.Clear();
            }
            else
            {
                current.Add(token);
            }
        }

        _segments.Add(current.ToArray());
        _searches = new SegmentSearch?[_segments.Count];
        for (int s = 1; s < _segments.Count - 1; s++)
        {
            if (_segments[s].Length > 0) _searches[s] = new SegmentSearch(_segments[s]);
        }
    }

    public bool IsMatch(string text)
    {
        string value = Fold(text);

        // SQL ignores trailing spaces of the compared value when the pattern does not end in one.
        if (MatchesWhole(value, value.Length)) return true;
        int trimmed = value.AsSpan().TrimEnd(' ').Length;
        return trimmed < value.Length && MatchesWhole(value, trimmed);
    }

    /// <summary>
    /// Linear in the text: every token other than % consumes exactly one character, so the pattern
    /// is fixed-length segments separated by %. The first segment is anchored at the start, the last
    /// at the end, and each one between is found at its leftmost place after the previous (taking the
    /// leftmost occurrence never loses a match, because what follows only needs to fit after it).
    /// Each search is linear (<see cref="SegmentSearch"/>), so a long pattern over a long value costs
    /// the value's length times the words of the segment, not their product.
    /// </summary>
    private bool MatchesWhole(string value, int length)
    {
        List<Token[]> segments = _segments;
        if (!_hasAnyMany) return segments[0].Length == length && FitsAt(segments[0], value, 0);

        Token[] first = segments[0];
        Token[] last = segments[^1];
        if (first.Length + last.Length > length) return false;
        if (!FitsAt(first, value, 0) || !FitsAt(last, value, length - last.Length)) return false;

        int position = first.Length;
        int limit = length - last.Length;
        for (int s = 1; s < segments.Count - 1; s++)
        {
            Token[] segment = segments[s];
            if (segment.Length == 0) continue;
            int found = _searches[s]!.Find(value, position, limit);
            if (found < 0) return false;
            position = found + segment.Length;
        }

        return true;
    }

    private static bool FitsAt(Token[] segment, string value, int start)
    {
        for (int i = 0; i < segment.Length; i++)
        {
            if (!Matches(segment[i], value[start + i])) return false;
        }

        return true;
    }

    internal static bool Matches(Token token, char c)
    {
        switch (token.Kind)
        {
            case TokenKind.AnyOne:
                return true;
            case TokenKind.Literal:
                return token.Literal == c;
            default:
                bool inSet = false;
                foreach ((char from, char to) in token.Ranges!)
                {
                    if (c >= from && c <= to)
                    {
                        inSet = true;
                        break;
                    }
                }

                return inSet != token.Negated;
        }
    }

    private static Token[] Parse(string pattern)
    {
        var tokens = new List<Token>();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '%')
            {
                if (tokens.Count == 0 || tokens[^1].Kind != TokenKind.AnyMany) tokens.Add(new Token(TokenKind.AnyMany));
            }
            else if (c == '_')
            {
                tokens.Add(new Token(TokenKind.AnyOne));
            }
            else if (c == '[')
            {
                int close = pattern.IndexOf(']', i + 1);
                if (close <= i + 1)
                {
                    tokens.Add(new Token(TokenKind.Literal, c));
                    continue;
                }

                string body = pattern.Substring(i + 1, close - i - 1);
                bool negated = body.StartsWith('^') && body.Length > 1;
                if (negated) body = body.Substring(1);
                var ranges = new List<(char, char)>();
                for (int j = 0; j < body.Length; j++)
                {
                    if (j + 2 < body.Length && body[j + 1] == '-')
                    {
                        ranges.Add((body[j], body[j + 2]));
                        j += 2;
                    }
                    else
                    {
                        ranges.Add((body[j], body[j]));
                    }
                }

                tokens.Add(new Token(TokenKind.Set, ranges: ranges, negated: negated));
                i = close;
            }
            else
            {
                tokens.Add(new Token(TokenKind.Literal, c));
            }
        }

        return tokens.ToArray();
    }

    /// <summary>Upper-cases and strips diacritics so that ordinal matching behaves like a CI_AI collation.</summary>
    internal static string Fold(string text) => TextFold.Fold(text);

    /// <summary>Escapes a literal so it matches itself inside a LIKE pattern.</summary>
    public static string Escape(string literal)
    {
        var builder = new StringBuilder(literal.Length);
        foreach (char c in literal)
        {
            if (c is '%' or '_' or '[') builder.Append('[').Append(c).Append(']');
            else builder.Append(c);
        }

        return builder.ToString();
    }
}
