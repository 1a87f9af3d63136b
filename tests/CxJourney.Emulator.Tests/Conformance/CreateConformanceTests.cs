using System;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class CreateConformanceTests : OrganizationFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create
    [Fact]
    public void Create_returns_a_new_id_and_stores_the_row()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "Fabrikam" });

        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal("Fabrikam", Org.Get("account", id)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create#set-the-primary-key-value
    [Fact]
    public void Create_honours_an_id_the_caller_supplies()
    {
        var id = new Guid("6c5e3e0b-4f1e-4d5b-9a47-3a7d2f1b9c01");

        Guid created = Service.Create(new Entity("account", id) { ["name"] = "Fabrikam" });

        Assert.Equal(id, created);
        Assert.Equal(id, Org.Get("account", id).Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create#set-the-primary-key-value
    [Fact]
    public void Create_honours_an_id_set_in_the_primary_key_column()
    {
        var id = new Guid("5a1d0d6a-1111-4d5b-9a47-3a7d2f1b9c02");

        Guid created = Service.Create(new Entity("account") { ["name"] = "Fabrikam", ["accountid"] = id });

        Assert.Equal(id, created);
    }

    // Every activity table shares activitypointer's primary key, activityid:
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/activitypointer
    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.validaterequest.activities
    [Fact]
    public void An_activity_id_is_unique_across_activity_tables()
    {
        var id = new Guid("7b2c1e0d-2222-4d5b-9a47-3a7d2f1b9c03");
        Service.Create(new Entity("task", id) { ["subject"] = "Call back" });

        Fails(ErrorCodes.DuplicateRecord, () => Service.Create(new Entity("phonecall", id) { ["subject"] = "Call back" }));
        Service.Create(new Entity("account", id) { ["name"] = "Not an activity: its own key space" });
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (DuplicateRecord)
    [Fact]
    public void Create_with_an_id_already_used_fails_with_DuplicateRecord()
    {
        Guid id = NewAccount();

        Fails(ErrorCodes.DuplicateRecord, () => Service.Create(new Entity("account", id) { ["name"] = "Again" }));
        Assert.Equal("Contoso", Org.Get("account", id)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages (CreateResponse.id)
    [Fact]
    public void CreateRequest_answers_a_CreateResponse_carrying_the_id()
    {
        var response = (CreateResponse)Service.Execute(new CreateRequest { Target = new Entity("account") { ["name"] = "A" } });

        Assert.Equal(response.id, (Guid)response.Results["id"]!);
        Assert.Equal("Create", response.ResponseName);
        Assert.NotNull(Org.Find("account", response.id));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_CreatedOn
    [Fact]
    public void Create_stamps_createdon_and_modifiedon_from_the_clock_to_the_second()
    {
        Org.Clock.Set(Start.AddMilliseconds(789));

        Entity row = Org.Get("account", NewAccount());

        Assert.Equal(Start, row["createdon"]);
        Assert.Equal(Start, row["modifiedon"]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)row["createdon"]!).Kind);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_CreatedBy
    [Fact]
    public void Create_records_the_caller_as_createdby_modifiedby_and_owner()
    {
        Guid user = Org.NewUser("Grace", "Hopper").WithRoles(SecurityRole.SystemAdministratorName).Create();

        Guid id = Org.GetService(user).Create(new Entity("account") { ["name"] = "Navy" });
        Entity row = Org.Get("account", id);

        Assert.Equal(user, row.GetAttributeValue<EntityReference>("createdby")!.Id);
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("modifiedby")!.Id);
        Assert.Equal(new EntityReference("systemuser", user), row.GetAttributeValue<EntityReference>("ownerid"));
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("owninguser")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_OwningBusinessUnit
    [Fact]
    public void Create_sets_owningbusinessunit_to_the_owners_business_unit()
    {
        Guid unit = Org.CreateBusinessUnit("Sales");
        Guid user = Org.NewUser("Grace", "Hopper").In(unit).WithRoles(SecurityRole.SystemAdministratorName).Create();

        Guid id = Org.GetService(user).Create(new Entity("contact") { ["lastname"] = "Hopper" });

        Assert.Equal(unit, Org.Get("contact", id).GetAttributeValue<EntityReference>("owningbusinessunit")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create (ownerid may be set on create)
    [Fact]
    public void Create_assigns_the_owner_the_request_names()
    {
        Guid user = Org.CreateUser("Grace", "Hopper");

        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["ownerid"] = new EntityReference("systemuser", user) });
        Entity row = Org.Get("account", id);

        Assert.Equal(user, row.GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.Equal(Org.AdminUserId, row.GetAttributeValue<EntityReference>("createdby")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_StateCode (IsValidForCreate: False)
    [Fact]
    public void Create_ignores_statecode_and_starts_in_the_default_state()
    {
        Guid id = Service.Create(new Entity("contact") { ["lastname"] = "A", ["statecode"] = new OptionSetValue(1) });
        Entity row = Org.Get("contact", id);

        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_StatusCode
    [Fact]
    public void Create_keeps_a_statuscode_of_the_initial_state()
    {
        Guid id = Service.Create(new Entity("incident")
        {
            ["title"] = "On hold from the start",
            ["customerid"] = new EntityReference("contact", NewContact()),
            ["statuscode"] = new OptionSetValue(2),
        });

        Assert.Equal(2, Org.Get("incident", id).GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (InvalidStateCodeStatusCode)
    [Fact]
    public void Create_with_a_statuscode_of_another_state_fails()
    {
        Fails(ErrorCodes.InvalidStateCodeStatusCode, () =>
            Service.Create(new Entity("account") { ["name"] = "A", ["statuscode"] = new OptionSetValue(2) }));
        Assert.Equal(0, Org.Count("account"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_PreferredContactMethodCode
    [Fact]
    public void Create_fills_choice_and_yes_no_defaults_the_request_leaves_out()
    {
        Entity row = Org.Get("account", NewAccount());

        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("preferredcontactmethodcode")!.Value);
        Assert.False(row.GetAttributeValue<bool>("donotemail"));
        Assert.True(row.Contains("donotemail"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_FullName
    [Fact]
    public void Create_composes_fullname_from_first_and_last_name()
    {
        Entity row = Org.Get("contact", NewContact("Ada", "Lovelace"));

        Assert.Equal("Ada Lovelace", row["fullname"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_CreatedOn (IsValidForCreate: False)
    [Fact]
    public void Create_ignores_values_for_columns_not_valid_for_create()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["createdon"] = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc) });

        Assert.Equal(Start, Org.Get("account", id)["createdon"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_OverriddenCreatedOn
    [Fact]
    public void Create_uses_overriddencreatedon_as_createdon()
    {
        var migrated = new DateTime(2019, 5, 6, 7, 8, 9, DateTimeKind.Utc);

        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["overriddencreatedon"] = migrated });

        Assert.Equal(migrated, Org.Get("account", id)["createdon"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_VersionNumber
    [Fact]
    public void Create_gives_each_row_a_growing_row_version()
    {
        Entity first = Org.Get("account", NewAccount("one"));
        Entity second = Org.Get("contact", NewContact());

        Assert.True(long.Parse(second.RowVersion!) > long.Parse(first.RowVersion!));
        Assert.Equal(first.RowVersion, first["versionnumber"]!.ToString());
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_AccountId
    [Fact]
    public void Create_derives_accountid_from_a_contacts_company()
    {
        Guid account = NewAccount();

        Guid id = Service.Create(new Entity("contact") { ["lastname"] = "X", ["parentcustomerid"] = new EntityReference("account", account) });

        Assert.Equal(account, Org.Get("contact", id).GetAttributeValue<EntityReference>("accountid")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create
    [Fact]
    public void Create_with_a_lookup_to_a_missing_row_fails_with_ObjectDoesNotExist()
    {
        var missing = new Guid("00000000-0000-0000-0000-0000000000aa");

        var fault = Fails(ErrorCodes.ObjectDoesNotExist, () => Service.Create(new Entity("contact")
        {
            ["lastname"] = "X",
            ["parentcustomerid"] = new EntityReference("account", missing),
        }));
        Assert.Equal($"Entity 'account' With Id = {missing} Does Not Exist", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context (impersonation: createdonbehalfby)
    [Fact]
    public void Create_on_behalf_of_another_user_records_the_delegate()
    {
        Guid user = Org.NewUser("Grace", "Hopper").WithRoles(SecurityRole.SystemAdministratorName).Create();
        var service = Org.GetService();
        service.CallerId = user;

        Entity row = Org.Get("account", service.Create(new Entity("account") { ["name"] = "A" }));

        Assert.Equal(user, row.GetAttributeValue<EntityReference>("createdby")!.Id);
        Assert.Equal(Org.AdminUserId, row.GetAttributeValue<EntityReference>("createdonbehalfby")!.Id);
    }
}
