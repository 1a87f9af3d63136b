using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking;

/// <summary>Locations for elements the checker reads itself (forms, ribbons, schema errors), in the reader's style.</summary>
internal static class ElementPaths
{
    private static readonly string[] IdentifyingAttributes =
    {
        "Name", "PhysicalName", "name", "schemaname", "id", "value", "SdkMessageProcessingStepId", "PluginAssemblyId", "PluginTypeId",
    };

    public static SourceLocation Locate(string file, XObject node)
    {
        var element = node as XElement ?? node.Parent;
        var steps = new List<string>();
        for (var current = element; current is not null; current = current.Parent) steps.Add(Step(current));
        steps.Reverse();
        var path = "/" + string.Join("/", steps);
        if (node is XAttribute attribute) path += "/@" + attribute.Name.LocalName;
        var line = node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
        return new SourceLocation(file, path, line);
    }

    private static string Step(XElement element)
    {
        var name = element.Name.LocalName;
        if (element.Parent is null) return name;
        foreach (var key in IdentifyingAttributes)
        {
            if (element.Attribute(key) is { } attribute) return $"{name}[@{key}='{attribute.Value}']";
        }
        var siblings = element.Parent.Elements(element.Name).ToList();
        return siblings.Count > 1 ? $"{name}[{siblings.IndexOf(element) + 1}]" : name;
    }
}
