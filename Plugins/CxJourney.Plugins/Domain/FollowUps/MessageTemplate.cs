using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>
/// A subject or description with placeholders in braces ("Call {contactName} about {caseNumber}");
/// "{{" and "}}" stand for literal braces. Only the names in <see cref="Placeholders"/> exist, so a typo
/// is caught when the configuration is read, not when an agent reads "{contactNmae}" in a task.
/// Values that are unknown at planning time render as "n/a".
/// </summary>
public sealed class MessageTemplate
{
    /// <summary>Every placeholder a template may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders = new ReadOnlyCollection<string>(new[]
    {
        "caseNumber", "caseTitle", "contactName", "csat", "csatSource", "ces", "cesSource", "nps",
        "sentiment", "reopens", "inboundContacts", "resolveBy", "due", "rule",
    });

    private readonly IReadOnlyList<Part> _parts;

    private MessageTemplate(string text, IReadOnlyList<Part> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    /// <exception cref="FormatException">An unknown placeholder or an unmatched brace; the message says which and where.</exception>
    public static MessageTemplate Parse(string text)
    {
        if (text == null) throw new ArgumentNullException(nameof(text));
        var parts = new List<Part>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{') { literal.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}') { literal.Append('}'); i++; continue; }
            if (c == '}')
                throw new FormatException($"a '}}' at character {i + 1} closes no placeholder (write '}}}}' for a literal brace)");
            if (c != '{') { literal.Append(c); continue; }
            var close = text.IndexOf('}', i + 1);
            if (close < 0)
                throw new FormatException($"the placeholder opened at character {i + 1} is never closed (write '{{{{' for a literal brace)");
            var name = text.Substring(i + 1, close - i - 1);
            if (!Contains(name))
                throw new FormatException($"unknown placeholder '{{{name}}}' at character {i + 1}; known placeholders: {string.Join(", ", Placeholders)}");
            if (literal.Length > 0) { parts.Add(new Part(literal.ToString(), false)); literal.Clear(); }
            parts.Add(new Part(name, true));
            i = close;
        }
        if (literal.Length > 0)
            parts.Add(new Part(literal.ToString(), false));
        return new MessageTemplate(text, parts);
    }

    /// <summary>The text with each placeholder replaced; a missing or null value becomes "n/a".</summary>
    public string Render(IReadOnlyDictionary<string, string?> values)
    {
        if (values == null) throw new ArgumentNullException(nameof(values));
        var sb = new StringBuilder();
        foreach (var p in _parts)
        {
            if (!p.IsPlaceholder)
                sb.Append(p.Text);
            else
                sb.Append(values.TryGetValue(p.Text, out var v) && v != null ? v : "n/a");
        }
        return sb.ToString();
    }

    public override string ToString() => Text;

    private static bool Contains(string name)
    {
        foreach (var p in Placeholders)
        {
            if (p == name)
                return true;
        }
        return false;
    }

    private readonly struct Part
    {
        public Part(string text, bool isPlaceholder)
        {
            Text = text;
            IsPlaceholder = isPlaceholder;
        }

        public string Text { get; }
        public bool IsPlaceholder { get; }
    }
}
