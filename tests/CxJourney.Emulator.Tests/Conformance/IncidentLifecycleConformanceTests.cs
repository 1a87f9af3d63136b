using System;
using System.Linq;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class IncidentLifecycleConformanceTests : OrganizationFixture
{
    private static OrganizationRequest Close(Guid incident, int status = 5, string subject = "Fixed") => new("CloseIncident")
    {
        ["IncidentResolution"] = new Entity("incidentresolution")
        {
            ["subject"] = subject,
            ["incidentid"] = new EntityReference("incident", incident),
        },
        ["Status"] = new OptionSetValue(status),
    };

    private static OrganizationRequest SetState(Guid incident, int state, int status) => new("SetState")
    {
        ["EntityMoniker"] = new EntityReference("incident", incident),
        ["State"] = new OptionSetValue(state),
        ["Status"] = new OptionSetValue(status),
    };

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest
    [Fact]
    public void CloseIncident_resolves_the_case_with_the_given_status()
    {
        Guid incident = NewIncident();

        Service.Execute(Close(incident, 1000));
        Entity row = Org.Get("incident", incident);

        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(1000, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest.incidentresolution
    [Fact]
    public void CloseIncident_creates_a_completed_case_resolution_for_the_case()
    {
        Guid incident = NewIncident();

        Service.Execute(Close(incident, subject: "Replaced toner"));
        Entity resolution = Assert.Single(Org.Query("incidentresolution"));

        Assert.Equal("Replaced toner", resolution["subject"]);
        Assert.Equal(incident, resolution.GetAttributeValue<EntityReference>("incidentid")!.Id);
        Assert.Equal(1, resolution.GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (CaseAlreadyResolved)
    [Fact]
    public void A_resolved_case_cannot_be_updated()
    {
        Guid incident = NewIncident();
        Service.Execute(Close(incident));

        var fault = Fails(ErrorCodes.CaseAlreadyResolved, () => Service.Update(new Entity("incident", incident) { ["title"] = "Edited" }));

        Assert.Equal("This case has already been resolved. Close and reopen the case record to see the updates.", fault.Message);
        Assert.Equal("Printer on fire", Org.Get("incident", incident)["title"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (CaseAlreadyResolved)
    [Fact]
    public void A_resolved_case_cannot_be_resolved_again()
    {
        Guid incident = NewIncident();
        Service.Execute(Close(incident));

        Fails(ErrorCodes.CaseAlreadyResolved, () => Service.Execute(Close(incident)));
        Assert.Single(Org.Query("incidentresolution"));
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.setstaterequest (reactivating a case)
    [Fact]
    public void A_resolved_case_is_reopened_with_SetState_and_can_then_be_updated()
    {
        Guid incident = NewIncident();
        Service.Execute(Close(incident));

        Service.Execute(SetState(incident, 0, 1));
        Service.Update(new Entity("incident", incident) { ["title"] = "Reopened" });
        Entity row = Org.Get("incident", incident);

        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal("Reopened", row["title"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete (reopen with Update)
    [Fact]
    public void A_resolved_case_is_reopened_by_updating_statecode_to_active()
    {
        Guid incident = NewIncident();
        Service.Execute(Close(incident));

        Service.Update(new Entity("incident", incident) { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1) });

        Assert.Equal(0, Org.Get("incident", incident).GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest
    [Fact]
    public void A_case_is_not_resolved_through_SetState()
    {
        Guid incident = NewIncident();

        var fault = Fails(ErrorCodes.InvalidOperation, () => Service.Execute(SetState(incident, 1, 5)));

        Assert.Contains("use the CloseIncidentRequest message instead", fault.Message);
        Assert.Equal(0, Org.Get("incident", incident).GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_StateCode (Cancelled)
    [Fact]
    public void A_case_is_cancelled_with_SetState()
    {
        Guid incident = NewIncident();

        Service.Execute(SetState(incident, 2, 6));
        Entity row = Org.Get("incident", incident);

        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal("Cancelled", row.FormattedValues["statecode"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (InvalidStateCodeStatusCode)
    [Fact]
    public void CloseIncident_with_a_status_that_is_not_a_resolved_status_fails_and_creates_nothing()
    {
        Guid incident = NewIncident();

        Fails(ErrorCodes.InvalidStateCodeStatusCode, () => Service.Execute(Close(incident, status: 6)));

        Assert.Empty(Org.Query("incidentresolution"));
        Assert.Equal(0, Org.Get("incident", incident).GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest
    [Fact]
    public void CloseIncident_of_a_missing_case_fails_with_ObjectDoesNotExist()
    {
        Fails(ErrorCodes.ObjectDoesNotExist, () => Service.Execute(Close(Guid.NewGuid())));
        Assert.Empty(Org.Query("incidentresolution"));
    }

    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_ContactId
    [Fact]
    public void A_case_for_a_contact_customer_derives_its_contactid()
    {
        Guid contact = NewContact();

        Guid incident = NewIncident(customer: contact);

        Assert.Equal(contact, Org.Get("incident", incident).GetAttributeValue<EntityReference>("contactid")!.Id);
        Assert.DoesNotContain("accountid", Org.Get("incident", incident).Attributes.Keys.ToList());
    }

    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_TicketNumber
    [Fact]
    public void A_new_case_gets_a_case_number_when_none_is_given()
    {
        string first = (string)Org.Get("incident", NewIncident())["ticketnumber"]!;
        string second = (string)Org.Get("incident", NewIncident())["ticketnumber"]!;

        Assert.Matches("^CAS-01000-[A-Z0-9]{6}$", first);
        Assert.StartsWith("CAS-01001-", second);
    }

    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_TicketNumber
    [Fact]
    public void A_case_number_given_on_create_is_kept()
    {
        Guid id = Service.Create(new Entity("incident")
        {
            ["title"] = "T",
            ["ticketnumber"] = "EXT-42",
            ["customerid"] = new EntityReference("contact", NewContact()),
        });

        Assert.Equal("EXT-42", Org.Get("incident", id)["ticketnumber"]);
    }
}
