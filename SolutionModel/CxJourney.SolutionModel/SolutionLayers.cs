using System;
using System.Collections.Generic;
using System.Linq;

using CxJourney.SolutionModel.Reading;

namespace CxJourney.SolutionModel;

/// <summary>
/// What an organization holds after importing a solution and then add-on solutions that depend on it:
/// every solution's tables, choices, relationships, steps, roles, variables, web resources and apps.
/// An add-on may register steps of plug-in types the base solution's assembly holds (CxJourneySales does).
/// </summary>
public static class SolutionLayers
{
    /// <summary>The base solution with each add-on folder's components added; the base unchanged when there are none.</summary>
    public static SolutionDefinition Import(SolutionDefinition baseSolution, IReadOnlyList<string> addOnFolders)
    {
        ArgumentNullException.ThrowIfNull(addOnFolders);
        return Combine(baseSolution, addOnFolders.Select(SolutionReader.Read));
    }

    /// <summary>
    /// The base solution with each add-on's components added (as an organization holds them after importing the
    /// base, then the add-ons); the base unchanged when there are none. A step id two layers both register is refused.
    /// </summary>
    public static SolutionDefinition Combine(SolutionDefinition baseSolution, IEnumerable<SolutionDefinition> addOns)
    {
        ArgumentNullException.ThrowIfNull(baseSolution);
        ArgumentNullException.ThrowIfNull(addOns);
        var result = baseSolution;
        foreach (var addOn in addOns)
        {
            var duplicates = addOn.Steps.Select(s => s.Id).Intersect(result.Steps.Select(s => s.Id)).ToList();
            if (duplicates.Count > 0)
                throw new SolutionFormatException(addOn.RootFolder,
                    duplicates.Select(id => new SolutionIssue(IssueSeverity.Error, addOn.Steps.First(s => s.Id == id).Source, $"step {id} is also in {baseSolution.Manifest.UniqueName}")).ToList());
            result = result with
            {
                Tables = [.. result.Tables, .. addOn.Tables],
                GlobalOptionSets = [.. result.GlobalOptionSets, .. addOn.GlobalOptionSets],
                Relationships = [.. result.Relationships, .. addOn.Relationships],
                PluginAssemblies = [.. result.PluginAssemblies, .. addOn.PluginAssemblies],
                Steps = [.. result.Steps, .. addOn.Steps],
                EnvironmentVariables = [.. result.EnvironmentVariables, .. addOn.EnvironmentVariables],
                WebResources = [.. result.WebResources, .. addOn.WebResources],
                Roles = [.. result.Roles, .. addOn.Roles],
                AppModules = [.. result.AppModules, .. addOn.AppModules],
                SiteMaps = [.. result.SiteMaps, .. addOn.SiteMaps],
            };
        }
        return result;
    }
}
