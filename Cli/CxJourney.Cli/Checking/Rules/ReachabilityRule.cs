using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// Everything a user is meant to open can be opened after import, with no manual step: each view is
/// reachable from an app (its table is in the app, and the app lists it or lists no views of that
/// table, which shows them all) or from a form's subgrid; each web resource from a site map entry
/// ("$webresource:name"), a form's web resource control or script library, a command bar button, or a reachable page that
/// loads it by relative URL. An app names a site map the solution ships, and every table its site map
/// opens is one of the app's tables.
/// </summary>
// App components and "all views when none listed": https://learn.microsoft.com/power-apps/maker/model-driven-apps/add-edit-app-components
// Site map sub areas: shared/reference/solution-format/schemas/SiteMapType.xsd.
internal sealed partial class ReachabilityRule : ICheckRule
{
    /// <summary>classid of a form's web resource control (shared/reference/solution-format/unpacked-apps/README.md).</summary>
    public const string WebResourceControlClassId = "{9FDF5F91-88B1-47f4-AD53-C11EFC01A01D}";

    public string Name => "reachability";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        var solution = context.Solution;
        var problems = new List<CheckProblem>();
        var siteMaps = solution.SiteMaps.ToDictionary(m => m.UniqueName, StringComparer.OrdinalIgnoreCase);

        foreach (var app in solution.AppModules)
        {
            var tables = new HashSet<string>(app.Tables, StringComparer.OrdinalIgnoreCase);
            var appSiteMaps = app.SiteMaps.ToList();
            if (appSiteMaps.Count == 0)
                problems.Add(CheckContext.Error(Name, app.Source, $"app {app.UniqueName} has no site map (no <AppModuleComponent type=\"62\">), so it shows no navigation",
                    "add AppModuleSiteMaps/<name>/AppModuleSiteMap.xml and list it in the app"));
            foreach (var name in appSiteMaps)
            {
                if (!siteMaps.TryGetValue(name, out var siteMap))
                {
                    problems.Add(CheckContext.Error(Name, app.Source, $"app {app.UniqueName} uses site map '{name}', which the solution does not ship",
                        $"add AppModuleSiteMaps/{name}/AppModuleSiteMap.xml or fix the name"));
                    continue;
                }
                foreach (var entry in siteMap.SubAreas.Where(s => s.Entity is not null && !tables.Contains(s.Entity!)))
                    problems.Add(CheckContext.Error(Name, entry.Source, $"site map entry {entry.Id} opens table '{entry.Entity}', which app {app.UniqueName} does not include",
                        $"add <AppModuleComponent type=\"1\" schemaName=\"{entry.Entity}\" /> to the app"));
            }
            foreach (var table in tables.Where(t => !context.Catalog.ContainsTable(t)))
                problems.Add(CheckContext.Error(Name, app.Source, $"app {app.UniqueName} includes table '{table}', which neither the solution nor the standard tables define",
                    "fix the logical name or remove the component"));
        }

        problems.AddRange(Views(context));
        problems.AddRange(WebResources(context));
        return problems;
    }

    // ---- views ----------------------------------------------------------------------------

    private IEnumerable<CheckProblem> Views(CheckContext context)
    {
        var solution = context.Solution;
        var fromForms = new HashSet<Guid>();
        foreach (var table in solution.Tables)
            foreach (var file in table.FormFiles)
                foreach (var id in SubgridViews(context.Xml(file))) fromForms.Add(id);

        var listedViews = new HashSet<Guid>(solution.AppModules
            .SelectMany(a => a.Components)
            .Where(c => c.Type == AppComponentTypes.View && c.Id is not null)
            .Select(c => c.Id!.Value));

        foreach (var table in solution.Tables)
        {
            var views = table.SavedQueryFiles
                .SelectMany(file => SavedQueries(context, file))
                .ToList();
            if (views.Count == 0) continue;
            var inApps = solution.AppModules
                .Where(a => a.Tables.Contains(table.LogicalName, StringComparer.OrdinalIgnoreCase))
                .ToList();
            // An app that lists none of this table's views shows all of them.
            var anyAppShowsAll = inApps.Any(app => !views.Any(v => AppLists(app, v.Id)));
            foreach (var (id, name, location) in views)
            {
                if (fromForms.Contains(id) || anyAppShowsAll || listedViews.Contains(id) && inApps.Any(app => AppLists(app, id))) continue;
                yield return CheckContext.Error(Name, location,
                    $"view '{name}' of {table.LogicalName} is reachable from no app and no form",
                    inApps.Count == 0
                        ? $"add <AppModuleComponent type=\"1\" schemaName=\"{table.LogicalName}\" /> to an app, or show the view in a form's subgrid"
                        : $"list it in the app as <AppModuleComponent type=\"26\" id=\"{{{id}}}\" />, or show it in a form's subgrid");
            }
        }
    }

    private static bool AppLists(AppModuleDefinition app, Guid viewId)
        => app.Components.Any(c => c.Type == AppComponentTypes.View && c.Id == viewId);

    private static IEnumerable<(Guid Id, string Name, SourceLocation Location)> SavedQueries(CheckContext context, string file)
    {
        var root = context.Xml(file);
        if (root is null) yield break;
        foreach (var query in root.DescendantsAndSelf("savedquery"))
        {
            if (!Guid.TryParse(query.Element("savedqueryid")?.Value, out var id)) continue;
            var name = query.Element("LocalizedNames")?.Elements("LocalizedName").Select(n => n.Attribute("description")?.Value).FirstOrDefault() ?? id.ToString();
            yield return (id, name, ElementPaths.Locate(file, query));
        }
    }

    private static IEnumerable<Guid> SubgridViews(XElement? form)
    {
        if (form is null) yield break;
        foreach (var parameters in form.Descendants("parameters"))
        {
            foreach (var element in parameters.Elements().Where(e => e.Name.LocalName is "ViewId" or "ViewIds"))
                foreach (var part in element.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (Guid.TryParse(part, out var id)) yield return id;
        }
    }

    // ---- web resources --------------------------------------------------------------------

    private IEnumerable<CheckProblem> WebResources(CheckContext context)
    {
        var solution = context.Solution;
        var byName = solution.WebResources.ToDictionary(w => w.Name, StringComparer.OrdinalIgnoreCase);
        var usedSiteMaps = new HashSet<string>(solution.AppModules.SelectMany(a => a.SiteMaps), StringComparer.OrdinalIgnoreCase);

        var roots = new List<string>();
        foreach (var siteMap in solution.SiteMaps.Where(m => usedSiteMaps.Contains(m.UniqueName)))
            foreach (var entry in siteMap.SubAreas)
                if (entry.WebResource is { } name) roots.Add(name);
        foreach (var table in solution.Tables)
        {
            foreach (var file in table.FormFiles)
                roots.AddRange(FormWebResources(context.Xml(file)));
            // A command bar button's script runs in the app too.
            if (table.RibbonDiffFile is { } ribbon && context.Xml(ribbon) is { } diff)
                foreach (var attribute in diff.DescendantsAndSelf().Attributes())
                    if (attribute.Value.StartsWith(SiteMapSubAreaDefinition.WebResourcePrefix, StringComparison.OrdinalIgnoreCase))
                        roots.Add(attribute.Value[SiteMapSubAreaDefinition.WebResourcePrefix.Length..].Trim());
        }

        // Pages load their scripts and style sheets by relative URL; follow them from every reachable page.
        var reachable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unknown = false;
        var pending = new Stack<string>(roots);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!reachable.Add(name) || !byName.TryGetValue(name, out var resource) || resource.Type != WebResourceType.Html) continue;
            if (CxJourney.SolutionModel.Packing.WebResourceContent.Locate(solution, resource) is not { } content)
            {
                unknown = true; // the web-resources rule reports the missing content
                continue;
            }
            foreach (var loaded in LoadedBy(name, File.ReadAllText(content))) pending.Push(loaded);
        }

        foreach (var resource in solution.WebResources.Where(r => !reachable.Contains(r.Name)))
        {
            if (unknown && resource.Type != WebResourceType.Html) continue;
            yield return CheckContext.Error(Name, resource.Source,
                $"web resource {resource.Name} is reachable from no app or form: no site map entry opens it, no form hosts it, no reachable page loads it",
                $"open it from the app's site map (Url=\"$webresource:{resource.Name}\"), host it on a form, load it from a page, or remove it");
        }
        foreach (var name in reachable.Where(n => !byName.ContainsKey(n) && roots.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            var where = solution.SiteMaps.SelectMany(m => m.SubAreas).FirstOrDefault(s => string.Equals(s.WebResource, name, StringComparison.OrdinalIgnoreCase));
            if (where is not null)
                yield return CheckContext.Error(Name, where.Source, $"site map entry {where.Id} opens web resource '{name}', which the solution does not define",
                    $"add WebResources/{name} with its .data.xml, or fix the name");
        }
    }

    private static IEnumerable<string> FormWebResources(XElement? form)
    {
        if (form is null) yield break;
        foreach (var control in form.Descendants("control"))
        {
            if (!string.Equals(control.Attribute("classid")?.Value, WebResourceControlClassId, StringComparison.OrdinalIgnoreCase)) continue;
            if (control.Element("parameters")?.Element("Url")?.Value.Trim() is { Length: > 0 } url) yield return url;
        }
        foreach (var library in form.Descendants("Library"))
            if (library.Attribute("name")?.Value.Trim() is { Length: > 0 } name) yield return name;
    }

    /// <summary>The web resources a page loads by relative URL (src= and href=), as names beside the page's.</summary>
    internal static IEnumerable<string> LoadedBy(string pageName, string html)
    {
        var folder = pageName.Contains('/') ? pageName[..(pageName.LastIndexOf('/') + 1)] : "";
        foreach (Match match in RelativeReference().Matches(html))
        {
            var target = match.Groups[2].Value;
            if (target.Length == 0 || target.Contains(':') || target.StartsWith('/') || target.StartsWith('#')) continue;
            var path = folder + target.Split('?', '#')[0];
            var parts = new List<string>();
            foreach (var segment in path.Split('/'))
            {
                if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
                else if (segment is not ("." or "")) parts.Add(segment);
            }
            yield return string.Join('/', parts);
        }
    }

    [GeneratedRegex("""\b(src|href)\s*=\s*["']([^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeReference();
}
