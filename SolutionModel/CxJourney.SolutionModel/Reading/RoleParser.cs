using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads a &lt;Role&gt; and its privileges.</summary>
internal static class RoleParser
{
    public static SecurityRoleDefinition? Parse(ReadContext context, XElement element)
    {
        var id = context.GuidAttr(element, "id", required: true);
        var name = context.RequiredAttr(element, "name");
        var privileges = new List<RolePrivilegeDefinition>();
        foreach (var privilege in element.Element("RolePrivileges")?.Elements("RolePrivilege") ?? [])
        {
            var privilegeName = context.RequiredAttr(privilege, "name");
            var level = context.RequiredAttr(privilege, "level");
            if (privilegeName.Length == 0 || level.Length == 0) continue;
            if (char.IsDigit(level[0]) || !Enum.TryParse<PrivilegeDepth>(level, ignoreCase: true, out var depth))
            {
                context.Error(privilege.Attribute("level")!, $"level '{level}' is not Basic, Local, Deep or Global");
                continue;
            }
            privileges.Add(new RolePrivilegeDefinition { Name = privilegeName, Depth = depth, Source = context.Locate(privilege) });
        }
        if (id is null || name.Length == 0) return null;

        return new SecurityRoleDefinition
        {
            Id = id.Value,
            Name = name,
            Description = ReadContext.TrimmedText(element, "Description"),
            IsCustomizable = context.Flag(element, "IsCustomizable") ?? true,
            IsAutoAssigned = context.Flag(element, "IsAutoAssigned") ?? false,
            Privileges = privileges,
            Source = context.Locate(element),
        };
    }
}
