using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CxJourney.Plugins.Domain.Text;

public static partial class PiiMasker
{
    /// <summary>
    /// IBANs, compact or printed in groups ("DE89 3704 0044 0532 0130 00"), any letter case: two letters and two
    /// digits at the start of a word, then up to 30 letters and digits with single spaces between; the longest
    /// prefix of 15-34 characters that passes mod 97 and ends at a word boundary is masked. Each start does at most
    /// a fixed amount of work, so the scan is linear.
    /// </summary>
    private static string MaskIbans(string text)
    {
        StringBuilder? sb = null;
        var copied = 0;
        for (var i = 0; i + 15 <= text.Length; i++)
        {
            if (!IsAsciiLetter(text[i]) || !IsAsciiLetter(text[i + 1]) || !IsAsciiDigit(text[i + 2]) || !IsAsciiDigit(text[i + 3])) continue;
            if (i > 0 && IsWordChar(text[i - 1])) continue;
            var chars = new StringBuilder(34);
            var ends = new int[34];
            var j = i;
            while (j < text.Length && chars.Length < 34)
            {
                if (IsAsciiLetter(text[j]) || IsAsciiDigit(text[j])) { chars.Append(text[j]); ends[chars.Length - 1] = j + 1; j++; }
                else if (text[j] == ' ' && j + 1 < text.Length && (IsAsciiLetter(text[j + 1]) || IsAsciiDigit(text[j + 1])) && chars.Length >= 4) j++;
                else break;
            }
            var all = chars.ToString();
            for (var length = all.Length; length >= 15; length--)
            {
                var end = ends[length - 1];
                if (end < text.Length && IsWordChar(text[end])) continue;
                if (!PiiChecksums.Iban(all.Substring(0, length))) continue;
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, i - copied).Append(IbanMask);
                copied = end;
                i = end - 1;
                break;
            }
        }
        return sb == null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    // UK National Insurance number: two prefix letters (D, F, I, Q, U, V never; O never second), six digits, A-D.
    // https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110
    private static readonly Regex UkNino = Pattern(
        @"(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-D])(?![\p{L}\p{N}])");

    // Spanish DNI (8 digits and a control letter) and NIE (X, Y or Z, 7 digits, control letter).
    private static readonly Regex SpanishId = Pattern(@"(?<![\p{L}\p{N}])([XYZ]?)[ -]?(\d{7,8})[ -]?([A-Z])(?![\p{L}\p{N}])");

    // Italian codice fiscale: surname and name letters, birth year, month letter, day, place code, control letter.
    private static readonly Regex ItalianFiscalCode = Pattern(@"(?<![\p{L}\p{N}])[A-Z]{6}\d\d[ABCDEHLMPRST]\d\d[A-Z]\d{3}[A-Z](?![\p{L}\p{N}])");

    private static string MaskLetterIdentifiers(string text)
    {
        // Each of these identifiers has six digits or more.
        if (!HasDigits(text, 6)) return text;
        text = UkNino.Replace(text, m =>
        {
            var prefix = m.Groups[1].Value.ToUpperInvariant();
            return prefix is "BG" or "GB" or "NK" or "KN" or "TN" or "NT" or "ZZ" ? m.Value : IdMask;
        });
        text = SpanishId.Replace(text, m =>
        {
            var prefix = m.Groups[1].Value.ToUpperInvariant();
            var digits = m.Groups[2].Value;
            if (prefix.Length == 0 ? digits.Length != 8 : digits.Length != 7) return m.Value;
            var number = long.Parse((prefix.Length == 0 ? "" : ((int)(prefix[0] - 'X')).ToString(CultureInfo.InvariantCulture)) + digits, CultureInfo.InvariantCulture);
            return PiiChecksums.SpanishControlLetter(number, m.Groups[3].Value[0]) ? IdMask : m.Value;
        });
        return ItalianFiscalCode.Replace(text, IdMask);
    }

    // A value named by its keyword: "SSN 123456789", "sort code 123456", "account no. 12345678", "passport: 533380006".
    private static readonly Regex IdAfterKeyword = Pattern(
        @"\b(ssn|social security(?: number| no\.?)?|sin|bsn|tin|tax id|passport(?: number| no\.?)?|national insurance(?: number| no\.?)?|ni number|nino|id number|personal number|driver'?s licen[cs]e(?: number| no\.?)?)(?![\p{L}])(\s*(?:is\s+)?[:#]{0,2}\s*)([A-Z]{0,2}\d(?:[ -]?[A-Z0-9]){4,11})(?![\p{L}\p{N}])");

    private static readonly Regex AccountAfterKeyword = Pattern(
        @"\b(sort[ -]?code|s/c|account(?: number| no\.?| nr\.?)?|acct(?: no\.?)?|a/c(?: no\.?)?|acc(?: no\.?)?|routing(?: number| no\.?)?|aba|bsb)(?![\p{L}])(\s*(?:is\s+)?[:#]{0,2}\s*)(\d(?:[ -]?\d){5,16})(?![\p{L}\p{N}])");

    private static string MaskKeywordValues(string text)
    {
        // An identifier after its keyword has five digits or more, an account number six.
        if (!HasDigits(text, 5)) return text;
        text = IdAfterKeyword.Replace(text, m => DigitCount(m.Groups[3].Value) >= 5 ? m.Groups[1].Value + m.Groups[2].Value + IdMask : m.Value);
        return AccountAfterKeyword.Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + AccountMask);
    }

    private static int DigitCount(string s)
    {
        var n = 0;
        foreach (var c in s) if (IsDigit(c)) n++;
        return n;
    }

    /// <summary>Whether the text has at least <paramref name="count"/> digits (of any script, as \d reads them).</summary>
    private static bool HasDigits(string text, int count)
    {
        foreach (var c in text)
            if (IsDigit(c) && --count == 0) return true;
        return false;
    }

    private static bool IsAsciiLetter(char c) => (c | 0x20) >= 'a' && (c | 0x20) <= 'z';

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
}
