using System;
using System.Linq;
using System.ServiceModel;
using CxJourney.Emulator;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.LocalOrganizationApi;

public sealed class LocalOrganizationTests
{
    private static LocalOrganization NewOrg(int? seed = 7) => LocalOrganization.Create(new LocalOrganizationOptions { IdSeed = seed });

    [Fact]
    public void A_new_organization_has_its_root_business_unit_and_administrator()
    {
        LocalOrganization org = NewOrg();

        Entity admin = org.Get("systemuser", org.AdminUserId);
        Entity unit = org.Get("businessunit", org.RootBusinessUnitId);

        Assert.Equal("System Administrator", admin["fullname"]);
        Assert.Equal(org.RootBusinessUnitId, admin.GetAttributeValue<EntityReference>("businessunitid")!.Id);
        Assert.Equal("localorg", unit["name"]);
        Assert.False(unit.Contains("parentbusinessunitid"));
        Assert.Equal(1, org.Count("systemuser"));
        Assert.Equal(0, org.Count("environmentvariablevalue"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_ids()
    {
        LocalOrganization first = NewOrg(11);
        LocalOrganization second = NewOrg(11);

        Guid a = first.GetService().Create(new Entity("account") { ["name"] = "A" });
        Guid b = second.GetService().Create(new Entity("account") { ["name"] = "A" });

        Assert.Equal(first.AdminUserId, second.AdminUserId);
        Assert.Equal(a, b);
        Assert.NotEqual(a, NewOrg(12).GetService().Create(new Entity("account") { ["name"] = "A" }));
    }

    [Fact]
    public void The_default_clock_is_frozen_at_a_fixed_start()
    {
        LocalOrganization org = NewOrg();

        Assert.True(org.Clock.IsFrozen);
        Assert.Equal(LocalOrganization.DefaultStart, org.Clock.UtcNow);
    }

    [Fact]
    public void Seed_inserts_rows_with_the_state_and_stamps_they_carry()
    {
        LocalOrganization org = NewOrg();
        var created = new DateTime(2020, 2, 2, 0, 0, 0, DateTimeKind.Utc);
        var id = Guid.NewGuid();

        org.Seed(new Entity("account", id)
        {
            ["name"] = "Old customer",
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(2),
            ["createdon"] = created,
        });
        Entity row = org.Get("account", id);

        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(created, row["createdon"]);
        Assert.Equal(org.AdminUserId, row.GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    [Fact]
    public void Seed_validates_against_the_metadata_and_inserts_nothing_when_a_row_is_wrong()
    {
        LocalOrganization org = NewOrg();

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Seed(
            new Entity("account") { ["name"] = "fine" },
            new Entity("account") { ["name"] = "bad", ["nosuchcolumn"] = 1 }));

        Assert.Equal(0, org.Count("account"));
    }

    [Fact]
    public void Get_and_Query_hand_out_copies()
    {
        LocalOrganization org = NewOrg();
        Guid id = org.GetService().Create(new Entity("account") { ["name"] = "A" });

        org.Get("account", id)["name"] = "changed";
        org.Query("account").Single()["name"] = "changed too";

        Assert.Equal("A", org.Get("account", id)["name"]);
    }

    [Fact]
    public void Get_of_a_missing_row_throws_and_Find_returns_null()
    {
        LocalOrganization org = NewOrg();

        Assert.Null(org.Find("account", Guid.NewGuid()));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => org.Get("account", Guid.NewGuid()));
    }

    [Fact]
    public void Query_lists_rows_in_creation_order()
    {
        LocalOrganization org = NewOrg();
        var service = org.GetService();
        foreach (string name in new[] { "c", "a", "b" }) service.Create(new Entity("account") { ["name"] = name });

        Assert.Equal(new[] { "c", "a", "b" }, org.Query("account").Select(r => (string)r["name"]!));
    }

    [Fact]
    public void GetService_for_an_unknown_user_throws()
    {
        Assert.Throws<ArgumentException>(() => NewOrg().GetService(Guid.NewGuid()));
    }

    [Fact]
    public void CreateUser_CreateTeam_and_CreateQueue_add_rows_with_the_given_names()
    {
        LocalOrganization org = NewOrg();

        Guid user = org.CreateUser("Ada", "Lovelace");
        Guid team = org.CreateTeam("Support", null, user);
        Guid queue = org.CreateQueue("Escalations");

        Assert.Equal("Ada Lovelace", org.Get("systemuser", user)["fullname"]);
        Assert.Equal("Support", org.Get("team", team)["name"]);
        Assert.Equal("Escalations", org.Get("queue", queue)["name"]);
        Entity membership = Assert.Single(org.Core.Store.Scan("teammembership"));
        Assert.Equal(team, membership["teamid"]);
        Assert.Equal(user, membership["systemuserid"]);
    }

    [Fact]
    public void A_user_created_by_the_organization_can_work_through_its_own_service()
    {
        LocalOrganization org = NewOrg();
        Guid user = org.NewUser("Ada", "Lovelace").WithRoles(SecurityRole.SystemAdministratorName).Create();

        Guid id = org.GetService(user).Create(new Entity("contact") { ["lastname"] = "Babbage" });

        Assert.Equal(user, org.Get("contact", id).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    [Fact]
    public void Unknown_tables_fault_even_through_the_inspection_helpers()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => NewOrg().Query("nosuchtable"));

        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Services_used_from_several_threads_at_once_lose_no_write()
    {
        LocalOrganization org = NewOrg(seed: null);
        var service = org.GetService();

        System.Threading.Tasks.Parallel.For(0, 200, i =>
        {
            Guid id = service.Create(new Entity("account") { ["name"] = "n" + i });
            service.Update(new Entity("account", id) { ["telephone1"] = i.ToString() });
        });

        Assert.Equal(200, org.Count("account"));
        Assert.Equal(200, org.Query("account").Select(r => r.RowVersion).Distinct().Count());
        Assert.All(org.Query("account"), r => Assert.True(r.Contains("telephone1")));
    }
}
