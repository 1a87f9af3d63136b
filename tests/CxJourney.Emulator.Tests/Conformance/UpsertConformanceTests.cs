using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class UpsertConformanceTests : CustomTablesFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
    [Fact]
    public void Upsert_by_key_creates_the_row_when_none_has_the_key()
    {
        var target = new Entity("cxt_device", "cxt_serial", "SN-1") { ["cxt_name"] = "New" };

        var response = (UpsertResponse)Service.Execute(new UpsertRequest { Target = target });

        Assert.True(response.RecordCreated);
        Assert.Equal("cxt_device", response.Target.LogicalName);
        Entity row = Org.Get("cxt_device", response.Target.Id);
        Assert.Equal("New", row["cxt_name"]);
        Assert.Equal("SN-1", row["cxt_serial"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
    [Fact]
    public void Upsert_by_key_updates_the_row_that_has_the_key()
    {
        Guid id = NewDevice("Old", serial: "SN-2");

        var response = (UpsertResponse)Service.Execute(new UpsertRequest { Target = new Entity("cxt_device", "cxt_serial", "SN-2") { ["cxt_name"] = "Renamed" } });

        Assert.False(response.RecordCreated);
        Assert.Equal(new EntityReference("cxt_device", id), response.Target);
        Assert.Equal("Renamed", Org.Get("cxt_device", id)["cxt_name"]);
        Assert.Equal(1, Org.Count("cxt_device"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record#understand-the-upsert-process-for-standard-tables
    [Fact]
    public void Upsert_that_updates_ignores_key_values_in_the_columns()
    {
        Guid id = NewDevice("Old", serial: "SN-2");

        Service.Execute(new UpsertRequest { Target = new Entity("cxt_device", "cxt_serial", "SN-2") { ["cxt_serial"] = "SN-OTHER", ["cxt_name"] = "X" } });

        Assert.Equal("SN-2", Org.Get("cxt_device", id)["cxt_serial"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record#understand-the-upsert-process-for-standard-tables
    [Fact]
    public void Upsert_that_creates_keeps_a_column_value_over_the_key_value()
    {
        var response = (UpsertResponse)Service.Execute(new UpsertRequest
        {
            Target = new Entity("cxt_device", "cxt_serial", "SN-KEY") { ["cxt_name"] = "N", ["cxt_serial"] = "SN-BODY" },
        });

        Assert.Equal("SN-BODY", Org.Get("cxt_device", response.Target.Id)["cxt_serial"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
    [Fact]
    public void Upsert_by_id_creates_the_row_with_that_id_when_it_does_not_exist()
    {
        var id = new Guid("a0a0a0a0-0000-4000-8000-000000000001");

        var response = (UpsertResponse)Service.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "A" } });

        Assert.True(response.RecordCreated);
        Assert.Equal(id, response.Target.Id);
        Assert.NotNull(Org.Find("account", id));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
    [Fact]
    public void Upsert_by_id_updates_an_existing_row()
    {
        Guid id = NewAccount("Before");

        var response = (UpsertResponse)Service.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "After" } });

        Assert.False(response.RecordCreated);
        Assert.Equal("After", Org.Get("account", id)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
    [Fact]
    public void Upsert_by_a_composite_key_matches_on_every_key_column()
    {
        Guid id = NewDevice("EU-7", region: "EU", code: 7);

        var update = (UpsertResponse)Service.Execute(new UpsertRequest
        {
            Target = new Entity("cxt_device", new KeyAttributeCollection { { "cxt_region", "EU" }, { "cxt_code", 7 } }) { ["cxt_name"] = "Same" },
        });
        var create = (UpsertResponse)Service.Execute(new UpsertRequest
        {
            Target = new Entity("cxt_device", new KeyAttributeCollection { { "cxt_region", "EU" }, { "cxt_code", 8 } }) { ["cxt_name"] = "Other" },
        });

        Assert.False(update.RecordCreated);
        Assert.Equal(id, update.Target.Id);
        Assert.True(create.RecordCreated);
    }
}
