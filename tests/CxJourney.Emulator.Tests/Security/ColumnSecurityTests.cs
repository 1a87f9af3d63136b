using System;
using CxJourney.Emulator.Security;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Security;

/// <summary>Column (field) security: secured columns and the profiles that open them to users and teams.</summary>
// https://learn.microsoft.com/power-platform/admin/field-level-security
public sealed class ColumnSecurityTests
{
    private readonly SecurityWorld _world = new();
    private readonly Guid _user;
    private readonly Guid _contact;

    public ColumnSecurityTests()
    {
        _world.Org.Security.SecureColumn("contact", "telephone1");
        _user = _world.User("Agent", _world.North, _world.Role("Contacts", PrivilegeDepth.Global, "prvCreateContact", "prvReadContact", "prvWriteContact"));
        _contact = Guid.NewGuid();
        _world.Org.Seed(new Entity("contact", _contact) { ["lastname"] = "Secret", ["telephone1"] = "555-0100" });
    }

    [Fact]
    public void A_secured_column_has_no_value_for_a_user_without_a_profile_in_Retrieve_and_in_queries()
    {
        Entity retrieved = _world.As(_user).Retrieve("contact", _contact, new ColumnSet("lastname", "telephone1"));
        Entity queried = Assert.Single(_world.As(_user).RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet(true) }).Entities);

        Assert.Equal("Secret", retrieved.GetAttributeValue<string>("lastname"));
        Assert.False(retrieved.Contains("telephone1"));
        Assert.False(queried.Contains("telephone1"));
        Assert.Equal("555-0100", _world.Org.GetService().Retrieve("contact", _contact, new ColumnSet("telephone1")).GetAttributeValue<string>("telephone1"));
    }

    [Fact]
    public void A_profile_given_to_a_team_opens_the_column_to_its_members()
    {
        FieldSecurityProfile profile = _world.Org.Security.AddFieldSecurityProfile("Phone readers").Allow("contact", "telephone1", FieldAccess.Read);
        Guid team = _world.Org.CreateTeam("Phone team", _world.North, _user);
        _world.Org.Security.AssignFieldSecurityProfile(team, profile.Id);

        Assert.Equal("555-0100", _world.As(_user).Retrieve("contact", _contact, new ColumnSet("telephone1")).GetAttributeValue<string>("telephone1"));
    }

    [Fact]
    public void Creating_or_updating_a_secured_column_needs_the_profiles_create_or_update_permission()
    {
        SecurityWorld.Denied(() => _world.As(_user).Create(new Entity("contact") { ["lastname"] = "New", ["telephone1"] = "1" }));
        SecurityWorld.Denied(() => _world.As(_user).Update(new Entity("contact", _contact) { ["telephone1"] = "2" }));

        FieldSecurityProfile profile = _world.Org.Security.AddFieldSecurityProfile("Phone writers").Allow("contact", "telephone1", FieldAccess.Read | FieldAccess.Update);
        _world.Org.Security.AssignFieldSecurityProfile(_user, profile.Id);
        _world.As(_user).Update(new Entity("contact", _contact) { ["telephone1"] = "2" });

        Assert.Equal("2", _world.Org.Get("contact", _contact).GetAttributeValue<string>("telephone1"));
        SecurityWorld.Denied(() => _world.As(_user).Create(new Entity("contact") { ["lastname"] = "New", ["telephone1"] = "1" }));
    }
}
