using System;
using CxJourney.Emulator.Security;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Security;

/// <summary>GrantAccess, ModifyAccess, RevokeAccess and RetrievePrincipalAccess, to users and teams.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/security-sharing-assigning
public sealed class SharingTests
{
    private readonly SecurityWorld _world = new();
    private readonly Guid _owner;
    private readonly Guid _reader;
    private readonly Guid _contact;

    public SharingTests()
    {
        string own = _world.Role("Own contacts", PrivilegeDepth.Basic, "prvReadContact", "prvWriteContact", "prvShareContact");
        _owner = _world.User("Owner", _world.North, own);
        _reader = _world.User("Reader", _world.South, own);
        _contact = _world.Contact("Shared", _owner);
    }

    private OrganizationResponse Share(string message, Guid principal, AccessRights rights, string table = "systemuser") =>
        _world.As(_owner).Execute(new OrganizationRequest(message)
        {
            ["Target"] = new EntityReference("contact", _contact),
            ["PrincipalAccess"] = new PrincipalAccess(new EntityReference(table, principal), rights),
        });

    private AccessRights RightsOf(Guid principal, string table = "systemuser") =>
        (AccessRights)_world.As(_owner).Execute(new OrganizationRequest("RetrievePrincipalAccess")
        {
            ["Target"] = new EntityReference("contact", _contact),
            ["Principal"] = new EntityReference(table, principal),
        }).Results["AccessRights"]!;

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.grantaccessrequest
    [Fact]
    public void A_shared_record_is_readable_by_the_user_it_was_shared_with_and_nothing_more()
    {
        SecurityWorld.Denied(() => _world.As(_reader).Retrieve("contact", _contact, new ColumnSet("lastname")));

        Share("GrantAccess", _reader, AccessRights.ReadAccess);

        Assert.Equal("Shared", _world.As(_reader).Retrieve("contact", _contact, new ColumnSet("lastname")).GetAttributeValue<string>("lastname"));
        Assert.Single(_world.As(_reader).RetrieveMultiple(new QueryExpression("contact")).Entities);
        SecurityWorld.Denied(() => _world.As(_reader).Update(new Entity("contact", _contact) { ["firstname"] = "No" }));
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.modifyaccessrequest
    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.revokeaccessrequest
    [Fact]
    public void GrantAccess_adds_ModifyAccess_replaces_and_RevokeAccess_removes()
    {
        Share("GrantAccess", _reader, AccessRights.ReadAccess);
        Share("GrantAccess", _reader, AccessRights.WriteAccess);
        Assert.Equal(AccessRights.ReadAccess | AccessRights.WriteAccess, RightsOf(_reader) & (AccessRights.ReadAccess | AccessRights.WriteAccess));
        _world.As(_reader).Update(new Entity("contact", _contact) { ["firstname"] = "Edited" });

        Share("ModifyAccess", _reader, AccessRights.ReadAccess);
        Assert.Equal(AccessRights.ReadAccess, RightsOf(_reader) & (AccessRights.ReadAccess | AccessRights.WriteAccess));

        _world.As(_owner).Execute(new OrganizationRequest("RevokeAccess")
        {
            ["Target"] = new EntityReference("contact", _contact),
            ["Revokee"] = new EntityReference("systemuser", _reader),
        });
        Assert.Equal(AccessRights.None, RightsOf(_reader) & AccessRights.ReadAccess);
        Assert.Empty(_world.As(_reader).RetrieveMultiple(new QueryExpression("contact")).Entities);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.retrieveprincipalaccessrequest
    [Fact]
    public void RetrievePrincipalAccess_answers_the_rights_the_owner_holds_through_roles()
    {
        Assert.Equal(AccessRights.ReadAccess | AccessRights.WriteAccess | AccessRights.ShareAccess, RightsOf(_owner));
        Assert.Equal(AccessRights.None, RightsOf(_reader));
    }

    [Fact]
    public void A_record_shared_with_a_team_is_readable_by_its_members()
    {
        Guid team = _world.Org.CreateTeam("Southerners", _world.South, _reader);

        Share("GrantAccess", team, AccessRights.ReadAccess, "team");

        Assert.Equal(AccessRights.ReadAccess, RightsOf(team, "team"));
        Assert.Single(_world.As(_reader).RetrieveMultiple(new QueryExpression("contact")).Entities);
    }

    [Fact]
    public void Sharing_needs_the_share_privilege_and_one_cannot_share_a_right_one_lacks()
    {
        SecurityWorld.Denied(() => _world.As(_reader).Execute(new OrganizationRequest("GrantAccess")
        {
            ["Target"] = new EntityReference("contact", _contact),
            ["PrincipalAccess"] = new PrincipalAccess(new EntityReference("systemuser", _reader), AccessRights.ReadAccess),
        }));
        Assert.Contains("prvDeleteContact", SecurityWorld.Denied(() => Share("GrantAccess", _reader, AccessRights.DeleteAccess)).Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
    [Fact]
    public void A_share_made_inside_a_failed_transaction_is_undone()
    {
        var transaction = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new OrganizationRequest("GrantAccess")
                {
                    ["Target"] = new EntityReference("contact", _contact),
                    ["PrincipalAccess"] = new PrincipalAccess(new EntityReference("systemuser", _reader), AccessRights.ReadAccess),
                },
                new DeleteRequest { Target = new EntityReference("contact", Guid.NewGuid()) },
            },
        };

        Assert.ThrowsAny<Exception>(() => _world.As(_owner).Execute(transaction));

        Assert.Equal(AccessRights.None, RightsOf(_reader) & AccessRights.ReadAccess);
    }
}
