using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Security;

/// <summary>
/// The organization's security: its roles (the built-in System Administrator, and the solution's
/// from Solution/Roles), which users and teams hold which roles and column security profiles, the
/// shares of records, and each user's effective access (<see cref="UserAccess"/>), computed once per
/// user and dropped whenever roles, profiles, users, teams, memberships or business units change.
/// Business units, users, teams and memberships themselves are rows of the store.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/security-concepts
public sealed class SecurityModel
{
    /// <summary>The id of System Administrator's role template, the same in every organization.</summary>
    // https://learn.microsoft.com/power-platform/admin/database-security#predefined-security-roles
    public static readonly Guid SystemAdministratorRoleId = new("627090ff-40a3-4053-8790-584edc5be201");

    /// <summary>The intersect table of team membership (teamid, systemuserid).</summary>
    internal const string MembershipTable = "teammembership";

    private static readonly string[] PrincipalTables = ["systemuser", "team", "businessunit", MembershipTable];

    private readonly OrganizationCore _core;
    private readonly Dictionary<Guid, SecurityRole> _roles = new();
    private readonly Dictionary<Guid, HashSet<Guid>> _rolesOf = new();
    private readonly Dictionary<Guid, FieldSecurityProfile> _profiles = new();
    private readonly Dictionary<Guid, HashSet<Guid>> _profilesOf = new();
    private readonly HashSet<(string Table, string Column)> _securedColumns = new();
    private readonly Dictionary<Guid, UserAccess> _users = new();
    private long _configuration;
    private long _cachedStamp = -1;

    internal SecurityModel(OrganizationCore core)
    {
        _core = core;
        SystemAdministrator = new SecurityRole(SystemAdministratorRoleId, SecurityRole.SystemAdministratorName, [], grantsEverything: true);
        _roles.Add(SystemAdministrator.Id, SystemAdministrator);
        Shares = new RecordShares();
        Cascade = new ShareCascade(core);
    }

    public SecurityRole SystemAdministrator { get; }

    /// <summary>The SYSTEM user plug-ins reach with CreateOrganizationService(null): never bound by privileges.</summary>
    public Guid? SystemUserId { get; internal set; }

    public IReadOnlyCollection<SecurityRole> Roles
    {
        get { lock (_core.Store.Gate) return _roles.Values.ToList(); }
    }

    internal RecordShares Shares { get; }

    /// <summary>Inherited access: Share, Unshare and Reparent cascades.</summary>
    internal ShareCascade Cascade { get; }

    /// <summary>Adds a role (e.g. one of Solution/Roles); a role with the same id is replaced.</summary>
    public SecurityRole AddRole(SecurityRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        lock (_core.Store.Gate)
        {
            if (_roles.Values.Any(r => r.Id != role.Id && string.Equals(r.Name, role.Name, StringComparison.OrdinalIgnoreCase)))
                throw new ArgumentException($"A role named '{role.Name}' already exists.", nameof(role));
            _roles[role.Id] = role;
            Changed();
            return role;
        }
    }

    public void AddRoles(IEnumerable<SecurityRoleDefinition> definitions)
    {
        foreach (SecurityRoleDefinition definition in definitions) AddRole(SecurityRole.From(definition));
    }

    /// <summary>The role with this name (case-insensitive); throws listing the known roles when there is none.</summary>
    public SecurityRole FindRole(string name)
    {
        lock (_core.Store.Gate)
        {
            foreach (SecurityRole role in _roles.Values)
                if (string.Equals(role.Name, name, StringComparison.OrdinalIgnoreCase)) return role;
            throw new KeyNotFoundException($"No security role named '{name}'. Roles: {string.Join(", ", _roles.Values.Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal))}.");
        }
    }

    /// <summary>Gives a user or an owner team a role.</summary>
    // https://learn.microsoft.com/power-platform/admin/assign-security-roles
    public void AssignRole(Guid principalId, Guid roleId)
    {
        lock (_core.Store.Gate)
        {
            EnsurePrincipal(principalId);
            if (!_roles.ContainsKey(roleId)) throw new KeyNotFoundException($"No security role {roleId}.");
            if (!_rolesOf.TryGetValue(principalId, out HashSet<Guid>? roles)) _rolesOf[principalId] = roles = new HashSet<Guid>();
            if (roles.Add(roleId)) Changed();
        }
    }

    public void AssignRole(Guid principalId, string roleName) => AssignRole(principalId, FindRole(roleName).Id);

    public void RemoveRole(Guid principalId, Guid roleId)
    {
        lock (_core.Store.Gate)
        {
            if (_rolesOf.TryGetValue(principalId, out HashSet<Guid>? roles) && roles.Remove(roleId)) Changed();
        }
    }

    public IReadOnlyList<SecurityRole> RolesOf(Guid principalId)
    {
        lock (_core.Store.Gate)
        {
            return _rolesOf.TryGetValue(principalId, out HashSet<Guid>? roles) ? roles.Select(id => _roles[id]).ToList() : [];
        }
    }

    /// <summary>Makes a column secured at run time (columns the solution marks IsSecured already are).</summary>
    // https://learn.microsoft.com/power-platform/admin/field-level-security
    public void SecureColumn(string table, string column)
    {
        lock (_core.Store.Gate)
        {
            if (!_core.Table(table).HasColumn(column)) throw new ArgumentException($"The table '{table}' has no column '{column}'.", nameof(column));
            if (_securedColumns.Add((table, column))) Changed();
        }
    }

    public bool IsSecured(TableMetadata table, string column) =>
        (table.TryGetColumn(column, out ColumnMetadata? metadata) && metadata.IsSecured) || _securedColumns.Contains((table.LogicalName, column));

    /// <summary>True when the table has a secured column at all, so readers skip the column check otherwise.</summary>
    internal bool HasSecuredColumns(TableMetadata table)
    {
        foreach ((string t, _) in _securedColumns) if (t == table.LogicalName) return true;
        foreach (ColumnMetadata column in table.Columns) if (column.IsSecured) return true;
        return false;
    }

    public FieldSecurityProfile AddFieldSecurityProfile(string name)
    {
        lock (_core.Store.Gate)
        {
            var profile = new FieldSecurityProfile(_core.Ids.NewId(), name);
            _profiles.Add(profile.Id, profile);
            Changed();
            return profile;
        }
    }

    /// <summary>Adds a user or team to a column security profile. Changing a profile's permissions later takes effect at once.</summary>
    public void AssignFieldSecurityProfile(Guid principalId, Guid profileId)
    {
        lock (_core.Store.Gate)
        {
            EnsurePrincipal(principalId);
            if (!_profiles.ContainsKey(profileId)) throw new KeyNotFoundException($"No column security profile {profileId}.");
            if (!_profilesOf.TryGetValue(principalId, out HashSet<Guid>? profiles)) _profilesOf[principalId] = profiles = new HashSet<Guid>();
            profiles.Add(profileId);
            Changed();
        }
    }

    /// <summary>Drops every cached user access (profiles are mutable objects, so callers that change one call this).</summary>
    public void Changed()
    {
        lock (_core.Store.Gate) _configuration++;
    }

    /// <summary>The user's effective access, from the cache while nothing it depends on changed. Call under the store's lock.</summary>
    internal UserAccess For(Guid userId)
    {
        long stamp = _configuration;
        foreach (string table in PrincipalTables) stamp += _core.Store.ChangeCount(table);
        if (stamp != _cachedStamp)
        {
            _users.Clear();
            _cachedStamp = stamp;
        }
        if (_users.TryGetValue(userId, out UserAccess? cached)) return cached;
        UserAccess access = Build(userId);
        _users[userId] = access;
        return access;
    }

    private UserAccess Build(Guid userId)
    {
        // A team asked about (RetrievePrincipalAccess) is worked out like a user with no teams: its own roles, its unit.
        Entity? user = _core.Store.Find("systemuser", userId);
        Entity? team = user is null ? _core.Store.Find("team", userId) : null;
        Guid unit = (user ?? team)?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? _core.RootBusinessUnitId;
        HashSet<Guid> teams = team is null ? TeamsOf(userId) : new HashSet<Guid>();
        bool unrestricted = userId == SystemUserId;
        var privileges = new Dictionary<string, PrivilegeGrants>(StringComparer.OrdinalIgnoreCase);
        var fields = new Dictionary<(string, string), FieldAccess>();
        PrivilegeGrants Held(string name) => privileges.TryGetValue(name, out PrivilegeGrants? grants) ? grants : privileges[name] = new PrivilegeGrants();
        foreach (Guid principal in teams.Prepend(userId))
        {
            bool isTeam = principal != userId;
            Guid teamUnit = isTeam ? _core.Store.ValueOf<EntityReference>("team", principal, "businessunitid")?.Id ?? Guid.Empty : Guid.Empty;
            if (_rolesOf.TryGetValue(principal, out HashSet<Guid>? roles))
            {
                foreach (Guid roleId in roles)
                {
                    SecurityRole role = _roles[roleId];
                    unrestricted |= role.GrantsEverything;
                    foreach (KeyValuePair<string, PrivilegeDepth> privilege in role.Privileges)
                    {
                        // Privileges add up across roles; the least restrictive depth wins. A team's role
                        // counts from the team, and (unless the role says "team privileges only") also
                        // gives the member the privilege at Basic depth directly.
                        PrivilegeGrants grants = Held(privilege.Key);
                        if (!isTeam) grants.AddDirect(privilege.Value);
                        else
                        {
                            grants.AddTeam(new TeamGrant(principal, teamUnit, privilege.Value));
                            if (!role.TeamPrivilegesOnly) grants.AddDirect(PrivilegeDepth.Basic);
                        }
                    }
                }
            }
            if (_profilesOf.TryGetValue(principal, out HashSet<Guid>? profiles))
            {
                foreach (Guid profileId in profiles)
                {
                    foreach (KeyValuePair<(string Table, string Column), FieldAccess> permission in _profiles[profileId].Permissions)
                    {
                        fields[permission.Key] = (fields.TryGetValue(permission.Key, out FieldAccess known) ? known : FieldAccess.None) | permission.Value;
                    }
                }
            }
        }
        return new UserAccess(userId, unit, unrestricted, teams, UnitAndDescendants, privileges, fields);
    }

    private HashSet<Guid> TeamsOf(Guid userId)
    {
        var teams = new HashSet<Guid>();
        IEnumerable<Entity> memberships = _core.Store.FindByIndex(MembershipTable, "systemuserid", userId)
            ?? _core.Store.Scan(MembershipTable).Where(row => IdOf(row["systemuserid"]) == userId);
        foreach (Entity membership in memberships)
        {
            if (membership.Attributes.TryGetValue("teamid", out object? team) && IdOf(team) is Guid teamId) teams.Add(teamId);
        }
        return teams;
    }

    private static Guid? IdOf(object? value) => value switch
    {
        Guid id => id,
        EntityReference reference => reference.Id,
        _ => null,
    };

    private HashSet<Guid> UnitAndDescendants(Guid unit)
    {
        var children = new Dictionary<Guid, List<Guid>>();
        foreach (Entity row in _core.Store.Scan("businessunit"))
        {
            if (row.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id is not Guid parent) continue;
            if (!children.TryGetValue(parent, out List<Guid>? list)) children[parent] = list = new List<Guid>();
            list.Add(row.Id);
        }
        var reached = new HashSet<Guid> { unit };
        var pending = new Queue<Guid>();
        pending.Enqueue(unit);
        while (pending.Count > 0)
        {
            if (!children.TryGetValue(pending.Dequeue(), out List<Guid>? below)) continue;
            foreach (Guid child in below) if (reached.Add(child)) pending.Enqueue(child);
        }
        return reached;
    }

    private void EnsurePrincipal(Guid principalId)
    {
        if (!_core.Store.Contains("systemuser", principalId) && !_core.Store.Contains("team", principalId))
            throw new ArgumentException($"No systemuser or team {principalId} exists in the local organization.", nameof(principalId));
    }
}
