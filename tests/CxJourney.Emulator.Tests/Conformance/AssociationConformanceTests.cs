using System;
using System.Linq;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class AssociationConformanceTests : CustomTablesFixture
{
    private static readonly Relationship DeviceContacts = new("cxt_device_contact");
    private static readonly Relationship ContactDevices = new("cxt_contact_cxt_device");

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
    [Fact]
    public void Associate_links_rows_through_a_many_to_many_relationship()
    {
        Guid device = NewDevice();
        Guid contact = NewContact();

        Service.Associate("cxt_device", device, DeviceContacts, new EntityReferenceCollection { new EntityReference("contact", contact) });

        Assert.Equal(1, Org.Count("cxt_device_contact"));
        Entity link = Assert.Single(Org.Query("cxt_device_contact"));
        Assert.Equal(device, link["cxt_deviceid"]);
        Assert.Equal(contact, link["contactid"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
    [Fact]
    public void Associate_works_from_either_side_of_a_many_to_many_relationship()
    {
        Guid device = NewDevice();
        Guid contact = NewContact();

        Service.Associate("contact", contact, DeviceContacts, new EntityReferenceCollection { new EntityReference("cxt_device", device) });

        Entity link = Assert.Single(Org.Query("cxt_device_contact"));
        Assert.Equal(device, link["cxt_deviceid"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (DuplicateRecord)
    [Fact]
    public void Associating_a_pair_twice_fails_with_DuplicateRecord()
    {
        Guid device = NewDevice();
        Guid contact = NewContact();
        Service.Associate("cxt_device", device, DeviceContacts, new EntityReferenceCollection { new EntityReference("contact", contact) });

        Fails(ErrorCodes.DuplicateRecord, () =>
            Service.Associate("cxt_device", device, DeviceContacts, new EntityReferenceCollection { new EntityReference("contact", contact) }));
        Assert.Equal(1, Org.Count("cxt_device_contact"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
    [Fact]
    public void Disassociate_removes_the_link()
    {
        Guid device = NewDevice();
        Guid contact = NewContact();
        Service.Associate("cxt_device", device, DeviceContacts, new EntityReferenceCollection { new EntityReference("contact", contact) });

        Service.Disassociate("cxt_device", device, DeviceContacts, new EntityReferenceCollection { new EntityReference("contact", contact) });

        Assert.Equal(0, Org.Count("cxt_device_contact"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
    [Fact]
    public void Associate_through_a_one_to_many_relationship_sets_the_lookup_of_the_related_rows()
    {
        Guid contact = NewContact();
        Guid first = NewDevice("a");
        Guid second = NewDevice("b");

        Service.Associate("contact", contact, ContactDevices, new EntityReferenceCollection
        {
            new EntityReference("cxt_device", first),
            new EntityReference("cxt_device", second),
        });

        Assert.Equal(contact, Org.Get("cxt_device", first).GetAttributeValue<EntityReference>("cxt_contactid")!.Id);
        Assert.Equal(contact, Org.Get("cxt_device", second).GetAttributeValue<EntityReference>("cxt_contactid")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
    [Fact]
    public void Disassociate_through_a_one_to_many_relationship_clears_the_lookup()
    {
        Guid contact = NewContact();
        Guid device = Service.Create(new Entity("cxt_device") { ["cxt_name"] = "d", ["cxt_contactid"] = new EntityReference("contact", contact) });

        Service.Disassociate("contact", contact, ContactDevices, new EntityReferenceCollection { new EntityReference("cxt_device", device) });

        Assert.False(Org.Get("cxt_device", device).Contains("cxt_contactid"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
    [Fact]
    public void Associate_with_a_relationship_that_does_not_exist_fails()
    {
        Guid device = NewDevice();

        Fails(ErrorCodes.ObjectDoesNotExist, () =>
            Service.Associate("cxt_device", device, new Relationship("cxt_nothing"), new EntityReferenceCollection { new EntityReference("contact", NewContact()) }));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
    [Fact]
    public void Associate_with_a_related_row_that_does_not_exist_fails_and_links_nothing()
    {
        Guid device = NewDevice();

        Fails(ErrorCodes.ObjectDoesNotExist, () =>
            Service.Associate("cxt_device", device, DeviceContacts, new EntityReferenceCollection
            {
                new EntityReference("contact", NewContact()),
                new EntityReference("contact", Guid.NewGuid()),
            }));
        Assert.Equal(0, Org.Count("cxt_device_contact"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
    [Fact]
    public void Deleting_a_row_removes_its_many_to_many_links()
    {
        Guid device = NewDevice();
        Guid contact = NewContact();
        Service.Associate("cxt_device", device, DeviceContacts, new EntityReferenceCollection { new EntityReference("contact", contact) });

        Service.Delete("contact", contact);

        Assert.Equal(0, Org.Count("cxt_device_contact"));
        Assert.NotNull(Org.Find("cxt_device", device));
    }
}
