using System;
using System.Collections.Generic;

namespace CxJourney.SolutionModel;

/// <summary>The reach of a role privilege, as &lt;RolePrivilege level="..."&gt; writes it.</summary>
// https://learn.microsoft.com/power-platform/admin/security-roles-privileges#access-levels
public enum PrivilegeDepth
{
    Basic,
    Local,
    Deep,
    Global,
}

/// <summary>A security role, from Roles/&lt;Name&gt;.xml (or inline in customizations.xml).</summary>
public sealed record SecurityRoleDefinition
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public bool IsCustomizable { get; init; } = true;
    public bool IsAutoAssigned { get; init; }
    public required IReadOnlyList<RolePrivilegeDefinition> Privileges { get; init; }
    public required SourceLocation Source { get; init; }

    public override string ToString() => Name;
}

/// <summary>One privilege of a role, e.g. prvReadcontact at Global depth.</summary>
public sealed record RolePrivilegeDefinition
{
    public required string Name { get; init; }
    public required PrivilegeDepth Depth { get; init; }
    public required SourceLocation Source { get; init; }

    public override string ToString() => $"{Name} ({Depth})";
}
