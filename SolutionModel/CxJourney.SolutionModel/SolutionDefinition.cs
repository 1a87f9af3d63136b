using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.SolutionModel;

/// <summary>How the folder was laid out: unpacked (pac solution unpack) or an extracted solution zip.</summary>
public enum SolutionLayout
{
    Unpacked,
    Packed,
}

/// <summary>
/// Everything a Solution/ folder defines, as read by <see cref="SolutionReader"/>. Each item
/// carries a <see cref="SourceLocation"/> so checks can say which file and element is wrong.
/// </summary>
public sealed record SolutionDefinition
{
    /// <summary>The folder read, as an absolute path.</summary>
    public required string RootFolder { get; init; }
    public required SolutionLayout Layout { get; init; }
    public required SolutionManifest Manifest { get; init; }

    /// <summary>The customizations file read (Other/Customizations.xml or customizations.xml).</summary>
    public required SourceLocation Customizations { get; init; }

    /// <summary>&lt;Languages&gt; of customizations.xml.</summary>
    public IReadOnlyList<int> Languages { get; init; } = Array.Empty<int>();
    public IReadOnlyList<TableDefinition> Tables { get; init; } = Array.Empty<TableDefinition>();
    public IReadOnlyList<OptionSetDefinition> GlobalOptionSets { get; init; } = Array.Empty<OptionSetDefinition>();
    public IReadOnlyList<RelationshipDefinition> Relationships { get; init; } = Array.Empty<RelationshipDefinition>();

    /// <summary>Relationship names listed in Other/Relationships.xml (the unpacker's index).</summary>
    public IReadOnlyList<string> RelationshipIndex { get; init; } = Array.Empty<string>();
    public IReadOnlyList<PluginAssemblyDefinition> PluginAssemblies { get; init; } = Array.Empty<PluginAssemblyDefinition>();
    public IReadOnlyList<PluginStepDefinition> Steps { get; init; } = Array.Empty<PluginStepDefinition>();
    public IReadOnlyList<EnvironmentVariableDefinition> EnvironmentVariables { get; init; } = Array.Empty<EnvironmentVariableDefinition>();
    public IReadOnlyList<WebResourceDefinition> WebResources { get; init; } = Array.Empty<WebResourceDefinition>();
    public IReadOnlyList<SecurityRoleDefinition> Roles { get; init; } = Array.Empty<SecurityRoleDefinition>();

    /// <summary>Model-driven apps (AppModules/) and their site maps (AppModuleSiteMaps/).</summary>
    public IReadOnlyList<AppModuleDefinition> AppModules { get; init; } = Array.Empty<AppModuleDefinition>();
    public IReadOnlyList<SiteMapDefinition> SiteMaps { get; init; } = Array.Empty<SiteMapDefinition>();

    /// <summary>Warnings met while reading (errors make <see cref="SolutionReader.Read"/> throw instead).</summary>
    public IReadOnlyList<SolutionIssue> Warnings { get; init; } = Array.Empty<SolutionIssue>();

    public TableDefinition? FindTable(string logicalName)
        => Tables.FirstOrDefault(t => string.Equals(t.LogicalName, logicalName, StringComparison.Ordinal));

    public OptionSetDefinition? FindGlobalOptionSet(string name)
        => GlobalOptionSets.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));

    public PluginTypeDefinition? FindPluginType(Guid pluginTypeId)
        => PluginAssemblies.SelectMany(a => a.PluginTypes).FirstOrDefault(t => t.Id == pluginTypeId);

    public EnvironmentVariableDefinition? FindEnvironmentVariable(string schemaName)
        => EnvironmentVariables.FirstOrDefault(v => string.Equals(v.SchemaName, schemaName, StringComparison.OrdinalIgnoreCase));
}
