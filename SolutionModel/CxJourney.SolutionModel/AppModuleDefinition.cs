using System;
using System.Collections.Generic;

namespace CxJourney.SolutionModel;

/// <summary>
/// A model-driven app, from AppModules/&lt;UniqueName&gt;/AppModule.xml (or inline in customizations.xml):
/// what it shows (tables, forms, views, its site map) and which roles may open it.
/// </summary>
// Element names as real exports write them: shared/reference/solution-format/unpacked-apps/README.md.
public sealed record AppModuleDefinition
{
    public required string UniqueName { get; init; }
    public string? DisplayName { get; init; }
    public required IReadOnlyList<AppModuleComponentDefinition> Components { get; init; }

    /// <summary>&lt;AppModuleRoleMaps&gt;&lt;Role id="..."/&gt;: the roles whose users see the app.</summary>
    public required IReadOnlyList<Guid> RoleIds { get; init; }
    public required SourceLocation Source { get; init; }

    /// <summary>The app's tables (component type 1), by logical name.</summary>
    public IEnumerable<string> Tables => Names(AppComponentTypes.Table);

    /// <summary>The site maps the app uses (component type 62).</summary>
    public IEnumerable<string> SiteMaps => Names(AppComponentTypes.SiteMap);

    private IEnumerable<string> Names(int type)
    {
        foreach (var component in Components)
            if (component.Type == type && component.SchemaName is { } name) yield return name;
    }

    public override string ToString() => UniqueName;
}

/// <summary>&lt;AppModuleComponent type="..." schemaName="..."/&gt; or with id="{...}".</summary>
public sealed record AppModuleComponentDefinition
{
    public required int Type { get; init; }
    public string? SchemaName { get; init; }
    public Guid? Id { get; init; }
    public required SourceLocation Source { get; init; }
}

/// <summary>The solution component types an app lists (solutioncomponent.componenttype).</summary>
public static class AppComponentTypes
{
    public const int Table = 1;
    public const int View = 26;
    public const int Form = 60;
    public const int SiteMap = 62;
    public const int App = 80;
}

/// <summary>An app's site map, from AppModuleSiteMaps/&lt;UniqueName&gt;/AppModuleSiteMap.xml.</summary>
public sealed record SiteMapDefinition
{
    public required string UniqueName { get; init; }
    public required IReadOnlyList<SiteMapSubAreaDefinition> SubAreas { get; init; }
    public required SourceLocation Source { get; init; }

    public override string ToString() => UniqueName;
}

/// <summary>
/// One navigation entry: a table's grid (<see cref="Entity"/>), a URL (a web resource as
/// "$webresource:name"), a dashboard or a custom page; with the area and group it sits in.
/// </summary>
public sealed record SiteMapSubAreaDefinition
{
    public required string Id { get; init; }
    public required string Area { get; init; }
    public required string Group { get; init; }
    public string? Title { get; init; }
    public string? Entity { get; init; }
    public string? Url { get; init; }
    public string? Page { get; init; }

    /// <summary>&lt;Privilege Entity Privilege/&gt;: privileges a user needs for the entry to show.</summary>
    public IReadOnlyList<(string Entity, string Privileges)> Privileges { get; init; } = Array.Empty<(string, string)>();
    public required SourceLocation Source { get; init; }

    /// <summary>The web resource a "$webresource:name" URL opens, else null.</summary>
    public string? WebResource => Url is { } url && url.StartsWith(WebResourcePrefix, StringComparison.OrdinalIgnoreCase)
        ? url[WebResourcePrefix.Length..].Trim()
        : null;

    public const string WebResourcePrefix = "$webresource:";
}
