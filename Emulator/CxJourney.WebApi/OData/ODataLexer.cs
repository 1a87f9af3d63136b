using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CxJourney.WebApi.OData;

internal enum TokenKind
{
    Identifier,
    Literal,
    OpenParen,
    CloseParen,
    Comma,
    OpenBracket,
    CloseBracket,
    Equals,
    Slash,
    End,
}

/// <summary>One token of a $filter expression; literals carry their typed value (string, Guid, DateTime, number, bool, null).</summary>
internal readonly record struct ODataToken(TokenKind Kind, string Text, int Position, object? Value = null);

/// <summary>
/// Splits an OData expression into tokens: names, literals (strings in single quotes with ''
/// escaping, or double quotes as the query-function examples write them; guids; dates and
/// date-times; numbers; true, false, null) and punctuation.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows
internal static partial class ODataLexer
{
    public static List<ODataToken> Tokenize(string text)
    {
        var tokens = new List<ODataToken>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            switch (c)
            {
                case '(': tokens.Add(new ODataToken(TokenKind.OpenParen, "(", i++)); continue;
                case ')': tokens.Add(new ODataToken(TokenKind.CloseParen, ")", i++)); continue;
                case ',': tokens.Add(new ODataToken(TokenKind.Comma, ",", i++)); continue;
                case '[': tokens.Add(new ODataToken(TokenKind.OpenBracket, "[", i++)); continue;
                case ']': tokens.Add(new ODataToken(TokenKind.CloseBracket, "]", i++)); continue;
                case '=': tokens.Add(new ODataToken(TokenKind.Equals, "=", i++)); continue;
                case '/': tokens.Add(new ODataToken(TokenKind.Slash, "/", i++)); continue;
                case '\'':
                case '"':
                    string literal = ReadString(text, ref i, c);
                    tokens.Add(new ODataToken(TokenKind.Literal, text[start..i], start, literal));
                    continue;
            }

            Match match = GuidPattern().Match(text, i);
            if (match.Success && match.Index == i)
            {
                i += match.Length;
                tokens.Add(new ODataToken(TokenKind.Literal, match.Value, start, Guid.Parse(match.Value)));
                continue;
            }

            match = DatePattern().Match(text, i);
            if (match.Success && match.Index == i)
            {
                i += match.Length;
                tokens.Add(new ODataToken(TokenKind.Literal, match.Value, start, ParseDate(match.Value, start, text)));
                continue;
            }

            match = NumberPattern().Match(text, i);
            if (match.Success && match.Index == i)
            {
                i += match.Length;
                tokens.Add(new ODataToken(TokenKind.Literal, match.Value, start, ParseNumber(match.Value, start, text)));
                continue;
            }

            match = IdentifierPattern().Match(text, i);
            if (match.Success && match.Index == i)
            {
                i += match.Length;
                tokens.Add(match.Value switch
                {
                    "true" => new ODataToken(TokenKind.Literal, match.Value, start, true),
                    "false" => new ODataToken(TokenKind.Literal, match.Value, start, false),
                    "null" => new ODataToken(TokenKind.Literal, match.Value, start, null),
                    _ => new ODataToken(TokenKind.Identifier, match.Value, start),
                });
                continue;
            }

            throw SyntaxError(start, text);
        }

        tokens.Add(new ODataToken(TokenKind.End, "", text.Length));
        return tokens;
    }

    /// <summary>The OData library's wording for a malformed expression.</summary>
    public static ODataException SyntaxError(int position, string text) =>
        new($"Syntax error at position {position} in '{text}'.");

    private static string ReadString(string text, ref int i, char quote)
    {
        int start = i;
        var value = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == quote)
            {
                // OData doubles a quote inside a string literal: 'O''Neil'.
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    value.Append(quote);
                    i += 2;
                    continue;
                }

                i++;
                return value.ToString();
            }

            if (quote == '"' && c == '\\' && i + 1 < text.Length)
            {
                value.Append(text[i + 1]);
                i += 2;
                continue;
            }

            value.Append(c);
            i++;
        }

        throw new ODataException($"There is an unterminated string literal at position {start} in '{text}'.");
    }

    private static DateTime ParseDate(string value, int position, string text)
    {
        if (value.Length == 10)
        {
            if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
            {
                return DateTime.SpecifyKind(date, DateTimeKind.Utc);
            }
        }
        else if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant))
        {
            return instant.UtcDateTime;
        }

        throw new ODataException($"The date-time literal '{value}' at position {position} in '{text}' is not valid.");
    }

    private static object ParseNumber(string value, int position, string text)
    {
        string digits = value.TrimEnd('m', 'M', 'd', 'D', 'f', 'F', 'l', 'L');
        bool integral = digits.IndexOfAny(['.', 'e', 'E']) < 0;
        if (integral && int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int small)) return small;
        if (integral && long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long large)) return large;
        if (decimal.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number)) return number;
        if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double real)) return real;
        throw SyntaxError(position, text);
    }

    [GeneratedRegex(@"\G[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z_])")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"\G\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?(?![0-9A-Za-z_])")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\G-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDfFlL]?(?![0-9A-Za-z_])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\G[A-Za-z_$@][A-Za-z0-9_.]*")]
    private static partial Regex IdentifierPattern();
}
