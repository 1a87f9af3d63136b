using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Packing;

/// <summary>
/// How the platform writes the XML parts of a solution zip: no declaration, no byte order mark,
/// two-space indentation and CRLF line ends (as in the exported samples), so a packed file reads
/// like an exported one and the same input always gives the same bytes.
/// </summary>
public static class PackageXml
{
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        OmitXmlDeclaration = true,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\r\n",
        NewLineHandling = NewLineHandling.Replace,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    /// <summary>
    /// Loads a source file keeping text exactly: whitespace is dropped only where it is layout
    /// (between child elements), never inside a text value such as &lt;Description&gt; &lt;/Description&gt;.
    /// </summary>
    public static XDocument Load(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var document = XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        StripLayout(document.Root!);
        return document;
    }

    /// <summary>A parentless deep copy without its own xmlns declarations (the part's root declares xsi).</summary>
    public static XElement Copy(XElement element)
    {
        var copy = new XElement(element);
        foreach (var declaration in copy.Attributes().Where(a => a.IsNamespaceDeclaration).ToList()) declaration.Remove();
        return copy;
    }

    public static byte[] Serialize(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            root.WriteTo(writer);
        }
        return stream.ToArray();
    }

    private static void StripLayout(XElement element)
    {
        if (element.HasElements)
        {
            foreach (var text in element.Nodes().OfType<XText>().Where(t => string.IsNullOrWhiteSpace(t.Value)).ToList()) text.Remove();
        }
        foreach (var child in element.Elements()) StripLayout(child);
    }
}
