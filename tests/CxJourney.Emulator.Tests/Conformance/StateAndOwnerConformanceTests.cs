using System;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class StateAndOwnerConformanceTests : OrganizationFixture
{
    private static OrganizationRequest SetState(string table, Guid id, int state, int status) => new("SetState")
    {
        ["EntityMoniker"] = new EntityReference(table, id),
        ["State"] = new OptionSetValue(state),
        ["Status"] = new OptionSetValue(status),
    };

    private static OrganizationRequest Assign(string table, Guid id, EntityReference assignee) => new("Assign")
    {
        ["Target"] = new EntityReference(table, id),
        ["Assignee"] = assignee,
    };

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.setstaterequest
    [Fact]
    public void SetState_deactivates_a_row()
    {
        Guid id = NewContact();

        Service.Execute(SetState("contact", id, 1, 2));
        Entity row = Org.Get("contact", id);

        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.setstaterequest.status (-1 = the state's default status)
    [Fact]
    public void SetState_with_status_minus_one_takes_the_states_default_status()
    {
        Guid id = NewContact();

        Service.Execute(SetState("contact", id, 1, -1));

        Assert.Equal(2, Org.Get("contact", id).GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (InvalidStateCodeStatusCode)
    [Fact]
    public void SetState_with_a_status_of_another_state_fails()
    {
        Guid id = NewContact();

        Fails(ErrorCodes.InvalidStateCodeStatusCode, () => Service.Execute(SetState("contact", id, 1, 1)));
        Assert.Equal(0, Org.Get("contact", id).GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (InvalidStateCodeStatusCode)
    [Fact]
    public void SetState_to_a_state_the_table_does_not_have_fails()
    {
        Guid id = NewContact();

        Fails(ErrorCodes.InvalidStateCodeStatusCode, () => Service.Execute(SetState("contact", id, 7, -1)));
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.setstaterequest
    [Fact]
    public void SetState_reactivates_an_inactive_row()
    {
        Guid id = NewContact();
        Service.Execute(SetState("contact", id, 1, 2));

        Service.Execute(SetState("contact", id, 0, 1));

        Assert.Equal(0, Org.Get("contact", id).GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (CannotUseOpportunitySetStateMessage)
    [Fact]
    public void An_opportunity_is_not_won_through_SetState()
    {
        Guid id = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });

        var fault = Fails(ErrorCodes.CannotUseOpportunitySetStateMessage, () => Service.Execute(SetState("opportunity", id, 1, -1)));

        Assert.Contains("WinOpportunity", fault.Message);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.assignrequest
    [Fact]
    public void Assign_gives_the_row_a_new_owning_user()
    {
        Guid id = NewAccount();
        Guid user = Org.CreateUser("Grace", "Hopper");

        Service.Execute(Assign("account", id, new EntityReference("systemuser", user)));
        Entity row = Org.Get("account", id);

        Assert.Equal(new EntityReference("systemuser", user), row.GetAttributeValue<EntityReference>("ownerid"));
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("owninguser")!.Id);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.assignrequest
    [Fact]
    public void Assign_to_a_team_sets_the_owning_team_and_clears_the_owning_user()
    {
        Guid id = NewAccount();
        Guid unit = Org.CreateBusinessUnit("Support");
        Guid team = Org.CreateTeam("Tier 1", unit);

        Service.Execute(Assign("account", id, new EntityReference("team", team)));
        Entity row = Org.Get("account", id);

        Assert.Equal(team, row.GetAttributeValue<EntityReference>("owningteam")!.Id);
        Assert.False(row.Contains("owninguser"));
        Assert.Equal(unit, row.GetAttributeValue<EntityReference>("owningbusinessunit")!.Id);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.assignrequest
    [Fact]
    public void Assign_to_a_user_who_does_not_exist_fails_and_keeps_the_owner()
    {
        Guid id = NewAccount();

        Fails(ErrorCodes.ObjectDoesNotExist, () => Service.Execute(Assign("account", id, new EntityReference("systemuser", Guid.NewGuid()))));
        Assert.Equal(Org.AdminUserId, Org.Get("account", id).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }
}
