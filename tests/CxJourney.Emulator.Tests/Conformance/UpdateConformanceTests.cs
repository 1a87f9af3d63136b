using System;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class UpdateConformanceTests : OrganizationFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#basic-update
    [Fact]
    public void Update_changes_only_the_columns_it_carries()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["telephone1"] = "555" });

        Service.Update(new Entity("account", id) { ["name"] = "B" });
        Entity row = Org.Get("account", id);

        Assert.Equal("B", row["name"]);
        Assert.Equal("555", row["telephone1"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#basic-update
    [Fact]
    public void Update_with_null_clears_a_column()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["telephone1"] = "555" });

        Service.Update(new Entity("account", id) { ["telephone1"] = null });

        Assert.False(Org.Get("account", id).Contains("telephone1"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#basic-update
    [Fact]
    public void Update_without_an_id_fails_with_the_platforms_message()
    {
        var fault = Fails(ErrorCodes.InvalidArgument, () => Service.Update(new Entity("account") { ["name"] = "B" }));

        Assert.Equal("Entity Id must be specified for Update", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (ObjectDoesNotExist)
    [Fact]
    public void Update_of_a_missing_row_fails_with_ObjectDoesNotExist()
    {
        Fails(ErrorCodes.ObjectDoesNotExist, () => Service.Update(new Entity("account", Guid.NewGuid()) { ["name"] = "B" }));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_ModifiedOn
    [Fact]
    public void Update_moves_modifiedon_and_modifiedby_but_not_createdon()
    {
        Guid id = NewAccount();
        Guid user = Org.NewUser("Grace", "Hopper").WithRoles(SecurityRole.SystemAdministratorName).Create();
        Org.Clock.Advance(TimeSpan.FromHours(2));

        Org.GetService(user).Update(new Entity("account", id) { ["name"] = "B" });
        Entity row = Org.Get("account", id);

        Assert.Equal(Start, row["createdon"]);
        Assert.Equal(Start.AddHours(2), row["modifiedon"]);
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("modifiedby")!.Id);
        Assert.Equal(Org.AdminUserId, row.GetAttributeValue<EntityReference>("createdby")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency
    [Fact]
    public void Update_gives_the_row_a_new_row_version()
    {
        Guid id = NewAccount();
        string before = Org.Get("account", id).RowVersion!;

        Service.Update(new Entity("account", id) { ["name"] = "B" });

        Assert.True(long.Parse(Org.Get("account", id).RowVersion!) > long.Parse(before));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete (statecode with statuscode)
    [Fact]
    public void Update_may_change_statecode_and_statuscode_as_a_valid_pair()
    {
        Guid id = NewAccount();

        Service.Update(new Entity("account", id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        Entity row = Org.Get("account", id);

        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete (statecode without statuscode)
    [Fact]
    public void Update_of_statecode_alone_takes_the_states_first_status()
    {
        Guid id = NewIncident();
        Service.Update(new Entity("incident", id) { ["statuscode"] = new OptionSetValue(2) });

        Service.Update(new Entity("incident", id) { ["statecode"] = new OptionSetValue(0) });

        Assert.Equal(1, Org.Get("incident", id).GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (InvalidStateCodeStatusCode)
    [Fact]
    public void Update_with_a_status_of_another_state_fails_and_changes_nothing()
    {
        Guid id = NewAccount();

        Fails(ErrorCodes.InvalidStateCodeStatusCode, () =>
            Service.Update(new Entity("account", id) { ["name"] = "B", ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(2) }));

        Assert.Equal("Contoso", Org.Get("account", id)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete (inactive rows stay updatable)
    [Fact]
    public void An_inactive_row_can_still_be_updated()
    {
        Guid id = NewAccount();
        Service.Update(new Entity("account", id) { ["statecode"] = new OptionSetValue(1) });

        Service.Update(new Entity("account", id) { ["name"] = "Still editable" });

        Assert.Equal("Still editable", Org.Get("account", id)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete
    [Fact]
    public void Update_with_ownerid_changes_the_owner_and_owning_columns()
    {
        Guid id = NewAccount();
        Guid unit = Org.CreateBusinessUnit("Sales");
        Guid user = Org.CreateUser("Grace", "Hopper", unit);

        Service.Update(new Entity("account", id) { ["ownerid"] = new EntityReference("systemuser", user) });
        Entity row = Org.Get("account", id);

        Assert.Equal(user, row.GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("owninguser")!.Id);
        Assert.Equal(unit, row.GetAttributeValue<EntityReference>("owningbusinessunit")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete (SystemRequired columns)
    [Fact]
    public void Setting_a_system_required_column_to_null_fails_with_the_documented_code()
    {
        Guid user = Org.CreateUser("Grace", "Hopper");

        var fault = Fails(ErrorCodes.InvalidArgument, () => Service.Update(new Entity("systemuser", user) { ["domainname"] = null }));

        Assert.Equal("Attribute: domainname cannot be set to NULL", fault.Message);
        Assert.Equal(-2147220989, fault.ErrorCode);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#update-with-alternate-key
    [Fact]
    public void Update_by_the_primary_key_in_KeyAttributes_changes_the_row()
    {
        Guid id = NewAccount();
        var target = new Entity("account", "accountid", id) { ["name"] = "By key" };

        Service.Execute(new UpdateRequest { Target = target });

        Assert.Equal("By key", Org.Get("account", id)["name"]);
    }
}
