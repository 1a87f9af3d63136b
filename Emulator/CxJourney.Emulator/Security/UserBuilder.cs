using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Security;

/// <summary>
/// Creates a user in a business unit with roles, teams and column security profiles in one go, for
/// tests and demos that act as an agent or a manager:
/// <c>org.NewUser("Ada", "Agent").In(north).WithRoles("CX Agent").MemberOf(team).Create()</c>.
/// </summary>
public sealed class UserBuilder
{
    private readonly LocalOrganization _organization;
    private readonly string _firstName;
    private readonly string _lastName;
    private readonly List<string> _roles = new();
    private readonly List<Guid> _teams = new();
    private readonly List<Guid> _profiles = new();
    private Guid? _unit;
    private Guid? _id;

    internal UserBuilder(LocalOrganization organization, string firstName, string lastName)
    {
        _organization = organization;
        _firstName = firstName;
        _lastName = lastName;
    }

    /// <summary>The user's business unit (default: the root one).</summary>
    public UserBuilder In(Guid businessUnitId)
    {
        _unit = businessUnitId;
        return this;
    }

    public UserBuilder WithId(Guid id)
    {
        _id = id;
        return this;
    }

    /// <summary>Roles by name: the solution's (Solution/Roles) or "System Administrator".</summary>
    public UserBuilder WithRoles(params string[] roleNames)
    {
        _roles.AddRange(roleNames);
        return this;
    }

    public UserBuilder MemberOf(params Guid[] teamIds)
    {
        _teams.AddRange(teamIds);
        return this;
    }

    public UserBuilder WithFieldSecurityProfiles(params Guid[] profileIds)
    {
        _profiles.AddRange(profileIds);
        return this;
    }

    /// <summary>Creates the user and gives it everything asked for; returns its id.</summary>
    public Guid Create()
    {
        foreach (string role in _roles) _organization.Security.FindRole(role);
        Guid user = _organization.CreateUser(_firstName, _lastName, _unit, _id);
        foreach (string role in _roles) _organization.AssignRole(user, role);
        foreach (Guid team in _teams) _organization.AddTeamMember(team, user);
        foreach (Guid profile in _profiles) _organization.Security.AssignFieldSecurityProfile(user, profile);
        return user;
    }
}
