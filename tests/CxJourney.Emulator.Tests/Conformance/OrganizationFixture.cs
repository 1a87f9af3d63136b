using System;
using System.ServiceModel;
using CxJourney.Emulator;
using CxJourney.SolutionModel.Catalog;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>
/// A fresh local organization per test (xunit builds the class per test), with the standard
/// tables, a frozen clock and seeded ids, and helpers the conformance tests share.
/// </summary>
public abstract class OrganizationFixture
{
    protected static readonly DateTime Start = new(2024, 3, 15, 10, 30, 45, DateTimeKind.Utc);

    protected OrganizationFixture(MetadataCatalog? metadata = null)
    {
        Org = LocalOrganization.Create(new LocalOrganizationOptions { Metadata = metadata, Clock = new OrganizationClock(Start), IdSeed = 42 });
        Service = Org.GetService();
    }

    protected LocalOrganization Org { get; }

    protected IOrganizationService Service { get; }

    protected static OrganizationServiceFault Fails(int expectedCode, Action action)
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
        Assert.Equal(expectedCode.ToString("X8"), fault.Detail.ErrorCode.ToString("X8"));
        Assert.Equal(fault.Detail.Message, fault.Message);
        return fault.Detail;
    }

    protected Guid NewContact(string first = "Ada", string last = "Lovelace") =>
        Service.Create(new Entity("contact") { ["firstname"] = first, ["lastname"] = last });

    protected Guid NewAccount(string name = "Contoso") => Service.Create(new Entity("account") { ["name"] = name });

    protected Guid NewIncident(string title = "Printer on fire", Guid? customer = null) =>
        Service.Create(new Entity("incident")
        {
            ["title"] = title,
            ["customerid"] = new EntityReference("contact", customer ?? NewContact()),
        });
}
