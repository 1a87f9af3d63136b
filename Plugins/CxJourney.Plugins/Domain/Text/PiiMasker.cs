using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CxJourney.Plugins.Domain.Text;

/// <summary>
/// The one masker for personal data in text that leaves its source record (touchpoint, case score, journey,
/// follow-up subjects and descriptions, traces). Passes, in order:
/// <list type="number">
/// <item>format characters (bidi overrides and isolates, zero-width characters, soft hyphens; Unicode category Cf)
/// and control characters other than tab and line breaks are removed, so "Invoice \u202Efdp.exe" cannot render
/// backwards and a zero-width space cannot split a card number past the scanners;</item>
/// <item>email addresses, internationalised and quoted ("[email]"), then obfuscated ones: "john dot doe at gmail
/// dot com", "jo[at]example[dot]org" (<see cref="PiiMasker"/>.Emails);</item>
/// <item>IBANs with a valid mod-97 check ("[iban]"); national identifiers with a recognisable shape and, where one
/// exists, a valid check (UK NI, Spanish DNI/NIE, Italian codice fiscale: "[id]"); values after a keyword (SSN, sort
/// code, account number: "[id]" / "[account]");</item>
/// <item>digit runs: Luhn-valid 13-19 digits in any framing ("[card]"), US SSN 3-2-4, Canadian SIN 3-3-3 (Luhn), French
/// NIR (key) ("[id]"), UK sort code followed by an account number ("[account]"), then phone numbers ("[phone]").</item>
/// </list>
/// Business references stay readable: order and invoice numbers, dates, times, amounts, versions and IP addresses
/// are recognised and left alone (the corpus in the tests lists the near-misses). Every pass is a single left-to-right
/// scan or a regex of bounded length with a timeout, so the cost is linear in the text; when a regex still times out
/// the text is withheld entirely (fail closed). Masking is deterministic and idempotent.
/// </summary>
public static partial class PiiMasker
{
    public const string EmailMask = "[email]";
    public const string PhoneMask = "[phone]";
    public const string CardMask = "[card]";
    public const string IbanMask = "[iban]";
    public const string IdMask = "[id]";
    public const string AccountMask = "[account]";

    /// <summary>What a text becomes when it defeats the patterns: nothing of it is shown.</summary>
    public const string WithheldMask = "[text withheld]";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    // Every trace line passes through the masker, so its patterns are compiled where the runtime allows it (the
    // tests, the demo, the local organization). The .NET Framework build keeps the interpreter: the sandbox a
    // deployed plug-in runs in is partial trust, where compiling a pattern is not something to count on.
#if NET
    private const RegexOptions Speed = RegexOptions.Compiled;
#else
    private const RegexOptions Speed = RegexOptions.None;
#endif

    /// <summary>The text with personal data replaced by masks and format characters removed; null gives "".</summary>
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        try
        {
            var clean = RemoveFormatCharacters(text!);
            // Record ids (GUIDs) are no personal data and traces need them whole: only the text between them is scanned.
            var id = NextRecordId(clean, 0);
            if (id < 0) return MaskPiece(clean);
            var sb = new StringBuilder(clean.Length);
            var copied = 0;
            for (; id >= 0; id = NextRecordId(clean, copied))
            {
                sb.Append(MaskPiece(clean.Substring(copied, id - copied))).Append(clean, id, RecordIdLength);
                copied = id + RecordIdLength;
            }
            return sb.Append(MaskPiece(clean.Substring(copied))).ToString();
        }
        catch (RegexMatchTimeoutException)
        {
            return WithheldMask;
        }
    }

    private const int RecordIdLength = 36;

    /// <summary>
    /// Where the next record id starts at or after <paramref name="from"/> (-1: none): 8-4-4-4-12 ASCII hex digits
    /// with no hex digit touching either end, the leftmost first. A scan rather than a pattern: every trace line
    /// passes here, most carry ids, and a regex match per line cost more than the masking around it.
    /// </summary>
    private static int NextRecordId(string text, int from)
    {
        for (var i = from; i + RecordIdLength <= text.Length; i++)
        {
            if (!IsHex(text[i]) || (i > 0 && IsHex(text[i - 1]))) continue;
            if (IsRecordIdAt(text, i) && (i + RecordIdLength == text.Length || !IsHex(text[i + RecordIdLength]))) return i;
        }
        return -1;
    }

    private static bool IsRecordIdAt(string text, int start)
    {
        for (var k = 0; k < RecordIdLength; k++)
        {
            var c = text[start + k];
            if (k is 8 or 13 or 18 or 23) { if (c != '-') return false; }
            else if (!IsHex(c)) return false;
        }
        return true;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');

    private static string MaskPiece(string clean)
    {
        if (clean.Length == 0) return clean;
        clean = MaskEmails(clean);
        clean = MaskObfuscatedEmails(clean);
        clean = MaskIbans(clean);
        clean = MaskLetterIdentifiers(clean);
        clean = MaskKeywordValues(clean);
        return MaskDigitRuns(clean);
    }

    /// <summary>Removes Unicode format characters (Cf) and control characters except tab, CR and LF.</summary>
    public static string RemoveFormatCharacters(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            var drop = category == UnicodeCategory.Format || (category == UnicodeCategory.Control && c != '\t' && c != '\n' && c != '\r');
            if (drop)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
            }
            else if (sb != null)
            {
                sb.Append(c);
                if (pair) sb.Append(text[i + 1]);
            }
            if (pair) i++;
        }
        return sb?.ToString() ?? text;
    }

    internal static bool IsDigit(char c) => c >= '0' && c <= '9' || (c > 127 && char.IsDigit(c));

    internal static int DigitValue(char c) => c >= '0' && c <= '9' ? c - '0' : (int)CharUnicodeInfo.GetDecimalDigitValue(c);

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.IsSurrogate(c) ||
                                               CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | Speed, Timeout);
}
