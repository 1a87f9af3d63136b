using System;
using System.Linq;
using CxJourney.Emulator.Security;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Security;

/// <summary>Privileges by name and depth, against the owner and owning business unit of each record.</summary>
// https://learn.microsoft.com/power-platform/admin/security-roles-privileges#access-levels
// https://learn.microsoft.com/power-apps/developer/data-platform/security-concepts
public sealed class PrivilegeDepthTests
{
    private readonly SecurityWorld _world = new();

    private LocalOrganization Org => _world.Org;

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (PrivilegeDenied 0x80040220)
    [Fact]
    public void A_user_without_a_role_can_do_nothing_and_the_fault_names_the_privilege()
    {
        Guid nobody = _world.User("Nobody", _world.North);
        Guid contact = _world.Contact("Existing", Org.AdminUserId);
        IOrganizationService service = _world.As(nobody);

        Assert.Contains("prvCreateContact", SecurityWorld.Denied(() => service.Create(new Entity("contact") { ["lastname"] = "New" })).Message);
        Assert.Contains("prvReadContact", SecurityWorld.Denied(() => service.Retrieve("contact", contact, new ColumnSet(true))).Message);
        Assert.Contains("prvWriteContact", SecurityWorld.Denied(() => service.Update(new Entity("contact", contact) { ["lastname"] = "Renamed" })).Message);
        Assert.Contains("prvDeleteContact", SecurityWorld.Denied(() => service.Delete("contact", contact)).Message);
        Assert.Contains("prvWriteUser", SecurityWorld.Denied(() => service.Update(new Entity("systemuser", Org.AdminUserId) { ["firstname"] = "Mallory" })).Message);
        Assert.Equal("Existing", Org.Get("contact", contact).GetAttributeValue<string>("lastname"));
    }

    [Fact]
    public void Queries_leave_out_unreadable_rows_instead_of_faulting()
    {
        Guid nobody = _world.User("Nobody", _world.North);
        _world.Contact("Existing", Org.AdminUserId);

        EntityCollection rows = _world.As(nobody).RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet(true) });

        Assert.Empty(rows.Entities);
    }

    [Theory]
    [InlineData(PrivilegeDepth.Basic, "Mine")]
    [InlineData(PrivilegeDepth.Local, "Mine,North colleague")]
    [InlineData(PrivilegeDepth.Deep, "Mine,North colleague,North East colleague")]
    [InlineData(PrivilegeDepth.Global, "Mine,North colleague,North East colleague,South colleague")]
    public void Read_depth_decides_which_rows_a_query_returns(PrivilegeDepth depth, string expected)
    {
        string role = _world.Role("Reader", depth, "prvReadContact");
        Guid me = _world.User("Me", _world.North, role);
        _world.Contact("Mine", me);
        _world.Contact("North colleague", _world.User("N", _world.North));
        _world.Contact("North East colleague", _world.User("NE", _world.NorthEast));
        _world.Contact("South colleague", _world.User("S", _world.South));

        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.AddOrder("lastname", OrderType.Ascending);
        string byExpression = string.Join(",", _world.As(me).RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("lastname")));
        string byFetch = string.Join(",", _world.As(me).RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='contact'><attribute name='lastname'/><order attribute='lastname'/></entity></fetch>")).Entities.Select(e => e.GetAttributeValue<string>("lastname")));
        var byAttribute = new QueryByAttribute("contact") { ColumnSet = new ColumnSet("lastname") };
        byAttribute.AddAttributeValue("statecode", 0);
        byAttribute.AddOrder("lastname", OrderType.Ascending);
        string byAttributeNames = string.Join(",", _world.As(me).RetrieveMultiple(byAttribute).Entities.Select(e => e.GetAttributeValue<string>("lastname")));

        Assert.Equal(expected, byExpression);
        Assert.Equal(expected, byFetch);
        Assert.Equal(expected, byAttributeNames);
    }

    [Fact]
    public void Retrieve_of_a_row_out_of_reach_faults_and_one_in_reach_succeeds()
    {
        Guid me = _world.User("Me", _world.North, _world.Role("Local reader", PrivilegeDepth.Local, "prvReadContact"));
        Guid near = _world.Contact("Near", _world.User("N", _world.North));
        Guid far = _world.Contact("Far", _world.User("S", _world.South));

        Assert.Equal("Near", _world.As(me).Retrieve("contact", near, new ColumnSet("lastname")).GetAttributeValue<string>("lastname"));
        Assert.Contains("prvReadContact", SecurityWorld.Denied(() => _world.As(me).Retrieve("contact", far, new ColumnSet("lastname"))).Message);
    }

    [Fact]
    public void Link_entities_only_join_readable_rows()
    {
        Guid me = _world.User("Me", _world.North, _world.Role("Reader", PrivilegeDepth.Global, "prvReadContact"), _world.Role("Own accounts", PrivilegeDepth.Basic, "prvReadAccount"));
        var hidden = new Entity("account", Guid.NewGuid()) { ["name"] = "Hidden", ["ownerid"] = new EntityReference("systemuser", Org.AdminUserId) };
        Org.Seed(hidden);
        Org.Seed(new Entity("contact", Guid.NewGuid()) { ["lastname"] = "Child", ["parentcustomerid"] = hidden.ToEntityReference() });

        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.AddLink("account", "parentcustomerid", "accountid", JoinOperator.Inner);

        Assert.Empty(_world.As(me).RetrieveMultiple(query).Entities);
        Assert.Single(Org.GetService().RetrieveMultiple(query).Entities);
    }

    // https://learn.microsoft.com/power-platform/admin/security-roles-privileges (privileges of several roles add up)
    [Fact]
    public void Privileges_of_all_roles_and_of_the_users_teams_add_up_and_the_widest_depth_wins()
    {
        string basic = _world.Role("Basic reader", PrivilegeDepth.Basic, "prvReadContact");
        string global = _world.Role("Global reader", PrivilegeDepth.Global, "prvReadContact");
        Guid me = _world.User("Me", _world.North, basic);
        Guid far = _world.Contact("Far", _world.User("S", _world.South));
        Assert.Empty(_world.As(me).RetrieveMultiple(new QueryExpression("contact")).Entities);

        Guid team = Org.CreateTeam("Readers", _world.North);
        Org.AssignRole(team, global);
        Org.AddTeamMember(team, me);

        Assert.Equal(far, Assert.Single(_world.As(me).RetrieveMultiple(new QueryExpression("contact")).Entities).Id);
    }

    // https://learn.microsoft.com/power-platform/admin/security-roles-privileges#team-members-privilege-inheritance
    [Theory]
    [InlineData(false, "Mine,South colleague")]
    [InlineData(true, "South colleague")]
    public void A_teams_role_counts_from_the_teams_business_unit_and_by_default_also_gives_members_Basic(bool teamPrivilegesOnly, string expected)
    {
        Org.Security.AddRole(new SecurityRole(Guid.NewGuid(), "Team reader", [new("prvReadContact", PrivilegeDepth.Local)], teamPrivilegesOnly: teamPrivilegesOnly));
        Guid me = _world.User("Me", _world.North);
        Guid team = Org.CreateTeam("South desk", _world.South, me);
        Org.AssignRole(team, "Team reader");
        _world.Contact("Mine", me);
        _world.Contact("North colleague", _world.User("N", _world.North));
        _world.Contact("South colleague", _world.User("S", _world.South));

        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.AddOrder("lastname", OrderType.Ascending);

        Assert.Equal(expected, string.Join(",", _world.As(me).RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("lastname"))));
    }

    // https://learn.microsoft.com/power-platform/admin/manage-teams#about-owner-teams
    [Fact]
    public void Basic_depth_reaches_the_records_of_the_users_owner_teams()
    {
        Guid me = _world.User("Me", _world.North, _world.Role("Own", PrivilegeDepth.Basic, "prvReadContact", "prvWriteContact"));
        Guid team = Org.CreateTeam("Tier 1", _world.South, me);
        Guid teamOwned = _world.Contact("Team owned", team, "team");
        Guid other = _world.Contact("Other", Org.AdminUserId);

        _world.As(me).Update(new Entity("contact", teamOwned) { ["firstname"] = "Edited" });

        Assert.Equal("Edited", Org.Get("contact", teamOwned).GetAttributeValue<string>("firstname"));
        SecurityWorld.Denied(() => _world.As(me).Update(new Entity("contact", other) { ["firstname"] = "Edited" }));
    }

    [Fact]
    public void Moving_a_user_to_another_business_unit_changes_what_the_user_reaches()
    {
        Guid me = _world.User("Me", _world.North, _world.Role("Local reader", PrivilegeDepth.Local, "prvReadContact"));
        Guid southern = _world.Contact("Southern", _world.User("S", _world.South));
        Assert.Empty(_world.As(me).RetrieveMultiple(new QueryExpression("contact")).Entities);

        Org.GetService().Update(new Entity("systemuser", me) { ["businessunitid"] = new EntityReference("businessunit", _world.South) });

        Assert.Equal(southern, Assert.Single(_world.As(me).RetrieveMultiple(new QueryExpression("contact")).Entities).Id);
    }

    // https://learn.microsoft.com/power-platform/admin/wp-security-cds#business-units (records belong to the owner's business unit)
    [Fact]
    public void A_new_record_belongs_to_its_owners_business_unit_and_create_depth_limits_whom_it_may_be_for()
    {
        Guid me = _world.User("Me", _world.North, _world.Role("Own contacts", PrivilegeDepth.Basic, "prvCreateContact", "prvReadContact"));
        Guid colleague = _world.User("N", _world.North);

        Guid mine = _world.As(me).Create(new Entity("contact") { ["lastname"] = "Mine" });

        Assert.Equal(_world.North, Org.Get("contact", mine).GetAttributeValue<EntityReference>("owningbusinessunit")!.Id);
        SecurityWorld.Denied(() => _world.As(me).Create(new Entity("contact") { ["lastname"] = "Theirs", ["ownerid"] = new EntityReference("systemuser", colleague) }));
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.assignrequest
    [Fact]
    public void Assign_needs_the_assign_privilege_and_moves_the_owner_and_business_unit()
    {
        string writer = _world.Role("Writer", PrivilegeDepth.Global, "prvReadContact", "prvWriteContact");
        string assigner = _world.Role("Assigner", PrivilegeDepth.Global, "prvAssignContact");
        Guid me = _world.User("Me", _world.North, writer);
        Guid southern = _world.User("S", _world.South);
        Guid contact = _world.Contact("Moving", me);
        var assign = new OrganizationRequest("Assign") { ["Target"] = new EntityReference("contact", contact), ["Assignee"] = new EntityReference("systemuser", southern) };

        Assert.Contains("prvAssignContact", SecurityWorld.Denied(() => _world.As(me).Execute(assign)).Message);
        Org.AssignRole(me, assigner);
        _world.As(me).Execute(assign);

        Entity moved = Org.Get("contact", contact);
        Assert.Equal(southern, moved.GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.Equal(_world.South, moved.GetAttributeValue<EntityReference>("owningbusinessunit")!.Id);
    }

    // https://learn.microsoft.com/power-platform/admin/security-roles-privileges#record-level-privileges (Append, Append To)
    [Fact]
    public void Setting_a_lookup_needs_append_on_the_record_and_append_to_on_the_one_it_points_at()
    {
        string contacts = _world.Role("Contacts", PrivilegeDepth.Global, "prvCreateContact", "prvReadContact", "prvWriteContact", "prvReadAccount");
        Guid me = _world.User("Me", _world.North, contacts);
        var account = new Entity("account", Guid.NewGuid()) { ["name"] = "Parent" };
        Org.Seed(account);
        Entity child = new("contact") { ["lastname"] = "Child", ["parentcustomerid"] = account.ToEntityReference() };

        Assert.Contains("prvAppendContact", SecurityWorld.Denied(() => _world.As(me).Create(child)).Message);
        Org.AssignRole(me, _world.Role("Append", PrivilegeDepth.Global, "prvAppendContact"));
        Assert.Contains("prvAppendToAccount", SecurityWorld.Denied(() => _world.As(me).Create(child)).Message);
        Org.AssignRole(me, _world.Role("Append to", PrivilegeDepth.Global, "prvAppendToAccount"));

        Guid id = _world.As(me).Create(child);
        Assert.Equal(account.Id, Org.Get("contact", id).GetAttributeValue<EntityReference>("parentcustomerid")!.Id);
    }

    [Fact]
    public void Activity_tables_share_the_activity_privileges()
    {
        Guid me = _world.User("Me", _world.North, _world.Role("Activities", PrivilegeDepth.Basic, "prvCreateActivity", "prvReadActivity"));

        Guid task = _world.As(me).Create(new Entity("task") { ["subject"] = "Call back" });

        Assert.Equal("Call back", _world.As(me).Retrieve("task", task, new ColumnSet("subject")).GetAttributeValue<string>("subject"));
        Assert.Contains("prvCreateContact", SecurityWorld.Denied(() => _world.As(me).Create(new Entity("contact") { ["lastname"] = "X" })).Message);
    }

    [Fact]
    public void The_solutions_roles_are_read_from_Solution_Roles_as_written_there()
    {
        LocalOrganization org = LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = System.IO.Path.Combine(CxJourney.Tests.Shared.RepoPaths.Root, "Solution") });

        SecurityRole agent = org.Security.FindRole("CX Agent");

        Assert.Equal(PrivilegeDepth.Local, agent.Privileges["prvReadcx_Journey"]);
        Assert.Equal(PrivilegeDepth.Basic, agent.Privileges["prvCreatecx_Feedback"]);
        Assert.Contains(org.Security.Roles, r => r.Name == "CX Manager");
        Assert.Contains(org.Security.Roles, r => r.Name == SecurityRole.SystemAdministratorName);
    }

    [Fact]
    public void The_administrator_holds_System_Administrator_and_may_do_anything()
    {
        Assert.Contains(Org.Security.RolesOf(Org.AdminUserId), r => r.GrantsEverything);
        Guid contact = _world.Contact("Anyone's", _world.User("S", _world.South));

        Org.GetService().Delete("contact", contact);

        Assert.Null(Org.Find("contact", contact));
    }
}
