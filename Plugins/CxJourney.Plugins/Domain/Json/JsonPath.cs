using System.Globalization;
using System.Text;

namespace CxJourney.Plugins.Domain.Json;

/// <summary>Builds the JSONPath-style locations used in error messages ($, $.a, $.a[2], $['odd name']).</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsPlainName(name) ? parent + "." + name : parent + "['" + name.Replace("\\", "\\\\").Replace("'", "\\'") + "']";

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
            return false;
        foreach (var c in name)
        {
            if (!(c == '_' || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                return false;
        }
        return true;
    }

    /// <summary>A short, quoted rendering of a string for messages; long values are cut so a message stays one line.</summary>
    public static string Quote(string value)
    {
        const int max = 40;
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        JsonWriter.AppendEscaped(sb, value.Length > max ? value.Substring(0, max) : value);
        if (value.Length > max)
            sb.Append('…');
        sb.Append('"');
        return sb.ToString();
    }
}
