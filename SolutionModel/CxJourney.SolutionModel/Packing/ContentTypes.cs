using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CxJourney.SolutionModel.Packing;

/// <summary>
/// [Content_Types].xml as the platform writes it: a byte order mark, the declaration, one line;
/// a Default per file extension (xml first) and an Override per extension-less part (web resources).
/// </summary>
internal static class ContentTypes
{
    public const string EntryName = "[Content_Types].xml";
    private const string OctetStream = "application/octet-stream";

    public static byte[] Build(IEnumerable<string> partPaths)
    {
        var paths = partPaths.ToList();
        var extensions = paths
            .Select(p => Path.GetExtension(p).TrimStart('.').ToLowerInvariant())
            .Where(e => e.Length > 0 && e != "xml")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        text.Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        foreach (var extension in extensions.Prepend("xml"))
            text.Append("<Default Extension=\"").Append(Escape(extension)).Append("\" ContentType=\"").Append(OctetStream).Append("\" />");
        foreach (var path in paths.Where(p => Path.GetExtension(p).Length == 0))
            text.Append("<Override PartName=\"/").Append(Escape(path)).Append("\" ContentType=\"").Append(OctetStream).Append("\" />");
        text.Append("</Types>");

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Escape(string value)
        => value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
