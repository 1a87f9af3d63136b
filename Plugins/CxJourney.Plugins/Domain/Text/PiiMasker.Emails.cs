using System;
using System.Collections.Generic;
using System.Text;

namespace CxJourney.Plugins.Domain.Text;

public static partial class PiiMasker
{
    // Webmail domains for which "john.doe at gmail.com" (a plain "at", real dots) is an address, not prose.
    private static readonly HashSet<string> MailProviders = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac", "aol", "gmx",
        "web", "proton", "protonmail", "pm", "yandex", "mail", "zoho", "fastmail", "orange", "btinternet", "sky", "free",
    };

    // Top-level domains that are not also short English words: with a plain "at" ("jo at example dot com") the
    // address must end in one of these, so prose such as "look at this dot in the corner" stays.
    private static readonly HashSet<string> ProseSafeTopLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "uk", "de", "fr", "es", "nl", "ch", "ie", "au", "ca",
        "info", "biz", "eu", "pl", "se", "dk", "fi", "ru", "jp", "cn", "br", "mx", "ai", "dev", "app", "nz", "za", "pt", "gr",
    };

    /// <summary>
    /// Addresses around each '@': a local part of letters (any script), digits, combining marks and the usual
    /// punctuation, or a quoted local part; a domain of at least two labels whose last has two or more letters.
    /// Each '@' looks left and right over characters no other '@' can claim, so the scan is linear.
    /// </summary>
    private static string MaskEmails(string text)
    {
        if (text.IndexOf('@') < 0) return text;
        var sb = new StringBuilder(text.Length);
        var copied = 0;
        for (var at = text.IndexOf('@'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1)
        {
            var start = LocalPartStart(text, at, copied);
            var end = DomainEnd(text, at);
            if (start < 0 || end < 0) continue;
            sb.Append(text, copied, start - copied).Append(EmailMask);
            copied = end;
            if (end >= text.Length) break;
            at = end - 1;
        }
        if (copied == 0) return text;
        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static int LocalPartStart(string text, int at, int floor)
    {
        if (at == 0) return -1;
        if (text[at - 1] == '"')
        {
            // "john doe"@example.com: a quoted local part of at most 64 characters on one line.
            for (var i = at - 2; i >= floor && i >= at - 66; i--)
            {
                if (text[i] == '\n' || text[i] == '\r') return -1;
                if (text[i] == '"') return i;
            }
            return -1;
        }
        var start = at;
        while (start > floor && IsLocalChar(text[start - 1])) start--;
        // A local part starts with neither a dot nor a quote: "write to 'jo@example.com'" keeps its quotes.
        while (start < at && (text[start] == '.' || text[start] == '\'' || text[start] == '`')) start++;
        return start < at ? start : -1;
    }

    private static int DomainEnd(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && (IsWordChar(text[end]) && text[end] != '_' || text[end] == '-' || text[end] == '.')) end++;
        while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) end--;
        if (end == at + 1) return -1;
        var domain = text.Substring(at + 1, end - at - 1);
        var labels = domain.Split('.');
        if (labels.Length < 2) return -1;
        foreach (var label in labels)
            if (label.Length == 0) return -1;
        return IsTopLevelLabel(labels[labels.Length - 1]) ? end : -1;
    }

    private static bool IsTopLevelLabel(string label)
    {
        if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase)) return label.Length > 4;
        if (label.Length < 2) return false;
        foreach (var c in label)
            if (!char.IsLetter(c) && !char.IsSurrogate(c) && !IsMark(c)) return false;
        return true;
    }

    private static bool IsMark(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsLocalChar(char c) => IsWordChar(c) || c is '.' or '-' or '+' or '%' or '\'' or '!' or '#' or '$' or '&' or '*' or '=' or '?' or '^' or '`' or '~';

    // ------------------------------------------------------------------ obfuscated

    private enum TokenKind { Word, Dot, At, Other }

    private readonly struct Token
    {
        public Token(TokenKind kind, int start, int end, bool spelled, string text)
        {
            Kind = kind; Start = start; End = end; Spelled = spelled; Text = text;
        }

        public TokenKind Kind { get; }
        public int Start { get; }
        public int End { get; }
        /// <summary>"dot", "[at]", "(dot)": written out to hide the address (a real '.' or '@' is not).</summary>
        public bool Spelled { get; }
        public string Text { get; }
    }

    /// <summary>
    /// "john dot doe at gmail dot com", "jo [at] example [dot] org", "john.doe(at)example.com": words joined by dots
    /// (real or spelled) around an "at". A plain word "at" counts only when a dot is spelled out too or the domain is a
    /// webmail provider, so "meet at example.com" style prose keeps its words unless it names one.
    /// </summary>
    private static string MaskObfuscatedEmails(string text)
    {
        // Only an "at" standing as a word of its own (or bracketed) or an '@' can join an address: "status" or "Created"
        // cannot, and most texts have no other, so they are not tokenized at all.
        if (!HasAtToken(text)) return text;
        var tokens = Tokenize(text);
        var sb = new StringBuilder(text.Length);
        var copied = 0;
        for (var k = 1; k < tokens.Count - 1; k++)
        {
            if (tokens[k].Kind != TokenKind.At || tokens[k].Start < copied) continue;
            var last = DomainTokens(tokens, k, out var domainSpelled, out var firstLabel);
            if (last < 0) continue;
            var plainWord = tokens[k].Kind == TokenKind.At && !tokens[k].Spelled && tokens[k].Text != "@";
            if (plainWord && !ProseSafeTopLevel.Contains(tokens[last].Text)) continue;
            var first = LocalTokens(tokens, k, out var localSpelled);
            if (first < 0 || tokens[first].Start < copied) continue;
            if (plainWord && !domainSpelled && !localSpelled && !MailProviders.Contains(firstLabel)) continue;
            sb.Append(text, copied, tokens[first].Start - copied).Append(EmailMask);
            copied = tokens[last].End;
            k = last;
        }
        if (copied == 0) return text;
        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    private const int MaxLabels = 8;

    private static int DomainTokens(List<Token> tokens, int at, out bool spelled, out string firstLabel)
    {
        spelled = false;
        firstLabel = string.Empty;
        var j = at + 1;
        if (j >= tokens.Count || tokens[j].Kind != TokenKind.Word) return -1;
        firstLabel = tokens[j].Text;
        var best = -1;
        var bestSpelled = false;
        var anySpelled = false;
        for (var labels = 1; labels < MaxLabels && j + 2 < tokens.Count && tokens[j + 1].Kind == TokenKind.Dot && tokens[j + 2].Kind == TokenKind.Word; labels++)
        {
            anySpelled |= tokens[j + 1].Spelled;
            j += 2;
            if (IsTopLevelLabel(tokens[j].Text) && IsShortLabel(tokens[j].Text))
            {
                best = j;
                bestSpelled = anySpelled;
            }
        }
        spelled = bestSpelled;
        return best;
    }

    private static bool IsShortLabel(string label) => label.Length <= 24;

    private static int LocalTokens(List<Token> tokens, int at, out bool spelled)
    {
        spelled = false;
        var i = at - 1;
        if (tokens[i].Kind != TokenKind.Word) return -1;
        for (var labels = 1; labels < MaxLabels && i - 2 >= 0 && tokens[i - 1].Kind == TokenKind.Dot && tokens[i - 2].Kind == TokenKind.Word; labels++)
        {
            spelled |= tokens[i - 1].Spelled;
            i -= 2;
        }
        return i;
    }

    /// <summary>Whether <see cref="Tokenize"/> would find an At token: an '@', or "at" with no word character, '-' or '+' touching it.</summary>
    private static bool HasAtToken(string text)
    {
        if (text.IndexOf('@') >= 0) return true;
        for (var k = text.IndexOf("at", StringComparison.OrdinalIgnoreCase); k >= 0; k = k + 1 < text.Length ? text.IndexOf("at", k + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            var before = k == 0 || !IsTokenChar(text[k - 1]);
            var after = k + 2 == text.Length || !IsTokenChar(text[k + 2]);
            if (before && after) return true;
        }
        return false;
    }

    private static bool IsTokenChar(char c) => IsWordChar(c) || c == '-' || c == '+';

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsTokenChar(c))
            {
                var start = i;
                while (i < text.Length && IsTokenChar(text[i])) i++;
                var word = text.Substring(start, i - start);
                if (word.Equals("at", StringComparison.OrdinalIgnoreCase)) tokens.Add(new Token(TokenKind.At, start, i, false, word));
                else if (word.Equals("dot", StringComparison.OrdinalIgnoreCase)) tokens.Add(new Token(TokenKind.Dot, start, i, true, word));
                else tokens.Add(new Token(TokenKind.Word, start, i, false, word));
                continue;
            }
            if (c == '.') { tokens.Add(new Token(TokenKind.Dot, i, i + 1, false, ".")); i++; continue; }
            if (c == '@') { tokens.Add(new Token(TokenKind.At, i, i + 1, false, "@")); i++; continue; }
            if (c is '[' or '(' or '{' or '<' && Bracketed(text, i, out var kind, out var end))
            {
                tokens.Add(new Token(kind, i, end, true, text.Substring(i, end - i)));
                i = end;
                continue;
            }
            tokens.Add(new Token(TokenKind.Other, i, i + 1, false, c.ToString()));
            i++;
        }
        return tokens;
    }

    /// <summary>"[at]", "( dot )", "{at}", "&lt;dot&gt;": a spelled-out '@' or '.' in brackets.</summary>
    private static bool Bracketed(string text, int open, out TokenKind kind, out int end)
    {
        kind = TokenKind.Other;
        end = open;
        var close = text[open] switch { '[' => ']', '(' => ')', '{' => '}', _ => '>' };
        var i = open + 1;
        while (i < text.Length && text[i] == ' ') i++;
        var wordStart = i;
        while (i < text.Length && i - wordStart < 4 && char.IsLetter(text[i])) i++;
        var word = text.Substring(wordStart, i - wordStart);
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] != close) return false;
        if (word.Equals("at", StringComparison.OrdinalIgnoreCase)) kind = TokenKind.At;
        else if (word.Equals("dot", StringComparison.OrdinalIgnoreCase)) kind = TokenKind.Dot;
        else return false;
        end = i + 1;
        return true;
    }
}
