using System;
using System.Collections.Generic;
using CxJourney.Emulator.Metadata;
using CxJourney.Emulator.Solution;

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
    private readonly Dictionary<string, PrivilegeDepth> _privileges;
    private readonly Dictionary<(string Table, AccessRights Right), PrivilegeDepth?> _resolved = new();
    private readonly Dictionary<(string Table, string Column), FieldAccess> _fields;
    private readonly Lazy<HashSet<Guid>> _unitAndDescendants;

    public UserAccess(
        Guid userId,
        Guid businessUnitId,
        bool unrestricted,
        HashSet<Guid> teams,
        Func<HashSet<Guid>> unitAndDescendants,
        Dictionary<string, PrivilegeDepth> privileges,
        Dictionary<(string Table, string Column), FieldAccess> fields)
    {
        UserId = userId;
        BusinessUnitId = businessUnitId;
        Unrestricted = unrestricted;
        Teams = teams;
        _unitAndDescendants = new Lazy<HashSet<Guid>>(unitAndDescendants);
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

    /// <summary>The depth at which the user holds the privilege behind <paramref name="right"/> on the table, or null.</summary>
    public PrivilegeDepth? Depth(TableMetadata table, AccessRights right)
    {
        if (Unrestricted) return PrivilegeDepth.Global;
        (string, AccessRights) key = (table.LogicalName, right);
        if (_resolved.TryGetValue(key, out PrivilegeDepth? depth)) return depth;
        depth = _privileges.TryGetValue(PrivilegeNames.For(table, right), out PrivilegeDepth held) ? held : null;
        _resolved[key] = depth;
        return depth;
    }

    public bool Holds(string privilegeName) => Unrestricted || _privileges.ContainsKey(privilegeName);

    /// <summary>Whether a privilege at <paramref name="depth"/> reaches a record with this owner and owning business unit.</summary>
    // https://learn.microsoft.com/power-platform/admin/security-roles-privileges#access-levels
    public bool Reaches(PrivilegeDepth depth, Guid owner, Guid owningUnit) => depth switch
    {
        PrivilegeDepth.Global => true,
        PrivilegeDepth.Deep => UnitAndDescendants.Contains(owningUnit) || OwnsOrTeamOwns(owner),
        PrivilegeDepth.Local => owningUnit == BusinessUnitId || OwnsOrTeamOwns(owner),
        _ => OwnsOrTeamOwns(owner),
    };

    /// <summary>Basic depth: the user's own records and those of the teams the user belongs to.</summary>
    public bool OwnsOrTeamOwns(Guid owner) => owner != Guid.Empty && (owner == UserId || Teams.Contains(owner));

    public FieldAccess FieldAccess(string table, string column) =>
        Unrestricted ? Security.FieldAccess.All : _fields.TryGetValue((table, column), out FieldAccess access) ? access : Security.FieldAccess.None;
}
