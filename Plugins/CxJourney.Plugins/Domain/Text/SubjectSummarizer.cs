using System.Text;

namespace CxJourney.Plugins.Domain.Text;

/// <summary>
/// Builds the journey touchpoint's subject column from the source activity's subject.
/// The touchpoint is a summary row that more people can see (journey timelines, dashboards, exports)
/// than the email or call it points to, so it carries no body text and the obvious personal data in the
/// subject is masked (<see cref="PiiMasker"/>); the full text stays in the source record, protected by that
/// record's own security. Steps: mask, collapse every whitespace run (including line breaks and tabs) to one
/// space, drop control characters, and when longer than the limit cut at the last word boundary and add "…".
/// An empty subject gives an empty string: the caller chooses a placeholder; the body is never used instead.
/// </summary>
public static class SubjectSummarizer
{
    /// <summary>Length of the touchpoint subject column.</summary>
    public const int DefaultMaxLength = 200;

    public const string Ellipsis = "…";

    public static string Summarize(string? subject, int maxLength = DefaultMaxLength)
    {
        if (maxLength < 2)
            throw new System.ArgumentOutOfRangeException(nameof(maxLength), "The limit must leave room for at least one character and the ellipsis.");
        var collapsed = CollapseWhitespace(PiiMasker.Mask(subject));
        if (collapsed.Length <= maxLength)
            return collapsed;

        var room = maxLength - Ellipsis.Length;
        var cut = room;
        // Never split a surrogate pair.
        if (char.IsLowSurrogate(collapsed[cut]) && cut > 0)
            cut--;
        if (cut > 0 && collapsed[cut] != ' ')
        {
            var space = collapsed.LastIndexOf(' ', cut - 1, cut);
            // A single giant "word" (a URL) is cut hard rather than leaving almost nothing.
            if (space >= room / 2)
                cut = space;
        }
        var head = collapsed.Substring(0, cut).TrimEnd(' ', ',', ';', ':', '-', '.');
        return head + Ellipsis;
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (char.IsControl(c))
                continue;
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
