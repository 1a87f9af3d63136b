using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Reads XML that comes from a caller (FetchXML, paging cookies, $skiptoken): no DTD (so no entity
/// expansion and nothing fetched from outside), and no element nested deeper than
/// <see cref="MaxDepth"/>, so that neither a billion-laughs document nor a deeply nested one can
/// exhaust the organization's memory or stack. A refusal is an <see cref="XmlException"/>, which
/// every caller reports as not well-formed input.
/// </summary>
public static class SafeXml
{
    /// <summary>Deeper than any real query: FetchXML nests entity, link-entity and filter a few levels.</summary>
    public const int MaxDepth = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
    };

    public static XElement ParseElement(string text) => ParseDocument(text).Root!;

    public static XDocument ParseDocument(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        XDocument document = XDocument.Load(reader, LoadOptions.None);
        if (document.Root is null) throw new XmlException("The document has no root element.");
        CheckDepth(document.Root);
        return document;
    }

    private static void CheckDepth(XElement root)
    {
        // Iterative, so that checking a deep document cannot itself overflow the stack.
        var pending = new System.Collections.Generic.Stack<(XElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            (XElement element, int depth) = pending.Pop();
            if (depth > MaxDepth) throw new XmlException($"The XML nests elements more than {MaxDepth} levels deep.");
            foreach (XElement child in element.Elements()) pending.Push((child, depth + 1));
        }
    }
}
