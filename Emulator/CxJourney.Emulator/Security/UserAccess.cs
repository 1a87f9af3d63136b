using System;
using System.Collections.Generic;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Metadata;

namespace CxJourney.Emulator.Security;

/// <summary>
/// One user's effective security, worked out once and cached by <see cref="SecurityModel"/> until a
/// role, team, membership, user or business unit changes: the privileges of the user's roles and of
/// the roles of every team the user belongs to, added up with the least restrictive depth winning;
/// the user's business unit and the units below it; the teams; the column permissions. Every
/// question it answers is a dictionary or set lookup.
/// </summary>
// https://learn.microsoft.com/power-platform/admin/security-roles-privileges
// https://learn.microsoft.com/power-platform/admin/manage-teams#about-owner-teams
internal sealed class UserAccess
{
    private readonly Dictionary<string, PrivilegeGrants> _privileges;
    private readonly Dictionary<(string Table, AccessRights Right), PrivilegeGrants?> _resolved = new();
    private readonly Func<Guid, HashSet<Guid>> _unitsBelow;
    private readonly Dictionary<Guid, HashSet<Guid>> _teamUnits = new();
    private readonly Dictionary<(string Table, string Column), FieldAccess> _fields;
    private readonly Lazy<HashSet<Guid>> _unitAndDescendants;

    public UserAccess(
        Guid userId,
        Guid businessUnitId,
        bool unrestricted,
        HashSet<Guid> teams,
        Func<Guid, HashSet<Guid>> unitsBelow,
        Dictionary<string, PrivilegeGrants> privileges,
        Dictionary<(string Table, string Column), FieldAccess> fields)
    {
        UserId = userId;
        BusinessUnitId = businessUnitId;
        Unrestricted = unrestricted;
        Teams = teams;
        _unitsBelow = unitsBelow;
        _unitAndDescendants = new Lazy<HashSet<Guid>>(() => unitsBelow(businessUnitId));
        _privileges = privileges;
        _fields = fields;
    }

    public Guid UserId { get; }

    public Guid BusinessUnitId { get; }

    /// <summary>System Administrator or the SYSTEM user: every privilege at Global depth, every column.</summary>
    public bool Unrestricted { get; }

    /// <summary>The teams the user is a member of.</summary>
    public HashSet<Guid> Teams { get; }

    /// <summary>The user's business unit and every unit below it (what Deep depth reaches).</summary>
    public HashSet<Guid> UnitAndDescendants => _unitAndDescendants.Value;

    /// <summary>The widest depth at which the user holds the privilege behind <paramref name="right"/> on the table, or null.</summary>
    public PrivilegeDepth? Depth(TableMetadata table, AccessRights right) =>
        Unrestricted ? PrivilegeDepth.Global : Grants(table, right)?.Widest;

    /// <summary>How the user holds the privilege behind <paramref name="right"/> on the table (null: not at all); resolved once.</summary>
    public PrivilegeGrants? Grants(TableMetadata table, AccessRights right)
    {
        (string, AccessRights) key = (table.LogicalName, right);
        if (_resolved.TryGetValue(key, out PrivilegeGrants? grants)) return grants;
        grants = _privileges.TryGetValue(PrivilegeNames.For(table, right), out PrivilegeGrants? held) ? held : null;
        _resolved[key] = grants;
        return grants;
    }

    public bool Holds(string privilegeName) => Unrestricted || _privileges.ContainsKey(privilegeName);

    /// <summary>Whether the grants reach a record with this owner and owning business unit.</summary>
    // https://learn.microsoft.com/power-platform/admin/security-roles-privileges#access-levels
    public bool Reaches(PrivilegeGrants grants, Guid owner, Guid owningUnit)
    {
        if (grants.Widest == PrivilegeDepth.Global) return true;
        if (grants.Direct is PrivilegeDepth direct)
        {
            bool reached = direct switch
            {
                PrivilegeDepth.Deep => UnitAndDescendants.Contains(owningUnit),
                PrivilegeDepth.Local => owningUnit == BusinessUnitId,
                _ => false,
            };
            if (reached || OwnsOrTeamOwns(owner)) return true;
        }
        if (grants.Teams is null) return false;
        foreach (TeamGrant team in grants.Teams)
        {
            if (owner == team.Team) return true;
            if (team.Depth == PrivilegeDepth.Local && owningUnit == team.Unit) return true;
            if (team.Depth == PrivilegeDepth.Deep && UnitsBelow(team.Unit).Contains(owningUnit)) return true;
        }
        return false;
    }

    private HashSet<Guid> UnitsBelow(Guid unit)
    {
        if (!_teamUnits.TryGetValue(unit, out HashSet<Guid>? units)) _teamUnits[unit] = units = _unitsBelow(unit);
        return units;
    }

    /// <summary>Basic depth: the user's own records and those of the teams the user belongs to.</summary>
    public bool OwnsOrTeamOwns(Guid owner) => owner != Guid.Empty && (owner == UserId || Teams.Contains(owner));

    public FieldAccess FieldAccess(string table, string column) =>
        Unrestricted ? Security.FieldAccess.All : _fields.TryGetValue((table, column), out FieldAccess access) ? access : Security.FieldAccess.None;
}
