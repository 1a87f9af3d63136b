using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CxJourney.Plugins.Domain.Json;

/// <summary>
/// A strict RFC 8259 reader for admin-written configuration (environment variables, step configuration).
/// https://www.rfc-editor.org/rfc/rfc8259
/// Strict means: no comments, no trailing commas, no single quotes, no NaN/Infinity, no leading zeros,
/// no raw control characters in strings, no unpaired surrogate escapes and no duplicate property names
/// (RFC 8259 §4 leaves duplicates undefined; silently keeping one would hide a typo from the admin).
/// A leading byte-order mark is ignored (§8.1 allows it). Nesting deeper than <see cref="MaxDepth"/>
/// is rejected so a hostile value cannot exhaust the sandbox's stack.
/// Each call works on its own state, so the static entry point is safe from any number of threads.
/// </summary>
public static class JsonReader
{
    /// <summary>Deepest nesting of arrays/objects accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses a whole JSON text into a <see cref="JsonValue"/>; anything but whitespace after the value is an error.</summary>
    /// <exception cref="JsonConfigurationException">The text is empty or not valid JSON; the message gives line, column and path.</exception>
    public static JsonValue Parse(string? text)
    {
        var parser = new Parser(text ?? string.Empty);
        return parser.ParseDocument();
    }

    private sealed class Parser
    {
        private readonly string _s;
        private int _pos;
        private int _line = 1;
        private int _lineStart;

        public Parser(string s)
        {
            _s = s;
            if (_s.Length > 0 && _s[0] == '\uFEFF')
            {
                _pos = 1;
                _lineStart = 1;
            }
        }

        private int Column => _pos - _lineStart + 1;

        public JsonValue ParseDocument()
        {
            SkipWhitespace(JsonPath.Root);
            if (_pos >= _s.Length)
                throw Fail(JsonPath.Root, "the configuration is empty; expected a JSON value such as {}");
            var value = ParseValue(JsonPath.Root, 0);
            SkipWhitespace(JsonPath.Root);
            if (_pos < _s.Length)
                throw Fail(JsonPath.Root, $"expected the end of the text after the value but found {Found()}");
            return value;
        }

        private JsonValue ParseValue(string path, int depth)
        {
            SkipWhitespace(path);
            if (_pos >= _s.Length)
                throw Fail(path, "expected a value but found the end of the text");
            var line = _line;
            var column = Column;
            var c = _s[_pos];
            switch (c)
            {
                case '{': return ParseObject(path, depth + 1, line, column);
                case '[': return ParseArray(path, depth + 1, line, column);
                case '"': return JsonValue.Str(ParseString(path), path, line, column);
                case 't': ExpectWord("true", path); return JsonValue.Bool(true, path, line, column);
                case 'f': ExpectWord("false", path); return JsonValue.Bool(false, path, line, column);
                case 'n': ExpectWord("null", path); return JsonValue.Null(path, line, column);
                case '\'': throw Fail(path, "strings must be in double quotes (\"), not single quotes");
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                        return JsonValue.Number(ParseNumber(path), path, line, column);
                    if (char.IsLetter(c))
                        throw BareWord(path);
                    throw Fail(path, $"expected a value (object, array, string, number, true, false or null) but found {Found()}");
            }
        }

        private JsonValue ParseObject(string path, int depth, int line, int column)
        {
            if (depth > MaxDepth)
                throw Fail(path, $"objects and arrays are nested more than {MaxDepth} levels deep");
            _pos++; // '{'
            var properties = new List<KeyValuePair<string, JsonValue>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            SkipWhitespace(path);
            if (Peek() == '}')
            {
                _pos++;
                return JsonValue.Obj(properties, path, line, column);
            }
            while (true)
            {
                SkipWhitespace(path);
                var next = Peek();
                if (next != '"')
                {
                    if (next == '}' && properties.Count > 0)
                        throw Fail(path, "expected a property name after ',' but found '}' (trailing commas are not allowed)");
                    if (next == '\'')
                        throw Fail(path, "property names must be in double quotes (\"), not single quotes");
                    throw Fail(path, $"expected a property name in double quotes but found {Found()}");
                }
                var nameLine = _line;
                var nameColumn = Column;
                var name = ParseString(path);
                var propertyPath = JsonPath.Property(path, name);
                if (!seen.Add(name))
                    throw new JsonConfigurationException(nameLine, nameColumn, propertyPath, $"the property '{name}' appears more than once");
                SkipWhitespace(propertyPath);
                if (Peek() != ':')
                    throw Fail(propertyPath, $"expected ':' after the property name but found {Found()}");
                _pos++;
                var value = ParseValue(propertyPath, depth);
                properties.Add(new KeyValuePair<string, JsonValue>(name, value));
                SkipWhitespace(path);
                var c = Peek();
                if (c == ',')
                {
                    _pos++;
                    continue;
                }
                if (c == '}')
                {
                    _pos++;
                    return JsonValue.Obj(properties, path, line, column);
                }
                throw Fail(path, $"expected ',' or '}}' after the value of '{name}' but found {Found()}");
            }
        }

        private JsonValue ParseArray(string path, int depth, int line, int column)
        {
            if (depth > MaxDepth)
                throw Fail(path, $"objects and arrays are nested more than {MaxDepth} levels deep");
            _pos++; // '['
            var items = new List<JsonValue>();
            SkipWhitespace(path);
            if (Peek() == ']')
            {
                _pos++;
                return JsonValue.Arr(items, path, line, column);
            }
            while (true)
            {
                var itemPath = JsonPath.Index(path, items.Count);
                SkipWhitespace(itemPath);
                if (Peek() == ']' && items.Count > 0)
                    throw Fail(itemPath, "expected a value after ',' but found ']' (trailing commas are not allowed)");
                items.Add(ParseValue(itemPath, depth));
                SkipWhitespace(path);
                var c = Peek();
                if (c == ',')
                {
                    _pos++;
                    continue;
                }
                if (c == ']')
                {
                    _pos++;
                    return JsonValue.Arr(items, path, line, column);
                }
                throw Fail(path, $"expected ',' or ']' after item {items.Count - 1} but found {Found()}");
            }
        }

        private string ParseString(string path)
        {
            var startLine = _line;
            var startColumn = Column;
            _pos++; // opening quote
            StringBuilder? sb = null;
            var runStart = _pos;
            while (true)
            {
                if (_pos >= _s.Length)
                    throw new JsonConfigurationException(startLine, startColumn, path, "this string has no closing double quote (\")");
                var c = _s[_pos];
                if (c == '"')
                {
                    string result;
                    if (sb == null)
                        result = _s.Substring(runStart, _pos - runStart);
                    else
                        result = sb.Append(_s, runStart, _pos - runStart).ToString();
                    _pos++;
                    return result;
                }
                if (c < ' ')
                {
                    if (c == '\n' || c == '\r')
                        throw Fail(path, "a line break inside a string must be written as \\n; is a closing double quote (\") missing?");
                    throw Fail(path, $"control character U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)} inside a string must be escaped");
                }
                if (c != '\\')
                {
                    _pos++;
                    continue;
                }
                sb ??= new StringBuilder();
                sb.Append(_s, runStart, _pos - runStart);
                _pos++; // backslash
                if (_pos >= _s.Length)
                    throw new JsonConfigurationException(startLine, startColumn, path, "this string has no closing double quote (\")");
                var e = _s[_pos];
                switch (e)
                {
                    case '"': sb.Append('"'); _pos++; break;
                    case '\\': sb.Append('\\'); _pos++; break;
                    case '/': sb.Append('/'); _pos++; break;
                    case 'b': sb.Append('\b'); _pos++; break;
                    case 'f': sb.Append('\f'); _pos++; break;
                    case 'n': sb.Append('\n'); _pos++; break;
                    case 'r': sb.Append('\r'); _pos++; break;
                    case 't': sb.Append('\t'); _pos++; break;
                    case 'u': sb.Append(ParseUnicodeEscape(path)); break;
                    default:
                        _pos--; // point at the backslash
                        throw Fail(path, $"'\\{e}' is not a valid escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX");
                }
                runStart = _pos;
            }
        }

        // At the 'u' of \uXXXX; returns one char, or a surrogate pair when a high surrogate is followed by \uDC00-\uDFFF.
        private string ParseUnicodeEscape(string path)
        {
            var escapeStart = _pos - 1;
            var first = ReadHex4(path, escapeStart);
            if (first >= 0xDC00 && first <= 0xDFFF)
                throw FailAt(escapeStart, path, "\\u escape is a lone low surrogate; a character outside the basic plane needs a high and a low surrogate pair");
            if (first < 0xD800 || first > 0xDBFF)
                return ((char)first).ToString();
            if (_pos + 1 < _s.Length && _s[_pos] == '\\' && _s[_pos + 1] == 'u')
            {
                var secondStart = _pos;
                _pos++;
                var second = ReadHex4(path, secondStart);
                if (second >= 0xDC00 && second <= 0xDFFF)
                    return new string(new[] { (char)first, (char)second });
            }
            throw FailAt(escapeStart, path, "\\u escape is a high surrogate not followed by a low surrogate escape");
        }

        private int ReadHex4(string path, int escapeStart)
        {
            _pos++; // 'u'
            var value = 0;
            for (var i = 0; i < 4; i++)
            {
                var digit = _pos < _s.Length ? HexValue(_s[_pos]) : -1;
                if (digit < 0)
                    throw FailAt(escapeStart, path, "\\u must be followed by exactly four hexadecimal digits");
                value = (value << 4) | digit;
                _pos++;
            }
            return value;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        // number = [ minus ] int [ frac ] [ exp ]; int = zero / ( digit1-9 *DIGIT )
        private string ParseNumber(string path)
        {
            var start = _pos;
            if (_s[_pos] == '-')
            {
                _pos++;
                if (_pos >= _s.Length || !IsDigit(_s[_pos]))
                    throw Fail(path, $"expected a digit after '-' but found {Found()}");
            }
            if (_s[_pos] == '0')
            {
                _pos++;
                if (_pos < _s.Length && IsDigit(_s[_pos]))
                    throw FailAt(start, path, "numbers must not have leading zeros");
            }
            else
            {
                while (_pos < _s.Length && IsDigit(_s[_pos])) _pos++;
            }
            if (_pos < _s.Length && _s[_pos] == '.')
            {
                _pos++;
                if (_pos >= _s.Length || !IsDigit(_s[_pos]))
                    throw Fail(path, $"expected a digit after the decimal point but found {Found()}");
                while (_pos < _s.Length && IsDigit(_s[_pos])) _pos++;
            }
            if (_pos < _s.Length && (_s[_pos] == 'e' || _s[_pos] == 'E'))
            {
                _pos++;
                if (_pos < _s.Length && (_s[_pos] == '+' || _s[_pos] == '-')) _pos++;
                if (_pos >= _s.Length || !IsDigit(_s[_pos]))
                    throw Fail(path, $"expected a digit in the exponent but found {Found()}");
                while (_pos < _s.Length && IsDigit(_s[_pos])) _pos++;
            }
            var literal = _s.Substring(start, _pos - start);
            if (!IsFinite(literal))
                throw FailAt(start, path, $"the number {literal} is too large");
            // "12abc" would otherwise report the letters as a missing comma; name the real problem.
            if (_pos < _s.Length && (char.IsLetter(_s[_pos]) || _s[_pos] == '_'))
                throw FailAt(start, path, $"expected a number but found {ReadWordFrom(start)}; text must be in double quotes");
            return literal;
        }

        // net462 throws OverflowException for out-of-range doubles while .NET Core returns infinity; treat both alike.
        private static bool IsFinite(string literal)
        {
            try
            {
                var d = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
                return !double.IsInfinity(d) && !double.IsNaN(d);
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private void ExpectWord(string word, string path)
        {
            if (string.CompareOrdinal(_s, _pos, word, 0, word.Length) == 0 &&
                (_pos + word.Length >= _s.Length || !IsWordChar(_s[_pos + word.Length])))
            {
                _pos += word.Length;
                return;
            }
            throw BareWord(path);
        }

        private JsonConfigurationException BareWord(string path) =>
            Fail(path, $"expected a value but found {ReadWordFrom(_pos)}; text must be in double quotes, and true, false and null are lower-case");

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        private string ReadWordFrom(int start)
        {
            var end = start;
            while (end < _s.Length && end - start < 40 && (IsWordChar(_s[end]) || _s[end] == '.' || _s[end] == '-' || _s[end] == '+')) end++;
            return end > start ? "'" + _s.Substring(start, end - start) + "'" : Found();
        }

        private void SkipWhitespace(string path)
        {
            while (_pos < _s.Length)
            {
                var c = _s[_pos];
                if (c == ' ' || c == '\t' || c == '\r')
                {
                    _pos++;
                }
                else if (c == '\n')
                {
                    _pos++;
                    _line++;
                    _lineStart = _pos;
                }
                else if (c == '/' && _pos + 1 < _s.Length && (_s[_pos + 1] == '/' || _s[_pos + 1] == '*'))
                {
                    throw Fail(path, "comments (// or /* */) are not allowed in JSON");
                }
                else
                {
                    return;
                }
            }
        }

        private char Peek() => _pos < _s.Length ? _s[_pos] : '\0';

        private string Found()
        {
            if (_pos >= _s.Length)
                return "the end of the text";
            var c = _s[_pos];
            if (c < ' ')
                return "control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            if (c == '"')
                return "'\"'";
            return "'" + c + "'";
        }

        private JsonConfigurationException Fail(string path, string reason) => new(_line, Column, path, reason);

        // Positions before _pos lie on the current line: no construct that uses this spans a line break.
        private JsonConfigurationException FailAt(int position, string path, string reason) =>
            new(_line, position - _lineStart + 1, path, reason);
    }
}
