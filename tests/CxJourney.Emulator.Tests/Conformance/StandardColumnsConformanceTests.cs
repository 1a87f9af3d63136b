using System;
using System.Linq;
using CxJourney.Emulator.Faults;
using CxJourney.SolutionModel.Metadata.Standard;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>
/// Standard columns as Microsoft's table reference gives them (loaded from the Reference/*.tsv
/// files): columns the hand-written tables never had, their ranges and lengths, SystemRequired,
/// lookups to tables this organization lacks, and cascades read from the @rel lines.
/// </summary>
public sealed class StandardColumnsConformanceTests : OrganizationFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_NumberOfChildren (Integer, 0 to 1,000,000,000)
    [Fact]
    public void Contact_numberofchildren_is_written_and_read_through_the_sdk()
    {
        Guid id = Service.Create(new Entity("contact") { ["lastname"] = "Lovelace", ["numberofchildren"] = 3 });
        Assert.Equal(3, Service.Retrieve("contact", id, new ColumnSet("numberofchildren")).GetAttributeValue<int>("numberofchildren"));

        Service.Update(new Entity("contact", id) { ["numberofchildren"] = 1_000_000_000 });
        Assert.Equal(1_000_000_000, Service.Retrieve("contact", id, new ColumnSet("numberofchildren")).GetAttributeValue<int>("numberofchildren"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_NumberOfChildren (MinValue 0, MaxValue 1000000000)
    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_000_001)]
    public void Contact_numberofchildren_out_of_range_is_refused(int children)
    {
        Guid id = NewContact();
        var fault = Fails(ErrorCodes.InvalidArgument, () => Service.Update(new Entity("contact", id) { ["numberofchildren"] = children }));

        Assert.Contains("'numberofchildren'", fault.Message);
        Assert.Contains("outside the valid range. Accepted Values: 0 to 1000000000", fault.Message);
        Assert.False(Org.Get("contact", id).Contains("numberofchildren"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_NickName (MaxLength 100)
    [Fact]
    public void A_string_longer_than_the_pages_max_length_is_refused()
    {
        Service.Create(new Entity("contact") { ["lastname"] = "A", ["nickname"] = new string('n', 100) });

        var fault = Fails(ErrorCodes.StringLengthTooLong, () => Service.Create(new Entity("contact") { ["lastname"] = "B", ["nickname"] = new string('n', 101) }));

        Assert.Contains("'nickname'", fault.Message);
        Assert.Contains("'100'", fault.Message);
        Assert.Equal(1, Org.Count("contact"));
    }

    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_CustomerId (RequiredLevel SystemRequired)
    // https://learn.microsoft.com/power-apps/maker/data-platform/types-of-fields (only SystemRequired is enforced by the platform)
    [Fact]
    public void Incident_customerid_is_system_required_and_cannot_be_cleared()
    {
        Guid ada = NewContact();
        Guid incident = NewIncident(customer: ada);
        Assert.Equal(RequiredLevel.SystemRequired, Org.Metadata.GetColumn("incident", "customerid").RequiredLevel);

        var fault = Fails(ErrorCodes.InvalidArgument, () => Service.Update(new Entity("incident", incident) { ["customerid"] = null }));

        Assert.Equal("Attribute: customerid cannot be set to NULL", fault.Message);
        Assert.Equal(ada, Org.Get("incident", incident).GetAttributeValue<EntityReference>("customerid")!.Id);
    }

    // ApplicationRequired is a form rule, not enforced by the API: contact.lastname may be left out.
    // https://learn.microsoft.com/power-apps/maker/data-platform/types-of-fields
    [Fact]
    public void An_application_required_column_is_not_enforced_by_the_service()
    {
        Assert.Equal(RequiredLevel.ApplicationRequired, Org.Metadata.GetColumn("contact", "lastname").RequiredLevel);

        Guid id = Service.Create(new Entity("contact") { ["firstname"] = "Ada" });

        Assert.False(Org.Get("contact", id).Contains("lastname"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_SLAId (Targets: sla, a table this organization does not have)
    [Fact]
    public void A_lookup_whose_targets_are_all_unknown_reads_and_writes_only_null()
    {
        Assert.Empty(Org.Metadata.GetColumn("contact", "slaid").Targets);
        Guid id = Service.Create(new Entity("contact") { ["lastname"] = "A", ["slaid"] = null });
        Assert.Null(Service.Retrieve("contact", id, new ColumnSet("slaid")).GetAttributeValue<EntityReference>("slaid"));

        var fault = Fails(ErrorCodes.InvalidArgument, () => Service.Update(new Entity("contact", id) { ["slaid"] = new EntityReference("sla", Guid.NewGuid()) }));

        Assert.Contains("none of the tables it can refer to exists in this organization", fault.Message);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createrequest.target
    // ("If the entity instance includes properties where IsValidForCreate is false, the values are ignored.")
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_CreatedByExternalParty (read-only)
    [Fact]
    public void A_read_only_reference_column_is_ignored_on_create_without_being_checked()
    {
        Assert.False(Org.Metadata.GetColumn("contact", "createdbyexternalparty").IsValidForCreate);

        Guid id = Service.Create(new Entity("contact")
        {
            ["lastname"] = "A",
            ["fullname"] = "Someone Else",
            ["createdbyexternalparty"] = new EntityReference("externalparty", Guid.NewGuid()),
        });

        Entity row = Org.Get("contact", id);
        Assert.Equal("A", row["fullname"]);
        Assert.False(row.Contains("createdbyexternalparty"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_Contact_Tasks (Delete: Cascade)
    [Fact]
    public void Contact_Tasks_cascades_come_from_the_reference_file()
    {
        var line = StandardReference.Tables["contact"].Relationships.Single(r => r.SchemaName == "Contact_Tasks");
        Assert.Equal(CascadeRule.Cascade, line.Delete);
        Assert.True(Org.Metadata.TryGetRelationship("Contact_Tasks", out var loaded));
        Assert.Equal((CascadeRule.Cascade, CascadeRule.Cascade, CascadeRule.Cascade), (loaded.CascadeDelete, loaded.CascadeAssign, loaded.CascadeReparent));

        Guid ada = NewContact();
        Service.Create(new Entity("task") { ["subject"] = "Call Ada", ["regardingobjectid"] = new EntityReference("contact", ada) });
        Service.Delete("contact", ada);

        Assert.Equal(0, Org.Count("task"));
    }

    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_incident_parent_incident (Delete: Cascade)
    // A relationship only the reference file has (no hand-written definition).
    [Fact]
    public void Deleting_a_parent_case_deletes_its_child_cases_by_the_reference()
    {
        Assert.DoesNotContain(StandardRelationships.HandWritten(), r => r.SchemaName == "incident_parent_incident");
        Guid parent = NewIncident("Parent");
        Guid child = Service.Create(new Entity("incident")
        {
            ["title"] = "Child",
            ["customerid"] = new EntityReference("contact", NewContact("Grace", "Hopper")),
            ["parentcaseid"] = new EntityReference("incident", parent),
        });

        Service.Delete("incident", parent);

        Assert.Null(Org.Find("incident", child));
    }
}
