using System;
using System.Linq;
using CxJourney.Emulator.Security;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Security;

/// <summary>
/// Inherited access. Sharing a record shares the records under it along relationships whose Share
/// rule cascades (a contact's tasks and phone calls: Contact_Tasks, Contact_Phonecalls), and removing
/// the share takes back what they inherited, but not what was shared with them on their own: "a record
/// can have two sets of sharing properties — one that it has on its own, and one that it inherits from
/// its parent". A record created under a shared parent inherits its sharing; changing a child's parent
/// (reparent) replaces what it inherits from the old parent with what the new one has.
/// The cascade rules are the relationships' as the organization loads them; each test first says
/// which rule it relies on.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/security-sharing-assigning#sharing-and-inheritance
// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
public sealed class ShareCascadeTests
{
    private readonly SecurityWorld _world = new();
    private readonly Guid _owner;
    private readonly Guid _reader;
    private readonly Guid _other;
    private readonly Guid _contact;

    public ShareCascadeTests()
    {
        string own = _world.Role("Own contacts and activities", PrivilegeDepth.Basic,
            "prvReadContact", "prvWriteContact", "prvShareContact", "prvAppendContact", "prvAppendToContact",
            "prvReadAccount", "prvShareAccount", "prvAppendToAccount",
            "prvReadActivity", "prvWriteActivity", "prvShareActivity", "prvCreateActivity", "prvAppendActivity");
        _owner = _world.User("Owner", _world.North, own);
        _reader = _world.User("Reader", _world.South, own);
        _other = _world.User("Other", _world.South, own);
        _contact = _world.Contact("Shared", _owner);
    }

    private void Requires(string relationship, Func<RelationshipMetadata, CascadeRule> rule, string what)
    {
        Assert.True(_world.Org.Metadata.TryGetRelationship(relationship, out RelationshipMetadata? metadata), $"{relationship} is not loaded");
        Assert.True(rule(metadata) == CascadeRule.Cascade, $"{relationship}'s {what} rule is {rule(metadata)}, not Cascade");
    }

    private Guid Activity(string table, string subject, Guid regarding, string regardingTable = "contact")
    {
        var row = new Entity(table, Guid.NewGuid())
        {
            ["subject"] = subject,
            ["regardingobjectid"] = new EntityReference(regardingTable, regarding),
            ["ownerid"] = new EntityReference("systemuser", _owner),
        };
        _world.Org.Seed(row);
        return row.Id;
    }

    private void Share(Guid principal, AccessRights rights, string table = "contact", Guid? id = null, string message = "GrantAccess") =>
        _world.As(_owner).Execute(new OrganizationRequest(message)
        {
            ["Target"] = new EntityReference(table, id ?? _contact),
            ["PrincipalAccess"] = new PrincipalAccess(new EntityReference("systemuser", principal), rights),
        });

    private void Revoke(Guid principal, string table = "contact", Guid? id = null) =>
        _world.As(_owner).Execute(new OrganizationRequest("RevokeAccess")
        {
            ["Target"] = new EntityReference(table, id ?? _contact),
            ["Revokee"] = new EntityReference("systemuser", principal),
        });

    private AccessRights RightsOf(Guid principal, string table, Guid id) =>
        (AccessRights)_world.As(_owner).Execute(new OrganizationRequest("RetrievePrincipalAccess")
        {
            ["Target"] = new EntityReference(table, id),
            ["Principal"] = new EntityReference("systemuser", principal),
        }).Results["AccessRights"]! & (AccessRights.ReadAccess | AccessRights.WriteAccess);

    private Guid[] TasksSeenBy(Guid user) =>
        _world.As(user).RetrieveMultiple(new QueryExpression("task")).Entities.Select(e => e.Id).Order().ToArray();

    [Fact]
    public void Sharing_a_contact_shares_its_tasks_and_phone_calls_and_revoking_takes_them_back()
    {
        Requires("Contact_Tasks", r => r.CascadeShare, "Share");
        Requires("Contact_Tasks", r => r.CascadeUnshare, "Unshare");
        Requires("Contact_Phonecalls", r => r.CascadeShare, "Share");
        Guid task = Activity("task", "Call back", _contact);
        Guid call = Activity("phonecall", "Called", _contact);
        Guid elsewhere = Activity("task", "Not under the shared contact", _world.Contact("Private", _owner));
        SecurityWorld.Denied(() => _world.As(_reader).Retrieve("task", task, new ColumnSet("subject")));

        Share(_reader, AccessRights.ReadAccess);

        Assert.Equal("Call back", _world.As(_reader).Retrieve("task", task, new ColumnSet("subject")).GetAttributeValue<string>("subject"));
        Assert.Equal("Called", _world.As(_reader).Retrieve("phonecall", call, new ColumnSet("subject")).GetAttributeValue<string>("subject"));
        Assert.Equal(new[] { task }, TasksSeenBy(_reader));
        Assert.Equal(AccessRights.ReadAccess, RightsOf(_reader, "task", task));
        Assert.Equal(AccessRights.None, RightsOf(_reader, "task", elsewhere));
        SecurityWorld.Denied(() => _world.As(_reader).Update(new Entity("task", task) { ["subject"] = "Read only" }));

        Revoke(_reader);

        SecurityWorld.Denied(() => _world.As(_reader).Retrieve("task", task, new ColumnSet("subject")));
        Assert.Empty(TasksSeenBy(_reader));
        Assert.Equal(AccessRights.None, RightsOf(_reader, "phonecall", call));
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.modifyaccessrequest
    [Fact]
    public void ModifyAccess_on_the_parent_changes_what_children_inherit_and_their_own_shares_outlive_the_parents()
    {
        Requires("Contact_Tasks", r => r.CascadeShare, "Share");
        Requires("Contact_Tasks", r => r.CascadeUnshare, "Unshare");
        Guid inherited = Activity("task", "Inherited only", _contact);
        Guid ownShare = Activity("task", "Also shared on its own", _contact);
        Share(_reader, AccessRights.ReadAccess, "task", ownShare);
        Share(_reader, AccessRights.ReadAccess | AccessRights.WriteAccess);
        Assert.Equal(AccessRights.ReadAccess | AccessRights.WriteAccess, RightsOf(_reader, "task", inherited));

        Share(_reader, AccessRights.ReadAccess, message: "ModifyAccess");
        Assert.Equal(AccessRights.ReadAccess, RightsOf(_reader, "task", inherited));

        Revoke(_reader);
        Assert.Equal(new[] { ownShare }, TasksSeenBy(_reader));
        Assert.Equal(AccessRights.ReadAccess, RightsOf(_reader, "task", ownShare));
    }

    [Fact]
    public void Sharing_cascades_down_more_than_one_level()
    {
        Requires("contact_customer_accounts", r => r.CascadeShare, "Share");
        Requires("Contact_Tasks", r => r.CascadeShare, "Share");
        var account = new Entity("account", Guid.NewGuid()) { ["name"] = "Contoso", ["ownerid"] = new EntityReference("systemuser", _owner) };
        _world.Org.Seed(account);
        _world.Org.GetService().Update(new Entity("contact", _contact) { ["parentcustomerid"] = account.ToEntityReference() });
        Guid task = Activity("task", "Under the contact under the account", _contact);

        Share(_reader, AccessRights.ReadAccess, "account", account.Id);

        Assert.Equal(AccessRights.ReadAccess, RightsOf(_reader, "contact", _contact));
        Assert.Equal(new[] { task }, TasksSeenBy(_reader));
        Revoke(_reader, "account", account.Id);
        Assert.Empty(TasksSeenBy(_reader));
    }

    [Fact]
    public void A_record_created_under_a_shared_parent_inherits_its_sharing()
    {
        Requires("Contact_Tasks", r => r.CascadeReparent, "Reparent");
        Share(_reader, AccessRights.ReadAccess);

        Guid task = _world.As(_owner).Create(new Entity("task")
        {
            ["subject"] = "Created after the share",
            ["regardingobjectid"] = new EntityReference("contact", _contact),
        });

        Assert.Equal(new[] { task }, TasksSeenBy(_reader));
        Assert.Equal(AccessRights.ReadAccess, RightsOf(_reader, "task", task));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior#about-the-reparent-action
    [Fact]
    public void Reparenting_a_task_moves_its_inherited_access_from_the_old_contact_to_the_new_one()
    {
        Requires("Contact_Tasks", r => r.CascadeReparent, "Reparent");
        Guid second = _world.Contact("Second", _owner);
        Share(_reader, AccessRights.ReadAccess);
        Share(_other, AccessRights.ReadAccess, id: second);
        Guid task = Activity("task", "Moves", _contact);
        Assert.Equal(new[] { task }, TasksSeenBy(_reader));
        Assert.Empty(TasksSeenBy(_other));

        _world.As(_owner).Update(new Entity("task", task) { ["regardingobjectid"] = new EntityReference("contact", second) });

        Assert.Empty(TasksSeenBy(_reader));
        Assert.Equal(AccessRights.None, RightsOf(_reader, "task", task));
        Assert.Equal(new[] { task }, TasksSeenBy(_other));
        Assert.Equal(AccessRights.ReadAccess, RightsOf(_other, "task", task));

        // Clearing the parent takes the inherited access away and leaves the owner's.
        _world.As(_owner).Update(new Entity("task", task) { ["regardingobjectid"] = null });
        Assert.Empty(TasksSeenBy(_other));
        Assert.Equal(new[] { task }, TasksSeenBy(_owner));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
    [Fact]
    public void A_share_in_a_failed_transaction_leaves_no_inherited_access_behind()
    {
        Requires("Contact_Tasks", r => r.CascadeShare, "Share");
        Guid task = Activity("task", "Stays private", _contact);
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

        Assert.Empty(TasksSeenBy(_reader));
        Assert.Equal(AccessRights.None, RightsOf(_reader, "task", task));
    }
}
