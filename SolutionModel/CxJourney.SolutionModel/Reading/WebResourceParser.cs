using System;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads a &lt;WebResource&gt; (a .data.xml sidecar, or inline in customizations.xml).</summary>
internal static class WebResourceParser
{
    public static WebResourceDefinition? Parse(ReadContext context, XElement element, string contentFile, bool contentExists)
    {
        var id = context.GuidText(element, "WebResourceId", required: true);
        var name = context.RequiredText(element, "Name");
        var typeCode = context.Int(element, "WebResourceType", required: true);
        WebResourceType? type = null;
        if (typeCode is not null)
        {
            if (Enum.IsDefined(typeof(WebResourceType), typeCode.Value)) type = (WebResourceType)typeCode.Value;
            else context.Error(element.Element("WebResourceType")!, $"<WebResourceType> {typeCode} is not a web resource type (1 HTML ... 12 RESX)");
        }
        if (id is null || name.Length == 0 || type is null) return null;

        return new WebResourceDefinition
        {
            Id = id.Value,
            Name = name,
            DisplayName = ReadContext.TrimmedText(element, "DisplayName") ?? name,
            Description = ReadContext.TrimmedText(element, "Description"),
            Type = type.Value,
            LanguageCode = context.Int(element, "LanguageCode"),
            FileName = ReadContext.TrimmedText(element, "FileName"),
            ContentFile = contentFile,
            ContentExists = contentExists,
            IntroducedVersion = ReadContext.TrimmedText(element, "IntroducedVersion"),
            IsCustomizable = context.Flag(element, "IsCustomizable") ?? true,
            IsHidden = context.Flag(element, "IsHidden") ?? false,
            CanBeDeleted = context.Flag(element, "CanBeDeleted") ?? true,
            IsEnabledForMobileClient = context.Flag(element, "IsEnabledForMobileClient") ?? false,
            IsAvailableForMobileOffline = context.Flag(element, "IsAvailableForMobileOffline") ?? false,
            DependencyXml = ReadContext.TrimmedText(element, "DependencyXml"),
            Source = context.Locate(element),
        };
    }
}
