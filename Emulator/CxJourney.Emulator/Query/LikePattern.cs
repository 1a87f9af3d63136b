using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CxJourney.Emulator.Query;

/// <summary>
/// A T-SQL LIKE pattern (<c>%</c>, <c>_</c>, <c>[abc]</c>, <c>[a-z]</c>, <c>[^a]</c>), matched case- and
/// accent-insensitively like the database collation.
/// https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
/// </summary>
internal sealed class LikePattern
{
    private enum TokenKind { Literal, AnyOne, AnyMany, Set }

    private readonly struct Token
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

    private readonly Token[] _tokens;

    public LikePattern(string pattern)
    {
        _tokens = Parse(Fold(pattern));
    }

    public bool IsMatch(string text)
    {
        string value = Fold(text);
        // Dynamic programming over (pattern position, text position): linear memory, no backtracking blow-up.
        int n = value.Length;
        var current = new bool[n + 1];
        var next = new bool[n + 1];
        current[0] = true;
        foreach (Token token in _tokens)
        {
            Array.Clear(next);
            if (token.Kind == TokenKind.AnyMany)
            {
                bool reachable = false;
                for (int i = 0; i <= n; i++)
                {
                    reachable |= current[i];
                    next[i] = reachable;
                }
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    if (current[i] && Matches(token, value[i])) next[i + 1] = true;
                }
            }

            (current, next) = (next, current);
        }

        // SQL ignores trailing spaces of the compared value when the pattern does not end in one.
        if (current[n]) return true;
        int trimmed = value.TrimEnd(' ').Length;
        return trimmed < n && current[trimmed];
    }

    private static bool Matches(Token token, char c)
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
    internal static string Fold(string text)
    {
        bool plain = true;
        foreach (char c in text)
        {
            if (c > 0x7F || char.IsLower(c))
            {
                plain = false;
                break;
            }
        }

        if (plain) return text;
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

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
