using System;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class AlternateKeyConformanceTests : CustomTablesFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
    [Fact]
    public void Creating_a_second_row_with_the_same_key_value_fails_with_the_platforms_message()
    {
        NewDevice("First", serial: "SN-1");

        var fault = Fails(ErrorCodes.DuplicateRecordEntityKey, () => NewDevice("Second", serial: "SN-1"));

        Assert.Equal(
            "A record that has the attribute values Serial Number already exists. The entity key Serial Number Key requires that this set of attributes contains unique values. Select unique values and try again.",
            fault.Message);
        Assert.Equal(1, Org.Count("cxt_device"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
    [Fact]
    public void Key_values_compare_without_regard_to_case()
    {
        NewDevice("First", serial: "sn-abc");

        Fails(ErrorCodes.DuplicateRecordEntityKey, () => NewDevice("Second", serial: "SN-ABC"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
    [Fact]
    public void Updating_a_row_onto_another_rows_key_value_fails()
    {
        NewDevice("First", serial: "SN-1");
        Guid second = NewDevice("Second", serial: "SN-2");

        Fails(ErrorCodes.DuplicateRecordEntityKey, () => Service.Update(new Entity("cxt_device", second) { ["cxt_serial"] = "SN-1" }));
        Assert.Equal("SN-2", Org.Get("cxt_device", second)["cxt_serial"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
    [Fact]
    public void A_composite_key_is_unique_only_as_a_whole()
    {
        NewDevice("A", region: "EU", code: 7);
        NewDevice("B", region: "US", code: 7);
        NewDevice("C", region: "EU", code: 8);

        Fails(ErrorCodes.DuplicateRecordEntityKey, () => NewDevice("D", region: "EU", code: 7));
        Assert.Equal(3, Org.Count("cxt_device"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
    [Fact]
    public void Rows_without_key_values_do_not_collide()
    {
        NewDevice("A");
        NewDevice("B");

        Assert.Equal(2, Org.Count("cxt_device"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
    [Fact]
    public void Retrieve_by_alternate_key_finds_the_row()
    {
        Guid id = NewDevice("A", serial: "SN-9");

        var response = (RetrieveResponse)Service.Execute(new RetrieveRequest
        {
            Target = new EntityReference("cxt_device", "cxt_serial", "SN-9"),
            ColumnSet = new ColumnSet("cxt_name"),
        });

        Assert.Equal(id, response.Entity.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
    [Fact]
    public void Retrieve_by_a_key_value_no_row_has_fails_with_RecordNotFoundByEntityKey()
    {
        var fault = Fails(ErrorCodes.RecordNotFoundByEntityKey, () => Service.Execute(new RetrieveRequest
        {
            Target = new EntityReference("cxt_device", "cxt_serial", "nope"),
            ColumnSet = new ColumnSet(true),
        }));

        Assert.Equal("A record with the specified key values does not exist in cxt_device entity", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
    [Fact]
    public void A_lookup_may_name_its_target_by_alternate_key()
    {
        Guid device = NewDevice("A", serial: "SN-5");

        Guid part = Service.Create(new Entity("cxt_part")
        {
            ["cxt_name"] = "Fan",
            ["cxt_deviceid"] = new EntityReference("cxt_device", "cxt_serial", "SN-5"),
        });

        Assert.Equal(device, Org.Get("cxt_part", part).GetAttributeValue<EntityReference>("cxt_deviceid")!.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#update-with-alternate-key
    [Fact]
    public void Update_by_alternate_key_changes_the_identified_row()
    {
        Guid id = NewDevice("Before", serial: "SN-3");

        Service.Update(new Entity("cxt_device", "cxt_serial", "SN-3") { ["cxt_name"] = "After" });

        Assert.Equal("After", Org.Get("cxt_device", id)["cxt_name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
    [Fact]
    public void Delete_by_alternate_key_removes_the_identified_row()
    {
        Guid id = NewDevice("Gone", serial: "SN-4");

        Service.Execute(new DeleteRequest { Target = new EntityReference("cxt_device", "cxt_serial", "SN-4") });

        Assert.Null(Org.Find("cxt_device", id));
    }
}
