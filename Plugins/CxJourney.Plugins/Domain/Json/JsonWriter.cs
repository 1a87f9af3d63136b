using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CxJourney.Plugins.Domain.Json;

/// <summary>Writes the one JSON shape the plug-ins store: an object of string (or null) properties, read back by <see cref="JsonReader"/>.</summary>
public static class JsonWriter
{
    public static string StringObject(IEnumerable<KeyValuePair<string, string?>> properties)
    {
        var sb = new StringBuilder("{");
        var first = true;
        foreach (var p in properties)
        {
            if (!first) sb.Append(',');
            first = false;
            AppendString(sb, p.Key);
            sb.Append(':');
            if (p.Value is null) sb.Append("null");
            else AppendString(sb, p.Value);
        }
        return sb.Append('}').ToString();
    }

    private static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        AppendEscaped(sb, value);
        sb.Append('"');
    }

    /// <summary>Appends <paramref name="value"/> as the inside of a JSON string (also used by <see cref="JsonPath.Quote"/>).</summary>
    internal static void AppendEscaped(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
    }
}
