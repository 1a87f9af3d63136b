using System;

namespace CxJourney.SolutionModel;

/// <summary>&lt;WebResourceType&gt; codes.</summary>
// https://learn.microsoft.com/power-apps/developer/model-driven-apps/web-resources#web-resource-types
public enum WebResourceType
{
    Html = 1,
    Css = 2,
    JScript = 3,
    Xml = 4,
    Png = 5,
    Jpg = 6,
    Gif = 7,
    Silverlight = 8,
    Xsl = 9,
    Ico = 10,
    Svg = 11,
    Resx = 12,
}

/// <summary>A web resource, from WebResources/&lt;path&gt;.data.xml; its content is the file beside it, or where map.xml says.</summary>
public sealed record WebResourceDefinition
{
    public required Guid Id { get; init; }

    /// <summary>The unique name, e.g. cx_/journey/timeline.js.</summary>
    public required string Name { get; init; }
    public string DisplayName { get; init; } = "";
    public string? Description { get; init; }
    public required WebResourceType Type { get; init; }
    public int? LanguageCode { get; init; }

    /// <summary>&lt;FileName&gt; as written.</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// The content file, relative to the solution folder: the .data.xml path without ".data.xml", or
    /// the file map.xml maps that path to (a build output, e.g. "../WebResources/dist/timeline.js").
    /// </summary>
    public required string ContentFile { get; init; }
    public bool ContentExists { get; init; }
    public string? IntroducedVersion { get; init; }
    public bool IsCustomizable { get; init; } = true;
    public bool IsHidden { get; init; }
    public bool CanBeDeleted { get; init; } = true;
    public bool IsEnabledForMobileClient { get; init; }
    public bool IsAvailableForMobileOffline { get; init; }
    public string? DependencyXml { get; init; }
    public required SourceLocation Source { get; init; }

    public override string ToString() => Name;
}
