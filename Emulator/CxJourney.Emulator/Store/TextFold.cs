using System.Globalization;
using System.Text;

namespace CxJourney.Emulator.Store;

/// <summary>
/// Text as the database collation compares it in LIKE and begins-with (case- and accent-insensitive): upper-cased
/// with diacritics stripped, so that ordinal comparison of folded strings behaves like a CI_AI collation. One
/// definition for the query's patterns and the store's prefix index, so the index finds exactly what a pattern
/// can match.
/// </summary>
public static class TextFold
{
    public static string Fold(string text)
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
}
