using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Packing;

/// <summary>
/// Writes customizations.xml the way SolutionPackager packs an unpacked folder: Other/Customizations.xml
/// with every component the unpacker moved out put back inline, each section in the platform's order.
/// </summary>
internal static class CustomizationsBuilder
{
    /// <summary>The top-level sections in the order of the schema's ImportExportXml sequence, which the exported samples follow.</summary>
    private static readonly string[] SectionOrder =
    {
        "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "RibbonDiffXml", "IsvConfig",
        "RelationshipRoles", "ConnectionRoles", "SiteMap", "EntityMaps", "EntityRelationships", "OrganizationSettings",
        "optionsets", "Reports", "RoutingRules", "ChannelPropertyGroups", "ConvertRules", "MobileOfflineProfiles", "Slas",
        "ChannelAccessProfiles", "ChannelAccessProfileRules", "Dashboards", "InteractionCentricDashboards", "Dialogs",
        "WebResources", "CustomControls", "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "ServiceEndpoints",
        "AppModuleSiteMaps", "AppModules", "EntityDataProviders", "EntityDataSources", "Languages",
        "GlobalSearchConfigurations", "StoredProcedures",
    };

    /// <summary>Sections every exported sample writes even when empty.</summary>
    private static readonly HashSet<string> AlwaysWritten = new(StringComparer.Ordinal)
    {
        "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "EntityMaps", "EntityRelationships",
        "OrganizationSettings", "optionsets", "CustomControls", "EntityDataProviders", "Languages",
    };

    public static XElement Build(SolutionDefinition solution, SourceFiles files, PackageKind kind)
    {
        var customizationsFile = solution.Customizations.File;
        var source = files.Root(customizationsFile);
        var sections = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var unknown = new List<XElement>();
        foreach (var element in source.Elements())
        {
            var name = element.Name.LocalName;
            if (Array.IndexOf(SectionOrder, name) >= 0 && !sections.ContainsKey(name)) sections.Add(name, PackageXml.Copy(element));
            else unknown.Add(PackageXml.Copy(element));
        }

        XElement Section(string name)
        {
            if (!sections.TryGetValue(name, out var section))
            {
                section = new XElement(name);
                sections.Add(name, section);
            }
            return section;
        }

        bool FromOwnFile(SourceLocation location) => !string.Equals(location.File, customizationsFile, StringComparison.Ordinal);

        foreach (var table in solution.Tables.Where(t => FromOwnFile(t.Source)))
            Section("Entities").Add(Entity(table, files, kind));
        foreach (var role in solution.Roles.Where(r => FromOwnFile(r.Source)))
            Section("Roles").Add(PackageXml.Copy(files.Root(role.Source.File)));
        foreach (var optionSet in solution.GlobalOptionSets.Where(o => FromOwnFile(o.Source)))
            Section("optionsets").Add(PackageXml.Copy(files.Root(optionSet.Source.File)));
        foreach (var assembly in solution.PluginAssemblies.Where(a => FromOwnFile(a.Source)))
            Section("SolutionPluginAssemblies").Add(PackageXml.Copy(files.Root(assembly.Source.File)));
        foreach (var step in solution.Steps.Where(s => FromOwnFile(s.Source)))
            Section("SdkMessageProcessingSteps").Add(PackageXml.Copy(files.Root(step.Source.File)));
        foreach (var resource in solution.WebResources.Where(w => FromOwnFile(w.Source)))
            Section("WebResources").Add(PackageXml.Copy(files.Root(resource.Source.File)));
        // Apps and site maps go inline, in the sections the schema's ImportExportXml sequence names.
        foreach (var siteMap in solution.SiteMaps.Where(m => FromOwnFile(m.Source)))
            Section("AppModuleSiteMaps").Add(PackageXml.Copy(files.Root(siteMap.Source.File)));
        foreach (var app in solution.AppModules.Where(a => FromOwnFile(a.Source)))
            Section("AppModules").Add(PackageXml.Copy(files.Root(app.Source.File)));

        if (solution.Relationships.Count > 0 || sections.ContainsKey("EntityRelationships"))
            FillRelationships(Section("EntityRelationships"), solution, files, FromOwnFile);
        if (sections.TryGetValue("WebResources", out var webResources)) PointAtPackedContent(webResources, solution);

        var root = new XElement("ImportExportXml", source.Attributes().Select(a => new XAttribute(a)));
        if (root.Attribute(XNamespace.Xmlns + "xsi") is null) root.Add(new XAttribute(XNamespace.Xmlns + "xsi", PackageXml.Xsi.NamespaceName));
        foreach (var name in SectionOrder)
        {
            if (name == "Languages") root.Add(unknown);
            if (sections.TryGetValue(name, out var section)) root.Add(section);
            else if (AlwaysWritten.Contains(name)) root.Add(new XElement(name));
        }
        return root;
    }

    /// <summary>
    /// An Entity.xml with its forms, views and ribbon put back where the unpacker left placeholders
    /// (Name, EntityInfo, FormXml, SavedQueries, RibbonDiffXml, as exports order them).
    /// </summary>
    private static XElement Entity(TableDefinition table, SourceFiles files, PackageKind kind)
    {
        var entity = PackageXml.Copy(files.Root(table.Source.File));
        if (table.FormFiles.Count > 0) Place(entity, Forms(table, files, kind), "EntityInfo");
        if (table.SavedQueryFiles.Count > 0) Place(entity, SavedQueries(table, files), "FormXml", "EntityInfo");
        if (table.RibbonDiffFile is { } ribbon) Place(entity, PackageXml.Copy(files.Root(ribbon)), "SavedQueries", "FormXml", "EntityInfo");
        return entity;
    }

    /// <summary>
    /// FormXml/&lt;type&gt;/{id}.xml files grouped into &lt;forms type="..."&gt;. The managed zip takes a
    /// form's {id}_managed.xml sibling when the unpacked folder has one ("Both" unpacks write it),
    /// and otherwise derives the managed form the way the platform's exports differ.
    /// </summary>
    private static XElement Forms(TableDefinition table, SourceFiles files, PackageKind kind)
    {
        var all = new HashSet<string>(table.FormFiles, StringComparer.OrdinalIgnoreCase);
        var formXml = new XElement("FormXml");
        var byType = table.FormFiles
            .Where(f => !IsManagedVariant(f))
            .GroupBy(f => Path.GetFileName(Path.GetDirectoryName(f.Replace('/', Path.DirectorySeparatorChar)) ?? ""), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byType)
        {
            var forms = new XElement("forms", new XAttribute("type", group.Key));
            foreach (var file in group.Order(StringComparer.Ordinal))
            {
                var managedVariant = file[..^".xml".Length] + "_managed.xml";
                var useVariant = kind == PackageKind.Managed && all.Contains(managedVariant);
                var root = files.Root(useVariant ? all.First(f => string.Equals(f, managedVariant, StringComparison.OrdinalIgnoreCase)) : file);
                foreach (var systemForm in root.Name.LocalName == "systemform" ? [root] : root.Elements("systemform"))
                {
                    var copy = PackageXml.Copy(systemForm);
                    if (kind == PackageKind.Managed && !useVariant) ManagedForms.BlankBoundCellLabels(copy);
                    forms.Add(copy);
                }
            }
            formXml.Add(forms);
        }
        return formXml;
    }

    private static XElement SavedQueries(TableDefinition table, SourceFiles files)
    {
        var list = new XElement("savedqueries");
        foreach (var file in table.SavedQueryFiles)
        {
            var root = files.Root(file);
            foreach (var query in root.Name.LocalName == "savedquery" ? [root] : root.Elements("savedquery")) list.Add(PackageXml.Copy(query));
        }
        return new XElement("SavedQueries", list);
    }

    private static bool IsManagedVariant(string file)
        => Path.GetFileNameWithoutExtension(file).EndsWith("_managed", StringComparison.OrdinalIgnoreCase);

    private static void Place(XElement entity, XElement part, params string[] after)
    {
        var existing = entity.Element(part.Name);
        if (existing is not null)
        {
            existing.ReplaceWith(part);
            return;
        }
        var anchor = after.Select(name => entity.Element(name)).FirstOrDefault(e => e is not null);
        if (anchor is null) entity.Add(part);
        else anchor.AddAfterSelf(part);
    }

    /// <summary>
    /// Full definitions only (the bare &lt;EntityRelationship Name="..."/&gt; entries are the
    /// unpacker's index), sorted by name as the exported samples list them.
    /// </summary>
    private static void FillRelationships(XElement section, SolutionDefinition solution, SourceFiles files, Func<SourceLocation, bool> fromOwnFile)
    {
        var definitions = section.Elements("EntityRelationship").Where(e => e.HasElements).ToList();
        foreach (var relationship in solution.Relationships.Where(r => fromOwnFile(r.Source)))
        {
            var element = files.Root(relationship.Source.File).Elements("EntityRelationship")
                .First(e => string.Equals(e.Attribute("Name")?.Value.Trim(), relationship.Name, StringComparison.Ordinal));
            definitions.Add(PackageXml.Copy(element));
        }
        section.RemoveNodes();
        section.Add(definitions
            .OrderBy(e => e.Attribute("Name")?.Value, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Attribute("Name")?.Value, StringComparer.Ordinal));
    }

    private static void PointAtPackedContent(XElement section, SolutionDefinition solution)
    {
        var byId = solution.WebResources.ToDictionary(w => w.Id);
        foreach (var element in section.Elements("WebResource"))
        {
            if (!Guid.TryParse(element.Element("WebResourceId")?.Value, out var id) || !byId.TryGetValue(id, out var resource)) continue;
            var fileName = element.Element("FileName");
            if (fileName is null)
            {
                fileName = new XElement("FileName");
                element.Add(fileName);
            }
            fileName.Value = "/" + WebResourcePaths.PackedPath(resource);
        }
    }
}
