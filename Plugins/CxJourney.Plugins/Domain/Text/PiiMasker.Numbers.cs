using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace CxJourney.Plugins.Domain.Text;

public static partial class PiiMasker
{
    private readonly struct DigitGroup
    {
        public DigitGroup(int start, int end, string digits) { Start = start; End = end; Digits = digits; }
        public int Start { get; }
        public int End { get; }
        /// <summary>ASCII digits (any script's decimal digits are read as their values).</summary>
        public string Digits { get; }
    }

    /// <summary>A run of digit groups joined by one or two separators, with its leading '+' or '(' if any.</summary>
    private sealed class DigitSpan
    {
        public readonly List<DigitGroup> Groups = new();
        public readonly List<string> Separators = new();
        public int Start;
        public int End;
        public bool Plus;
        public bool Glued;

        public string Separator(int after) => Separators[after];
    }

    private readonly struct Replacement
    {
        public Replacement(int start, int end, string mask) { Start = start; End = end; Mask = mask; }
        public int Start { get; }
        public int End { get; }
        public string Mask { get; }
    }

    private const string SeparatorChars = " .-/()";

    private static string MaskDigitRuns(string text)
    {
        var replacements = new List<Replacement>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i])) { i++; continue; }
            var span = ReadSpan(text, i);
            Classify(text, span, replacements);
            i = span.Groups[span.Groups.Count - 1].End;
        }
        if (replacements.Count == 0) return text;
        var sb = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var r in replacements)
        {
            sb.Append(text, copied, r.Start - copied).Append(r.Mask);
            copied = r.End;
        }
        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static DigitSpan ReadSpan(string text, int first)
    {
        var span = new DigitSpan { Start = first };
        var i = first;
        while (true)
        {
            var start = i;
            var digits = new StringBuilder();
            while (i < text.Length && IsDigit(text[i])) { digits.Append((char)('0' + DigitValue(text[i]))); i++; }
            span.Groups.Add(new DigitGroup(start, i, digits.ToString()));
            var sep = i;
            while (sep < text.Length && sep - i < 2 && SeparatorChars.IndexOf(text[sep]) >= 0) sep++;
            if (sep == i || sep >= text.Length || !IsDigit(text[sep])) break;
            span.Separators.Add(text.Substring(i, sep - i));
            i = sep;
        }
        span.End = i;
        // A leading "+", "(" or "(+" belongs to the number; a closing bracket after it too.
        if (first > 0 && text[first - 1] == '+') { span.Plus = true; span.Start = first - 1; }
        if (span.Start > 0 && text[span.Start - 1] == '(') span.Start--;
        if (first > 1 && text[first - 1] == '(' && text[first - 2] == '+') { span.Plus = true; span.Start = first - 2; }
        var opened = CountOf(text, span.Start, span.End, '(') > CountOf(text, span.Start, span.End, ')');
        if (opened && span.End < text.Length && text[span.End] == ')') span.End++;
        span.Glued = GluedBefore(text, span.Start) || (span.End < text.Length && (IsWordChar(text[span.End]) || text[span.End] == '@'));
        return span;
    }

    private static int CountOf(string text, int start, int end, char c)
    {
        var n = 0;
        for (var i = start; i < end; i++) if (text[i] == c) n++;
        return n;
    }

    // "INV-2024-0042", "#1234", "v1.2.3", "A12345678": part of a reference, not a number of its own; "tel.0207..." is.
    private static bool GluedBefore(string text, int start)
    {
        if (start == 0) return false;
        var c = text[start - 1];
        if (IsWordChar(c) || c == '#' || c == '/' || c == '\\' || c == '=' || c == '@') return true;
        if ((c == '-' || c == '.' || c == ':') && start >= 2 && IsWordChar(text[start - 2]))
            return !PhoneWordBefore.IsMatch(text.Substring(System.Math.Max(0, start - 12), System.Math.Min(12, start)));
        return false;
    }

    private static readonly Regex PhoneWordBefore = Pattern(@"(?:^|[^\p{L}])(?:tel|ph|phone|mob|mobile|cell|fax|no|nr)[.:\-]$");

    // "Order 2024-000123", "invoice no. 10 4432 11": the number is named as a business reference.
    private static readonly Regex ReferenceWordBefore = Pattern(
        @"(?:^|[^\p{L}])(?:order|invoice|inv|ref|reference|ticket|case|po|tracking|quote|booking|confirmation|policy|contract|shipment|parcel|item|sku|version|build|release|isbn|issn|ean|upc|gtin)(?:\s*(?:no\.?|number|nr\.?|id|#))?[\s:#.]*$");

    private static readonly Regex CurrencyBefore = Pattern(@"(?:[$€£¥]|\b(?:eur|usd|gbp|chf|jpy|aud|cad|sek|nok|dkk|pln|kr))\s*$");

    private static readonly Regex CurrencyAfter = Pattern(@"^\s*(?:[$€£¥]|(?:eur|usd|gbp|chf|jpy|aud|cad|sek|nok|dkk|pln|kr|euros?|dollars?|pounds?)\b)");

    private static void Classify(string text, DigitSpan span, List<Replacement> output)
    {
        var groups = span.Groups;
        // Dates split the span: what is between them is classified on its own.
        var pieceStart = 0;
        var c = 0;
        while (c < groups.Count)
        {
            var date = DateLength(span, c);
            if (date == 0) { c++; continue; }
            ClassifyPiece(text, span, pieceStart, c - 1, output);
            c += date;
            pieceStart = c;
        }
        ClassifyPiece(text, span, pieceStart, groups.Count - 1, output);
    }

    /// <summary>Card numbers anywhere in the piece (any framing: Luhn decides), then the rest as one number.</summary>
    private static void ClassifyPiece(string text, DigitSpan span, int first, int last, List<Replacement> output)
    {
        if (first > last) return;
        var rest = first;
        for (var s = first; s <= last; s++)
        {
            var end = LongestCard(span, s, last);
            if (end < 0) continue;
            ClassifyNumber(text, span, rest, s - 1, output);
            output.Add(new Replacement(span.Groups[s].Start, span.Groups[end].End, CardMask));
            rest = end + 1;
            s = end;
        }
        ClassifyNumber(text, span, rest, last, output);
    }

    private static int End(DigitSpan span, int lastGroup) => lastGroup == span.Groups.Count - 1 ? span.End : span.Groups[lastGroup].End;

    private static int LongestCard(DigitSpan span, int s, int last)
    {
        var digits = new StringBuilder();
        var found = -1;
        for (var e = s; e <= last && digits.Length <= 19; e++)
        {
            if (e > s && !IsCardSeparator(span.Separator(e - 1))) break;
            digits.Append(span.Groups[e].Digits);
            if (digits.Length >= 13 && digits.Length <= 19 && PiiChecksums.Luhn(digits.ToString())) found = e;
        }
        return found;
    }

    private static bool IsCardSeparator(string sep) => sep is " " or "-" or "." or "  " or " -" or "- ";

    private static void ClassifyNumber(string text, DigitSpan span, int first, int last, List<Replacement> output)
    {
        if (first > last || span.Glued) return;
        var start = first == 0 ? span.Start : span.Groups[first].Start;
        var end = End(span, last);
        var mask = NumberMask(text, span, first, last);
        if (mask != null) output.Add(new Replacement(start, end, mask));
    }

    private static string? NumberMask(string text, DigitSpan span, int first, int last)
    {
        var count = last - first + 1;
        var lengths = new int[count];
        var all = new StringBuilder();
        for (var g = 0; g < count; g++)
        {
            lengths[g] = span.Groups[first + g].Digits.Length;
            all.Append(span.Groups[first + g].Digits);
        }
        var digits = all.ToString();
        var seps = span.Separators.GetRange(first, count - 1);
        var sameSep = seps.TrueForAll(s => s == (seps.Count > 0 ? seps[0] : s));
        var dashOrSpace = seps.TrueForAll(s => s is "-" or " ");

        // Sort code and account number: 12-34-56 12345678.
        if (count == 4 && lengths[0] == 2 && lengths[1] == 2 && lengths[2] == 2 && lengths[3] is 7 or 8 && dashOrSpace)
            return AccountMask;
        if (count == 3 && sameSep && dashOrSpace)
        {
            var g = span.Groups;
            if (lengths[0] == 3 && lengths[1] == 2 && lengths[2] == 4 && PiiChecksums.PlausibleSsn(g[first].Digits, g[first + 1].Digits, g[last].Digits))
                return IdMask;
            if (lengths[0] == 3 && lengths[1] == 3 && lengths[2] == 3 && PiiChecksums.Luhn(digits))
                return IdMask;
        }
        if (digits.Length == 15 && PiiChecksums.FrenchNir(digits))
            return IdMask;
        return IsPhone(text, span, first, last, digits, lengths, seps) ? PhoneMask : null;
    }

    private static bool IsPhone(string text, DigitSpan span, int first, int last, string digits, int[] lengths, List<string> seps)
    {
        var start = first == 0 ? span.Start : span.Groups[first].Start;
        var plus = first == 0 && span.Plus;
        var international = plus || (digits.StartsWith("00", System.StringComparison.Ordinal) && digits.Length >= 9);
        var bracketed = text.IndexOf('(', start, End(span, last) - start) >= 0;
        if (digits.Length < 7 || digits.Length > 15) return false;
        if (ReferenceWordBefore.IsMatch(text.Substring(System.Math.Max(0, start - 40), System.Math.Min(40, start)))) return false;
        if (international) return true;
        if (seps.Count == 0 && !bracketed) return digits.Length >= 10 && digits.Length <= 12;

        var lookBehind = text.Substring(System.Math.Max(0, start - 8), System.Math.Min(8, start));
        var end = End(span, last);
        var lookAhead = text.Substring(end, System.Math.Min(10, text.Length - end));
        if (CurrencyBefore.IsMatch(lookBehind) || CurrencyAfter.IsMatch(lookAhead)) return false;

        // 1.234.567 (thousands), 10.30-11.30 (times), 1.2.3.4 (versions, addresses): a dot next to a short group.
        var frenchStyle = lengths.Length >= 4 && System.Array.TrueForAll(lengths, l => l == 2) && seps.TrueForAll(s => s == seps[0]);
        for (var g = 0; g < seps.Count; g++)
        {
            if (seps[g] != ".") continue;
            if (frenchStyle) continue;
            if (lengths[g] <= 2 || lengths[g + 1] <= 2) return false;
        }
        if (seps.TrueForAll(s => s == ".") && lengths[0] <= 3 && Tail(lengths).TrueForAll(l => l == 3)) return false;
        // 2023-2024, 1999/2000: a range of years.
        if (lengths.Length == 2 && lengths[0] == 4 && lengths[1] == 4 && IsYear(span.Groups[first].Digits) && IsYear(span.Groups[last].Digits)) return false;
        return true;
    }

    private static List<int> Tail(int[] lengths)
    {
        var tail = new List<int>(lengths);
        tail.RemoveAt(0);
        return tail;
    }

    private static bool IsYear(string digits) => digits.StartsWith("19", System.StringComparison.Ordinal) || digits.StartsWith("20", System.StringComparison.Ordinal);

    /// <summary>3 when groups c..c+2 are a date (2024-05-01, 01/05/2024, 1.5.24), else 0.</summary>
    private static int DateLength(DigitSpan span, int c)
    {
        if (c + 2 >= span.Groups.Count) return 0;
        var sep = span.Separator(c);
        if (sep != span.Separator(c + 1) || sep is not ("-" or "/" or ".")) return 0;
        // 01.23.45.67.89 is a phone number written in pairs, not a date followed by more.
        if (c + 3 < span.Groups.Count && span.Separator(c + 2) == sep) return 0;
        var a = span.Groups[c].Digits;
        var b = span.Groups[c + 1].Digits;
        var d = span.Groups[c + 2].Digits;
        if (a.Length == 4 && b.Length <= 2 && d.Length <= 2)
            return InRange(b, 1, 12) && InRange(d, 1, 31) ? 3 : 0;
        if (a.Length <= 2 && b.Length <= 2 && (d.Length == 2 || d.Length == 4))
            return (InRange(a, 1, 31) && InRange(b, 1, 12)) || (InRange(a, 1, 12) && InRange(b, 1, 31)) ? 3 : 0;
        return 0;
    }

    private static bool InRange(string digits, int min, int max)
    {
        var v = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return v >= min && v <= max;
    }
}
