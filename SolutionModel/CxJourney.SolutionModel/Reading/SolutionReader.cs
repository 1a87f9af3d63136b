using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>
/// The one reader of Solution/. It understands the layout `pac solution unpack` writes
/// (Other/Solution.xml, Other/Customizations.xml, Entities/, OptionSets/, Other/Relationships/,
/// PluginAssemblies/, SdkMessageProcessingSteps/, environmentvariabledefinitions/, WebResources/,
/// Roles/) and, for round trips, an extracted solution zip (solution.xml + customizations.xml
/// with every section inline). See Solution/README.md for the layout.
/// </summary>
public static class SolutionReader
{
    /// <summary>
    /// Reads the folder. Throws <see cref="SolutionFormatException"/> listing every error
    /// (file, element, what is wrong) when anything is malformed; warnings end up in
    /// <see cref="SolutionDefinition.Warnings"/>.
    /// </summary>
    public static SolutionDefinition Read(string solutionFolder)
    {
        var result = Analyze(solutionFolder);
        if (result.HasErrors || result.Solution is null)
            throw new SolutionFormatException(Path.GetFullPath(solutionFolder), result.Issues);
        return result.Solution;
    }

    /// <summary>Reads the folder without throwing on content problems: every issue is returned.</summary>
    public static SolutionReadResult Analyze(string solutionFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(solutionFolder);
        var root = Path.GetFullPath(solutionFolder);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"Solution folder '{root}' does not exist.");

        var context = new ReadContext(root);
        var parts = new Parts();
        SolutionLayout layout;
        string manifestPath;
        string customizationsPath;

        var other = FindDirectory(root, "Other");
        var unpackedManifest = other is null ? null : FindFile(other, "Solution.xml");
        var packedManifest = FindFile(root, "solution.xml");
        if (unpackedManifest is not null)
        {
            layout = SolutionLayout.Unpacked;
            manifestPath = unpackedManifest;
            customizationsPath = FindFile(other!, "Customizations.xml") ?? Path.Combine(other!, "Customizations.xml");
        }
        else if (packedManifest is not null)
        {
            layout = SolutionLayout.Packed;
            manifestPath = packedManifest;
            customizationsPath = FindFile(root, "customizations.xml") ?? Path.Combine(root, "customizations.xml");
        }
        else
        {
            context.FileError("Other/Solution.xml", "the solution manifest is missing (Other/Solution.xml, or solution.xml of an extracted zip)");
            return new SolutionReadResult(null, context.Issues);
        }

        var manifestDocument = context.Load(manifestPath, "ImportExportXml");
        var manifest = manifestDocument is null ? null : ManifestParser.Parse(context, manifestDocument);

        IReadOnlyList<int> languages = Array.Empty<int>();
        if (File.Exists(customizationsPath))
        {
            var customizations = context.Load(customizationsPath, "ImportExportXml");
            if (customizations is not null) languages = ReadCustomizations(context, customizations.Root!, parts, layout);
        }
        else
        {
            context.FileError(context.Relative(customizationsPath), "the customizations file is missing");
        }

        if (layout == SolutionLayout.Unpacked) ReadUnpackedFolders(context, root, other!, parts);
        ReadEnvironmentVariables(context, root, parts);

        CheckDuplicates(context, parts);

        if (manifest is null) return new SolutionReadResult(null, context.Issues);

        var definition = new SolutionDefinition
        {
            RootFolder = root,
            Layout = layout,
            Manifest = manifest,
            Customizations = new SourceLocation(context.Relative(customizationsPath), "/ImportExportXml"),
            Languages = languages,
            Tables = parts.Tables,
            GlobalOptionSets = parts.OptionSets,
            Relationships = parts.Relationships,
            RelationshipIndex = parts.RelationshipIndex,
            PluginAssemblies = parts.Assemblies,
            Steps = parts.Steps,
            EnvironmentVariables = parts.EnvironmentVariables,
            WebResources = parts.WebResources,
            Roles = parts.Roles,
            AppModules = parts.AppModules,
            SiteMaps = parts.SiteMaps,
            Warnings = context.Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList(),
        };
        return new SolutionReadResult(definition, context.Issues);
    }

    private sealed class Parts
    {
        public List<TableDefinition> Tables { get; } = new();
        public List<OptionSetDefinition> OptionSets { get; } = new();
        public List<RelationshipDefinition> Relationships { get; } = new();
        public List<string> RelationshipIndex { get; } = new();
        public List<PluginAssemblyDefinition> Assemblies { get; } = new();
        public List<PluginStepDefinition> Steps { get; } = new();
        public List<EnvironmentVariableDefinition> EnvironmentVariables { get; } = new();
        public List<WebResourceDefinition> WebResources { get; } = new();
        public List<SecurityRoleDefinition> Roles { get; } = new();
        public List<AppModuleDefinition> AppModules { get; } = new();
        public List<SiteMapDefinition> SiteMaps { get; } = new();
    }

    // ---- customizations.xml ---------------------------------------------------------------

    /// <summary>
    /// Languages, plus every component written inline. An unpacked solution leaves these sections
    /// empty (the unpacker moved them to their own files); a packed one holds everything here.
    /// </summary>
    private static IReadOnlyList<int> ReadCustomizations(ReadContext context, XElement root, Parts parts, SolutionLayout layout)
    {
        foreach (var entity in Section(root, "Entities", "Entity"))
            Add(parts.Tables, EntityParser.Parse(context, entity, EntityFiles.None));
        foreach (var role in Section(root, "Roles", "Role"))
            Add(parts.Roles, RoleParser.Parse(context, role));
        foreach (var optionSet in Section(root, "optionsets", "optionset"))
            Add(parts.OptionSets, OptionSetParser.Parse(context, optionSet));
        foreach (var relationship in Section(root, "EntityRelationships", "EntityRelationship"))
        {
            // A bare <EntityRelationship Name="..."/> only names a relationship defined elsewhere.
            if (relationship.HasElements) Add(parts.Relationships, RelationshipParser.Parse(context, relationship));
            else if (ReadContext.Attr(relationship, "Name") is { } name) parts.RelationshipIndex.Add(name);
        }
        foreach (var assembly in Section(root, "SolutionPluginAssemblies", "PluginAssembly"))
            Add(parts.Assemblies, PluginAssemblyParser.Parse(context, assembly));
        foreach (var step in Section(root, "SdkMessageProcessingSteps", "SdkMessageProcessingStep"))
            Add(parts.Steps, StepParser.Parse(context, step));
        foreach (var app in Section(root, "AppModules", "AppModule"))
            Add(parts.AppModules, AppModuleParser.Parse(context, app));
        foreach (var siteMap in Section(root, "AppModuleSiteMaps", "AppModuleSiteMap"))
            Add(parts.SiteMaps, AppModuleParser.ParseSiteMap(context, siteMap));
        foreach (var resource in Section(root, "WebResources", "WebResource"))
        {
            var fileName = ReadContext.TrimmedText(resource, "FileName")?.TrimStart('/') ?? "";
            var exists = fileName.Length > 0 && File.Exists(Path.Combine(context.RootFolder, fileName));
            if (layout == SolutionLayout.Packed && !exists && fileName.Length > 0)
                context.Warning(resource, $"the content file '{fileName}' is not in the folder");
            Add(parts.WebResources, WebResourceParser.Parse(context, resource, fileName, exists));
        }

        var languages = new List<int>();
        foreach (var language in Section(root, "Languages", "Language"))
        {
            if (int.TryParse(language.Value.Trim(), out var code)) languages.Add(code);
            else context.Error(language, $"<Language> '{language.Value}' is not a language code");
        }
        return languages;
    }

    private static IEnumerable<XElement> Section(XElement root, string section, string item)
        => root.Element(section)?.Elements(item) ?? [];

    // ---- unpacked folders -----------------------------------------------------------------

    private static void ReadUnpackedFolders(ReadContext context, string root, string other, Parts parts)
    {
        ReadEntities(context, root, parts);

        foreach (var file in Files(FindDirectory(root, "OptionSets"), "*.xml"))
        {
            var document = context.Load(file, "optionset");
            if (document is not null) Add(parts.OptionSets, OptionSetParser.Parse(context, document.Root!));
        }

        var index = FindFile(other, "Relationships.xml");
        if (index is not null)
        {
            var document = context.Load(index, "EntityRelationships");
            foreach (var entry in document?.Root!.Elements("EntityRelationship") ?? [])
            {
                var name = ReadContext.Attr(entry, "Name");
                if (name is null) context.Error(entry, "attribute Name is missing or empty");
                else parts.RelationshipIndex.Add(name);
            }
        }
        foreach (var file in Files(FindDirectory(other, "Relationships"), "*.xml"))
        {
            var document = context.Load(file, "EntityRelationships");
            foreach (var relationship in document?.Root!.Elements("EntityRelationship") ?? [])
                Add(parts.Relationships, RelationshipParser.Parse(context, relationship));
        }

        var assemblies = FindDirectory(root, "PluginAssemblies");
        if (assemblies is not null)
        {
            foreach (var file in Directory.EnumerateFiles(assemblies, "*.data.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var document = context.Load(file, "PluginAssembly");
                if (document is not null) Add(parts.Assemblies, PluginAssemblyParser.Parse(context, document.Root!));
            }
        }

        foreach (var file in Files(FindDirectory(root, "SdkMessageProcessingSteps"), "*.xml"))
        {
            var document = context.Load(file, "SdkMessageProcessingStep");
            if (document is not null) Add(parts.Steps, StepParser.Parse(context, document.Root!));
        }

        var webResources = FindDirectory(root, "WebResources");
        if (webResources is not null)
        {
            // Built content (WebResources/dist of the repository) is found through map.xml.
            var contentMap = ContentMap.Load(context, root);
            foreach (var file in Directory.EnumerateFiles(webResources, "*.data.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var document = context.Load(file, "WebResource");
                if (document is null) continue;
                var beside = file[..^".data.xml".Length];
                var (content, exists) = contentMap.Locate(beside, context.Relative(beside));
                Add(parts.WebResources, WebResourceParser.Parse(context, document.Root!, context.Relative(content), exists));
            }
        }

        foreach (var file in Files(FindDirectory(root, "Roles"), "*.xml"))
        {
            var document = context.Load(file, "Role");
            if (document is not null) Add(parts.Roles, RoleParser.Parse(context, document.Root!));
        }

        // One folder per app and per site map; a "Both" unpack adds *_managed.xml twins, which are not read.
        foreach (var file in AppFiles(FindDirectory(root, "AppModules"), "AppModule.xml"))
        {
            var document = context.Load(file, "AppModule");
            if (document is not null) Add(parts.AppModules, AppModuleParser.Parse(context, document.Root!));
        }
        foreach (var file in AppFiles(FindDirectory(root, "AppModuleSiteMaps"), "AppModuleSiteMap.xml"))
        {
            var document = context.Load(file, "AppModuleSiteMap");
            if (document is not null) Add(parts.SiteMaps, AppModuleParser.ParseSiteMap(context, document.Root!));
        }
    }

    private static IEnumerable<string> AppFiles(string? directory, string fileName)
        => directory is null
            ? []
            : Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal)
                .Select(folder => FindFile(folder, fileName)).OfType<string>();

    private static void ReadEntities(ReadContext context, string root, Parts parts)
    {
        var entities = FindDirectory(root, "Entities");
        if (entities is null) return;
        foreach (var folder in Directory.EnumerateDirectories(entities).Order(StringComparer.Ordinal))
        {
            var entityFile = FindFile(folder, "Entity.xml");
            if (entityFile is null)
            {
                context.FileError(context.Relative(folder), "the table folder has no Entity.xml");
                continue;
            }
            var document = context.Load(entityFile, "Entity");
            if (document is null) continue;

            var forms = FindDirectory(folder, "FormXml");
            var views = FindDirectory(folder, "SavedQueries");
            var ribbon = FindFile(folder, "RibbonDiff.xml");
            var files = new EntityFiles(
                forms is null ? Array.Empty<string>() : Directory.EnumerateFiles(forms, "*.xml", SearchOption.AllDirectories).Select(context.Relative).Order(StringComparer.Ordinal).ToArray(),
                Files(views, "*.xml").Select(context.Relative).ToArray(),
                ribbon is null ? null : context.Relative(ribbon));
            var table = EntityParser.Parse(context, document.Root!, files);
            if (table is null) continue;

            var folderName = Path.GetFileName(folder);
            if (!string.Equals(folderName, table.SchemaName, StringComparison.OrdinalIgnoreCase))
                context.Error(document.Root!.Element("Name")!, $"the folder is named '{folderName}' but the table is '{table.SchemaName}'");
            parts.Tables.Add(table);
        }
    }

    private static void ReadEnvironmentVariables(ReadContext context, string root, Parts parts)
    {
        var definitions = FindDirectory(root, "environmentvariabledefinitions");
        if (definitions is null) return;
        foreach (var folder in Directory.EnumerateDirectories(definitions).Order(StringComparer.Ordinal))
        {
            var file = FindFile(folder, "environmentvariabledefinition.xml");
            if (file is null)
            {
                context.FileError(context.Relative(folder), "the folder has no environmentvariabledefinition.xml");
                continue;
            }
            var document = context.Load(file, "environmentvariabledefinition");
            if (document is null) continue;
            var variable = EnvironmentVariableParser.Parse(context, document.Root!, FindFile(folder, "environmentvariablevalues.json"));
            if (variable is null) continue;
            var folderName = Path.GetFileName(folder);
            if (!string.Equals(folderName, variable.SchemaName, StringComparison.OrdinalIgnoreCase))
                context.Error(document.Root!, $"the folder is named '{folderName}' but schemaname is '{variable.SchemaName}'");
            parts.EnvironmentVariables.Add(variable);
        }
    }

    // ---- duplicates -----------------------------------------------------------------------

    private static void CheckDuplicates(ReadContext context, Parts parts)
    {
        Unique(context, parts.Tables, t => t.LogicalName, t => t.Source, "table");
        Unique(context, parts.OptionSets, o => o.Name.ToLowerInvariant(), o => o.Source, "global option set");
        Unique(context, parts.Relationships, r => r.Name.ToLowerInvariant(), r => r.Source, "relationship");
        Unique(context, parts.Assemblies, a => a.Id.ToString(), a => a.Source, "plugin assembly id");
        Unique(context, parts.Assemblies, a => a.Name.ToLowerInvariant(), a => a.Source, "plugin assembly");
        Unique(context, parts.Assemblies.SelectMany(a => a.PluginTypes).ToList(), t => t.Id.ToString(), t => t.Source, "plugin type id");
        Unique(context, parts.Steps, s => s.Id.ToString(), s => s.Source, "step id");
        Unique(context, parts.EnvironmentVariables, v => v.SchemaName.ToLowerInvariant(), v => v.Source, "environment variable");
        Unique(context, parts.WebResources, w => w.Name.ToLowerInvariant(), w => w.Source, "web resource");
        Unique(context, parts.WebResources, w => w.Id.ToString(), w => w.Source, "web resource id");
        Unique(context, parts.Roles, r => r.Id.ToString(), r => r.Source, "role id");
        Unique(context, parts.AppModules, a => a.UniqueName.ToLowerInvariant(), a => a.Source, "app");
        Unique(context, parts.SiteMaps, m => m.UniqueName.ToLowerInvariant(), m => m.Source, "site map");
    }

    private static void Unique<T>(ReadContext context, IReadOnlyList<T> items, Func<T, string> key, Func<T, SourceLocation> source, string what)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            if (first.TryGetValue(k, out var earlier))
                context.Issues.Add(new SolutionIssue(IssueSeverity.Error, source(item), $"{what} '{k}' is also defined at {earlier}"));
            else
                first.Add(k, source(item));
        }
    }

    // ---- file system ----------------------------------------------------------------------

    private static void Add<T>(List<T> list, T? item) where T : class
    {
        if (item is not null) list.Add(item);
    }

    private static IEnumerable<string> Files(string? directory, string pattern)
        => directory is null
            ? []
            : Directory.EnumerateFiles(directory, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);

    /// <summary>The child directory, matched exactly first and then ignoring case (folders made on Windows).</summary>
    private static string? FindDirectory(string parent, string name)
    {
        var exact = Path.Combine(parent, name);
        if (Directory.Exists(exact)) return exact;
        return Directory.EnumerateDirectories(parent)
            .FirstOrDefault(d => string.Equals(Path.GetFileName(d), name, StringComparison.OrdinalIgnoreCase));
    }

    private static string? FindFile(string parent, string name)
    {
        var exact = Path.Combine(parent, name);
        if (File.Exists(exact)) return exact;
        return Directory.EnumerateFiles(parent)
            .FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));
    }
}
