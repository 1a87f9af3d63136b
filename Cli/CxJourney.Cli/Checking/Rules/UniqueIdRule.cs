using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// Every id in the solution is used once: a component id is the row's primary key in the target
/// organization, so two components with one id overwrite each other on import. The reader already
/// reports two components of the same kind with one id; this rule adds step images, forms, views,
/// and ids shared across kinds.
/// </summary>
internal sealed class UniqueIdRule : ICheckRule
{
    /// <summary>Kinds whose duplicates <see cref="SolutionReader"/> reports itself.</summary>
    private static readonly HashSet<string> ReaderChecked = new(StringComparer.Ordinal)
    {
        "plugin assembly", "plugin type", "step", "web resource", "role",
    };

    public string Name => "ids";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        var ids = new List<(Guid Id, string Kind, SourceLocation Source)>();
        var solution = context.Solution;
        ids.AddRange(solution.PluginAssemblies.Select(a => (a.Id, "plugin assembly", a.Source)));
        ids.AddRange(solution.PluginAssemblies.SelectMany(a => a.PluginTypes).Select(t => (t.Id, "plugin type", t.Source)));
        ids.AddRange(solution.Steps.Select(s => (s.Id, "step", s.Source)));
        ids.AddRange(solution.Steps.SelectMany(s => s.Images).Where(i => i.Id is not null).Select(i => (i.Id!.Value, "step image", i.Source)));
        ids.AddRange(solution.WebResources.Select(w => (w.Id, "web resource", w.Source)));
        ids.AddRange(solution.Roles.Select(r => (r.Id, "role", r.Source)));
        foreach (var table in solution.Tables)
        {
            foreach (var file in table.FormFiles.Where(f => !Path.GetFileNameWithoutExtension(f).EndsWith("_managed", StringComparison.OrdinalIgnoreCase)))
                ids.AddRange(IdsIn(context, file, "formid", "form"));
            foreach (var file in table.SavedQueryFiles)
                ids.AddRange(IdsIn(context, file, "savedqueryid", "view"));
        }

        foreach (var group in ids.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                if (other.Kind == first.Kind && ReaderChecked.Contains(other.Kind)) continue;
                yield return CheckContext.Error(Name, other.Source, $"id {group.Key} of this {other.Kind} is also the id of the {first.Kind} at {first.Source}",
                    "give one of them a new GUID (and update whatever refers to it)");
            }
        }
    }

    private static IEnumerable<(Guid, string, SourceLocation)> IdsIn(CheckContext context, string file, string element, string kind)
    {
        var root = context.Xml(file);
        if (root is null) yield break;
        foreach (var id in root.DescendantsAndSelf(element))
        {
            if (Guid.TryParse(id.Value, out var value)) yield return (value, kind, ElementPaths.Locate(file, id));
        }
    }
}
