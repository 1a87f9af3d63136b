using System;
using System.Net;
using System.Text.RegularExpressions;

namespace CxJourney.Plugins.Domain.Text;

/// <summary>
/// Turns an email body (Dataverse stores email.description as HTML) into plain text good enough for
/// word-level analysis: script/style/head blocks and comments dropped, block-level tags become line breaks,
/// other tags vanish, entities are decoded. It is not a sanitiser and its output must never be rendered as HTML.
/// Plain text passes through unchanged except for entity decoding and tag-like runs such as "&lt;b&gt;".
/// Regex instances are immutable and thread-safe; each has a timeout so a pathological body cannot
/// eat the sandbox's two-minute budget.
/// </summary>
public static class HtmlText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Invisible = new(
        @"<!--.*?-->|<(script|style|head|title)\b[^>]*>.*?</\1\s*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex BlockTag = new(
        @"<\s*(br|/?p|/?div|/?li|/?tr|/?h[1-6]|/?blockquote|/?table|hr)\b[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex AnyTag = new(
        @"<[a-zA-Z/!?][^<>]*>",
        RegexOptions.CultureInvariant, Timeout);

    /// <summary>Plain text of <paramref name="html"/>; null or empty gives an empty string.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
            return string.Empty;
        var text = html!;
        if (text.IndexOf('<') >= 0)
        {
            try
            {
                text = Invisible.Replace(text, " ");
                text = BlockTag.Replace(text, "\n");
                text = AnyTag.Replace(text, " ");
            }
            catch (RegexMatchTimeoutException)
            {
                // Give up on markup rather than on the whole message: words between tags still count.
                text = html!;
            }
        }
        if (text.IndexOf('&') >= 0)
            text = WebUtility.HtmlDecode(text);
        return text.Replace('\u00A0', ' ');
    }
}
