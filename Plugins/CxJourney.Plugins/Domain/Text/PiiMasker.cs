using System;
using System.Text.RegularExpressions;

namespace CxJourney.Plugins.Domain.Text;

/// <summary>
/// Masks the obvious personal data people type into subjects: email addresses become "[email]",
/// phone numbers "[phone]", card-like digit runs "[card]".
/// The rules lean toward keeping business references readable:
/// <list type="bullet">
/// <item>a run of 13-19 digits (single spaces or dashes allowed between groups) is a card, whether or not it
/// passes the Luhn check: leaking a card number costs far more than hiding a long reference;</item>
/// <item>7-15 digits with a leading '+' or "00", or written with separators (spaces, dots, dashes, brackets),
/// is a phone number, except runs starting with a date such as 2024-05-01 or 01.05.2024;</item>
/// <item>a bare run of 10-12 digits is a phone number (a national number with area code); shorter bare runs
/// such as "Order 12345678" stay, since they are usually order, case or invoice numbers.</item>
/// </list>
/// Masking is deterministic and idempotent (masking masked text changes nothing).
/// </summary>
public static class PiiMasker
{
    public const string EmailMask = "[email]";
    public const string PhoneMask = "[phone]";
    public const string CardMask = "[card]";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Email = new(
        @"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
        RegexOptions.CultureInvariant, Timeout);

    // A digit-led run of digits and phone/card separators, not glued to letters, digits or a reference's
    // own separators ("INV-2024-0042", "#1234 5678").
    private static readonly Regex DigitRun = new(
        @"(?<![\w+\-/.#])(?:\+|\(\+?)?\d(?:[ .\-()/]{0,2}\d)*\)?(?![\w])",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex DateLike = new(
        @"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex CardGroups = new(
        @"^\d+(?:[ \-]\d+)*$",
        RegexOptions.CultureInvariant, Timeout);

    /// <summary>The text with emails, phone numbers and card-like numbers replaced by masks; null gives "".</summary>
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        try
        {
            var masked = Email.Replace(text!, EmailMask);
            return DigitRun.Replace(masked, MaskDigits);
        }
        catch (RegexMatchTimeoutException)
        {
            // Fail closed: when the text defeats the patterns, show none of it.
            return PhoneMask;
        }
    }

    private static string MaskDigits(Match match)
    {
        var run = match.Value;
        // "2024-05-01 10" (a date then an hour) is one run; a date never starts a phone or card number.
        if (DateLike.IsMatch(run.Split(' ')[0]))
            return run;
        var digits = 0;
        var hasSeparator = false;
        foreach (var c in run)
        {
            if (c >= '0' && c <= '9') digits++;
            else if (c != '+') hasSeparator = true;
        }
        var international = run.StartsWith("+", StringComparison.Ordinal) || run.StartsWith("(+", StringComparison.Ordinal) ||
                            (run.StartsWith("00", StringComparison.Ordinal) && !hasSeparator && digits >= 9);

        if (digits >= 13 && digits <= 19 && !international && CardGroups.IsMatch(run))
            return CardMask;
        if (digits > 15)
            return digits <= 19 ? CardMask : run;
        if (digits >= 7 && (international || hasSeparator))
            return PhoneMask;
        if (digits >= 10 && digits <= 12 && !hasSeparator)
            return PhoneMask;
        return run;
    }
}
