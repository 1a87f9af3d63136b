using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads an &lt;AppModule&gt; and an &lt;AppModuleSiteMap&gt;.</summary>
internal static class AppModuleParser
{
    public static AppModuleDefinition? Parse(ReadContext context, XElement element)
    {
        var uniqueName = context.RequiredText(element, "UniqueName");
        var components = new List<AppModuleComponentDefinition>();
        foreach (var component in element.Element("AppModuleComponents")?.Elements("AppModuleComponent") ?? [])
        {
            var type = context.IntAttr(component, "type", required: true);
            var schemaName = ReadContext.Attr(component, "schemaName");
            var id = context.GuidAttr(component, "id");
            if (type is null) continue;
            if (schemaName is null && id is null)
            {
                context.Error(component, "an app component needs schemaName or id");
                continue;
            }
            components.Add(new AppModuleComponentDefinition { Type = type.Value, SchemaName = schemaName, Id = id, Source = context.Locate(component) });
        }
        var roles = new List<System.Guid>();
        foreach (var role in element.Element("AppModuleRoleMaps")?.Elements("Role") ?? [])
        {
            if (context.GuidAttr(role, "id", required: true) is { } roleId) roles.Add(roleId);
        }
        if (uniqueName.Length == 0) return null;
        return new AppModuleDefinition
        {
            UniqueName = uniqueName,
            DisplayName = element.Element("LocalizedNames")?.Elements("LocalizedName").Select(n => ReadContext.Attr(n, "description")).FirstOrDefault(d => d is not null),
            Components = components,
            RoleIds = roles,
            Source = context.Locate(element),
        };
    }

    public static SiteMapDefinition? ParseSiteMap(ReadContext context, XElement element)
    {
        var uniqueName = context.RequiredText(element, "SiteMapUniqueName");
        var siteMap = element.Element("SiteMap");
        if (siteMap is null) context.Error(element, "<SiteMap> is missing");
        var subAreas = new List<SiteMapSubAreaDefinition>();
        foreach (var area in siteMap?.Elements("Area") ?? [])
        {
            foreach (var group in area.Elements("Group"))
            {
                foreach (var subArea in group.Elements("SubArea"))
                {
                    var id = context.RequiredAttr(subArea, "Id");
                    var entry = new SiteMapSubAreaDefinition
                    {
                        Id = id,
                        Area = ReadContext.Attr(area, "Id") ?? "",
                        Group = ReadContext.Attr(group, "Id") ?? "",
                        Title = subArea.Element("Titles")?.Elements("Title").Select(t => ReadContext.Attr(t, "Title")).FirstOrDefault(t => t is not null),
                        Entity = ReadContext.Attr(subArea, "Entity"),
                        Url = ReadContext.Attr(subArea, "Url"),
                        Page = ReadContext.Attr(subArea, "Page"),
                        Privileges = subArea.Elements("Privilege")
                            .Select(p => (ReadContext.Attr(p, "Entity") ?? "", ReadContext.Attr(p, "Privilege") ?? ""))
                            .ToList(),
                        Source = context.Locate(subArea),
                    };
                    if (entry.Entity is null && entry.Url is null && entry.Page is null)
                        context.Error(subArea, "a SubArea needs one target: Entity, Url or Page");
                    subAreas.Add(entry);
                }
            }
        }
        if (uniqueName.Length == 0) return null;
        return new SiteMapDefinition { UniqueName = uniqueName, SubAreas = subAreas, Source = context.Locate(element) };
    }
}
