using System;
using System.Collections.Generic;
using CxJourney.SolutionModel;

namespace CxJourney.Emulator.Security;

/// <summary>
/// A security role in the organization: privileges by name, each with its depth (Basic: the user's
/// own records, Local: the user's business unit, Deep: it and its children, Global: everything).
/// The built-in System Administrator role holds every privilege at Global depth.
/// </summary>
// https://learn.microsoft.com/power-platform/admin/security-roles-privileges#access-levels
public sealed class SecurityRole
{
    public const string SystemAdministratorName = "System Administrator";

    private readonly Dictionary<string, PrivilegeDepth> _privileges;

    public SecurityRole(Guid id, string name, IEnumerable<KeyValuePair<string, PrivilegeDepth>> privileges, bool grantsEverything = false, bool teamPrivilegesOnly = false)
    {
        Id = id;
        Name = name;
        GrantsEverything = grantsEverything;
        TeamPrivilegesOnly = teamPrivilegesOnly;
        _privileges = new Dictionary<string, PrivilegeDepth>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, PrivilegeDepth> privilege in privileges)
        {
            // A role listing a privilege twice keeps the wider depth.
            _privileges[privilege.Key] = _privileges.TryGetValue(privilege.Key, out PrivilegeDepth known) && known > privilege.Value ? known : privilege.Value;
        }
    }

    public Guid Id { get; }

    public string Name { get; }

    /// <summary>True for System Administrator: every privilege, Global.</summary>
    public bool GrantsEverything { get; }

    /// <summary>
    /// Member's privilege inheritance "Team privileges only": held through a team, the role gives members
    /// nothing directly. False (the default for new roles): members also hold each privilege at Basic depth.
    /// </summary>
    // https://learn.microsoft.com/power-platform/admin/security-roles-privileges#team-members-privilege-inheritance
    public bool TeamPrivilegesOnly { get; }

    public IReadOnlyDictionary<string, PrivilegeDepth> Privileges => _privileges;

    /// <summary>The role as Solution/Roles/&lt;Name&gt;.xml writes it.</summary>
    public static SecurityRole From(SecurityRoleDefinition definition)
    {
        var privileges = new List<KeyValuePair<string, PrivilegeDepth>>();
        foreach (RolePrivilegeDefinition privilege in definition.Privileges) privileges.Add(new(privilege.Name, privilege.Depth));
        return new SecurityRole(definition.Id, definition.Name, privileges);
    }

    public override string ToString() => Name;
}
