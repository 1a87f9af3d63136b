using System;
using System.Text;

namespace CxJourney.Plugins.Domain.Text;

/// <summary>
/// Keeps the newest message of a plain-text email and drops the quoted history below it, so that a
/// customer's calm reply is not scored on the angry thread it quotes (and the same words are not counted
/// once per reply). Heuristics, in order, each cutting everything from that line on:
/// Outlook's "-----Original Message-----" and its "________" separator followed by "From:",
/// a line "On ... wrote:", and a header block starting "From:" followed within three lines by "Sent:"/"Date:".
/// Lines starting with '&gt;' (quoted text) are dropped wherever they are.
/// When a cut would leave nothing, the whole text is kept (a forward with no comment still says something).
/// </summary>
public static class EmailText
{
    public static string LatestMessage(string? plainText)
    {
        if (string.IsNullOrEmpty(plainText))
            return string.Empty;
        var lines = plainText!.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var kept = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (StartsHistory(lines, i, line))
                break;
            if (line.StartsWith(">", StringComparison.Ordinal))
                continue;
            kept.Append(lines[i]).Append('\n');
        }
        var result = kept.ToString().Trim();
        return result.Length > 0 ? result : plainText.Trim();
    }

    private static bool StartsHistory(string[] lines, int index, string line)
    {
        if (line.StartsWith("-----Original Message-----", StringComparison.OrdinalIgnoreCase) ||
            line.StartsWith("----- Original Message -----", StringComparison.OrdinalIgnoreCase))
            return true;
        if (line.StartsWith("On ", StringComparison.Ordinal) && line.EndsWith("wrote:", StringComparison.Ordinal))
            return true;
        if (line.Length >= 10 && line.Trim('_').Length == 0)
            return NextNonEmptyStartsWith(lines, index + 1, "From:");
        if (line.StartsWith("From:", StringComparison.OrdinalIgnoreCase))
        {
            for (var j = index + 1; j < lines.Length && j <= index + 3; j++)
            {
                var next = lines[j].Trim();
                if (next.StartsWith("Sent:", StringComparison.OrdinalIgnoreCase) || next.StartsWith("Date:", StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }

    private static bool NextNonEmptyStartsWith(string[] lines, int from, string prefix)
    {
        for (var j = from; j < lines.Length; j++)
        {
            var next = lines[j].Trim();
            if (next.Length == 0)
                continue;
            return next.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
