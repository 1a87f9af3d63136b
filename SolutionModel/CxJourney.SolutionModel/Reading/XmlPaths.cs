using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>
/// XPath-like paths that let a reader of a report find the element: each step is qualified by the
/// element's identifying attribute, or by its position among same-named siblings.
/// </summary>
internal static class XmlPaths
{
    private static readonly string[] IdentifyingAttributes =
    {
        "Name", "PhysicalName", "name", "schemaname", "id", "value",
        "SdkMessageProcessingStepId", "PluginAssemblyId", "PluginTypeId",
    };

    public static string Of(XObject node)
    {
        var element = node as XElement ?? node.Parent;
        var steps = new List<string>();
        for (var current = element; current is not null; current = current.Parent) steps.Add(Step(current));
        steps.Reverse();
        var path = "/" + string.Join("/", steps);
        if (node is XAttribute attribute) path += "/@" + attribute.Name.LocalName;
        return path;
    }

    public static int LineOf(XObject node)
        => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static string Step(XElement element)
    {
        var name = element.Name.LocalName;
        // The file already identifies the root element.
        if (element.Parent is null) return name;
        foreach (var key in IdentifyingAttributes)
        {
            var attribute = element.Attribute(key);
            if (attribute is not null) return $"{name}[@{key}='{attribute.Value}']";
        }
        var siblings = element.Parent.Elements(element.Name).ToList();
        return siblings.Count > 1 ? $"{name}[{siblings.IndexOf(element) + 1}]" : name;
    }
}
