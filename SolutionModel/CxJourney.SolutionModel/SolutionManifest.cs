using System;
using System.Collections.Generic;

namespace CxJourney.SolutionModel;

/// <summary>&lt;Managed&gt; in solution.xml: 0 unmanaged, 1 managed; "Both" unpacks write 2.</summary>
public enum SolutionPackageKind
{
    Unmanaged = 0,
    Managed = 1,
    Both = 2,
}

/// <summary>The solution's identity and publisher, from Other/Solution.xml.</summary>
public sealed record SolutionManifest
{
    public required string UniqueName { get; init; }
    public string LocalizedName { get; init; } = "";
    public string? Description { get; init; }

    /// <summary>The version text as written (four parts, e.g. 1.0.0.0).</summary>
    public required string Version { get; init; }
    public SolutionPackageKind Managed { get; init; }
    public required PublisherDefinition Publisher { get; init; }
    public IReadOnlyList<RootComponentDefinition> RootComponents { get; init; } = Array.Empty<RootComponentDefinition>();

    /// <summary>Attributes of the ImportExportXml root (version, SolutionPackageVersion, languagecode, generatedBy).</summary>
    public string? PlatformVersion { get; init; }
    public string? SolutionPackageVersion { get; init; }
    public int LanguageCode { get; init; } = 1033;
    public string? GeneratedBy { get; init; }

    public required SourceLocation Source { get; init; }
}

public sealed record PublisherDefinition
{
    public required string UniqueName { get; init; }
    public string LocalizedName { get; init; } = "";
    public string? Description { get; init; }

    /// <summary>The prefix of every custom name (cx in cx_journey).</summary>
    public required string CustomizationPrefix { get; init; }

    /// <summary>The first five digits of every custom option value (e.g. 10000 gives 100000000).</summary>
    public int OptionValuePrefix { get; init; }
    public string? EMailAddress { get; init; }
    public string? SupportingWebsiteUrl { get; init; }
    public required SourceLocation Source { get; init; }
}

/// <summary>
/// A RootComponent of the manifest. Types seen in exports: 1 table, 20 security role, 61 web
/// resource, 91 plugin assembly, 92 plugin step, 380 environment variable definition.
/// </summary>
public sealed record RootComponentDefinition
{
    public required int Type { get; init; }
    public string? SchemaName { get; init; }
    public Guid? Id { get; init; }
    public int Behavior { get; init; }
    public required SourceLocation Source { get; init; }
}
