using System;
using System.Collections.Generic;
using CxJourney.SolutionModel;

namespace CxJourney.Emulator.Security;

/// <summary>A privilege a user holds through a team's role: its depth counts from the team (its records, its business unit).</summary>
internal readonly record struct TeamGrant(Guid Team, Guid Unit, PrivilegeDepth Depth);

/// <summary>
/// How a user holds one privilege: directly (the user's own roles, and Basic from every team role whose
/// member inheritance is "Direct User (Basic) access level and Team privileges", the default), and
/// through each team whose role grants it, at that role's depth counted from the team.
/// </summary>
// https://learn.microsoft.com/power-platform/admin/security-roles-privileges#team-members-privilege-inheritance
internal sealed class PrivilegeGrants
{
    public PrivilegeDepth? Direct { get; private set; }

    public List<TeamGrant>? Teams { get; private set; }

    /// <summary>The least restrictive depth of all grants: Global anywhere reaches everything.</summary>
    public PrivilegeDepth Widest { get; private set; }

    public void AddDirect(PrivilegeDepth depth)
    {
        if (Direct is null || depth > Direct) Direct = depth;
        if (depth > Widest) Widest = depth;
    }

    public void AddTeam(TeamGrant grant)
    {
        (Teams ??= new List<TeamGrant>()).Add(grant);
        if (grant.Depth > Widest) Widest = grant.Depth;
    }
}
