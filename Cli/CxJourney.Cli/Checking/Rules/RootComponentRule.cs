using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// Other/Solution.xml's &lt;RootComponents&gt; list what the solution is made of: a table, global
/// choice, role, web resource, plugin assembly or step missing there is imported but not part of
/// the solution (it is left behind on uninstall and not exported again), and an entry naming
/// nothing in Solution/ makes the import fail. Environment variables need no entry (the exported
/// samples list none).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent#componenttype-choicesoptions
internal sealed class RootComponentRule : ICheckRule
{
    private const int Table = 1;
    private const int OptionSet = 9;
    private const int Role = 20;
    private const int WebResource = 61;
    private const int PluginAssembly = 91;
    private const int Step = 92;
    private const int SiteMap = AppComponentTypes.SiteMap;
    private const int App = AppComponentTypes.App;

    public string Name => "root-components";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        var solution = context.Solution;
        var manifest = solution.Manifest;
        var byName = manifest.RootComponents.Where(c => c.SchemaName is not null)
            .Select(c => (c.Type, Name: c.SchemaName!.ToLowerInvariant())).ToHashSet();
        var byId = manifest.RootComponents.Where(c => c.Id is not null).Select(c => (c.Type, c.Id!.Value)).ToHashSet();

        var wantedNames = new List<(int Type, string Name, string What, SourceLocation Source)>();
        wantedNames.AddRange(solution.Tables.Select(t => (Table, t.LogicalName, $"table {t.LogicalName}", t.Source)));
        wantedNames.AddRange(solution.GlobalOptionSets.Select(o => (OptionSet, o.Name, $"global choice {o.Name}", o.Source)));
        wantedNames.AddRange(solution.WebResources.Select(w => (WebResource, w.Name, $"web resource {w.Name}", w.Source)));
        wantedNames.AddRange(solution.AppModules.Select(a => (App, a.UniqueName, $"app {a.UniqueName}", a.Source)));
        wantedNames.AddRange(solution.SiteMaps.Select(m => (SiteMap, m.UniqueName, $"site map {m.UniqueName}", m.Source)));
        var wantedIds = new List<(int Type, Guid Id, string What, string Extra, SourceLocation Source)>();
        wantedIds.AddRange(solution.Roles.Select(r => (Role, r.Id, $"role {r.Name}", "", r.Source)));
        wantedIds.AddRange(solution.PluginAssemblies.Select(a => (PluginAssembly, a.Id, $"plugin assembly {a.Name}", $" schemaName=\"{a.FullName}\"", a.Source)));
        wantedIds.AddRange(solution.Steps.Select(s => (Step, s.Id, $"step {s.Name}", "", s.Source)));

        foreach (var wanted in wantedNames.Where(w => !byName.Contains((w.Type, w.Name.ToLowerInvariant()))))
            yield return CheckContext.Error(Name, wanted.Source, $"{wanted.What} is not among the root components of {manifest.Source.File}",
                $"add <RootComponent type=\"{wanted.Type}\" schemaName=\"{wanted.Name}\" behavior=\"0\" /> to <RootComponents>");
        foreach (var wanted in wantedIds.Where(w => !byId.Contains((w.Type, w.Id))))
            yield return CheckContext.Error(Name, wanted.Source, $"{wanted.What} is not among the root components of {manifest.Source.File}",
                $"add <RootComponent type=\"{wanted.Type}\" id=\"{{{wanted.Id}}}\"{wanted.Extra} behavior=\"0\" /> to <RootComponents>");

        var names = wantedNames.Select(w => (w.Type, w.Name.ToLowerInvariant())).ToHashSet();
        var ids = wantedIds.Select(w => (w.Type, w.Id)).ToHashSet();
        foreach (var component in manifest.RootComponents)
        {
            if (component.Type is not (Table or OptionSet or Role or WebResource or PluginAssembly or Step or App or SiteMap)) continue;
            var found = component.Type is Table or OptionSet or WebResource or App or SiteMap
                ? component.SchemaName is { } name && names.Contains((component.Type, name.ToLowerInvariant()))
                : component.Id is { } id && ids.Contains((component.Type, id));
            if (!found)
                yield return CheckContext.Error(Name, component.Source,
                    $"root component type {component.Type} '{component.SchemaName ?? component.Id?.ToString()}' names nothing the solution defines",
                    "remove the entry, or add the component it names");
        }
    }
}
