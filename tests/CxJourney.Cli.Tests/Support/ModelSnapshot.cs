using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Tests.Support;

/// <summary>
/// A solution model as comparable text: everything the reader read, without where it read it from
/// (file locations, the folder, the layout) and without what packing changes by design (where a
/// web resource's content lies: the round-trip tests compare the content bytes themselves). Lists are ordered by name so a different file order is not a difference.
/// </summary>
internal static class ModelSnapshot
{
    private static readonly string[] WhereFrom =
    {
        nameof(SolutionDefinition.RootFolder), nameof(SolutionDefinition.Layout), nameof(SolutionDefinition.Customizations),
        nameof(SolutionDefinition.Warnings), nameof(SolutionDefinition.RelationshipIndex),
        nameof(TableDefinition.FormFiles), nameof(TableDefinition.SavedQueryFiles), nameof(TableDefinition.RibbonDiffFile),
        "Source",
    };

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Properties.ToList())
                    {
                        var packedPath = info.Type == typeof(WebResourceDefinition)
                                         && property.Name is nameof(WebResourceDefinition.FileName) or nameof(WebResourceDefinition.ContentFile)
                                             or nameof(WebResourceDefinition.ContentExists);
                        if (WhereFrom.Contains(property.Name) || packedPath) info.Properties.Remove(property);
                    }
                },
            },
        },
    };

    public static string Of(SolutionDefinition solution)
    {
        var ordered = solution with
        {
            Tables = solution.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal).ToList(),
            GlobalOptionSets = solution.GlobalOptionSets.OrderBy(o => o.Name, StringComparer.Ordinal).ToList(),
            Relationships = solution.Relationships.OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
            PluginAssemblies = solution.PluginAssemblies.OrderBy(a => a.Name, StringComparer.Ordinal).ToList(),
            Steps = solution.Steps.OrderBy(s => s.Id).ToList(),
            EnvironmentVariables = solution.EnvironmentVariables.OrderBy(v => v.SchemaName, StringComparer.Ordinal).ToList(),
            WebResources = solution.WebResources.OrderBy(w => w.Name, StringComparer.Ordinal).ToList(),
            Roles = solution.Roles.OrderBy(r => r.Id).ToList(),
            AppModules = solution.AppModules.OrderBy(a => a.UniqueName, StringComparer.Ordinal).ToList(),
            SiteMaps = solution.SiteMaps.OrderBy(m => m.UniqueName, StringComparer.Ordinal).ToList(),
        };
        return JsonSerializer.Serialize(ordered, Options);
    }
}
