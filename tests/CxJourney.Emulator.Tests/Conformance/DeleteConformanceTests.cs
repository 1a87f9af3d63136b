using System;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class DeleteConformanceTests : CustomTablesFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#delete
    [Fact]
    public void Delete_removes_the_row()
    {
        Guid id = NewAccount();

        Service.Delete("account", id);

        Assert.Null(Org.Find("account", id));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (ObjectDoesNotExist)
    [Fact]
    public void Delete_of_a_missing_row_fails_with_ObjectDoesNotExist()
    {
        Guid id = NewAccount();
        Service.Delete("account", id);

        Fails(ErrorCodes.ObjectDoesNotExist, () => Service.Delete("account", id));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior (Cascade)
    [Fact]
    public void Deleting_a_parent_deletes_children_whose_relationship_cascades()
    {
        Guid device = NewDevice();
        Guid part = Service.Create(new Entity("cxt_part") { ["cxt_name"] = "Fan", ["cxt_deviceid"] = new EntityReference("cxt_device", device) });

        Service.Delete("cxt_device", device);

        Assert.Null(Org.Find("cxt_part", part));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior (RemoveLink)
    [Fact]
    public void Deleting_a_parent_clears_the_lookup_of_children_whose_relationship_removes_the_link()
    {
        Guid contact = NewContact();
        Guid device = Service.Create(new Entity("cxt_device") { ["cxt_name"] = "D", ["cxt_contactid"] = new EntityReference("contact", contact) });

        Service.Delete("contact", contact);

        Entity row = Org.Get("cxt_device", device);
        Assert.False(row.Contains("cxt_contactid"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior (Restrict)
    [Fact]
    public void Deleting_a_parent_that_restricted_children_still_refer_to_fails()
    {
        Guid account = NewAccount();
        Service.Create(new Entity("cxt_device") { ["cxt_name"] = "D", ["cxt_accountid"] = new EntityReference("account", account) });

        Fails(ErrorCodes.CascadeDeleteNotAllowDelete, () => Service.Delete("account", account));
        Assert.NotNull(Org.Find("account", account));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#delete
    [Fact]
    public void A_deleted_rows_id_can_no_longer_be_retrieved()
    {
        Guid id = NewContact();
        Service.Execute(new DeleteRequest { Target = new EntityReference("contact", id) });

        Fails(ErrorCodes.ObjectDoesNotExist, () => Service.Retrieve("contact", id, new Microsoft.Xrm.Sdk.Query.ColumnSet(true)));
    }
}
