using System;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class BulkConformanceTests : CustomTablesFixture
{
    private static EntityCollection Rows(string table, params Entity[] rows) => new(rows) { EntityName = table };

    // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#createmultiple
    [Fact]
    public void CreateMultiple_creates_every_row_and_answers_the_ids_in_order()
    {
        var response = (CreateMultipleResponse)Service.Execute(new CreateMultipleRequest
        {
            Targets = Rows("account", new Entity("account") { ["name"] = "a" }, new Entity("account") { ["name"] = "b" }),
        });

        Assert.Equal(2, response.Ids.Length);
        Assert.Equal("a", Org.Get("account", response.Ids[0])["name"]);
        Assert.Equal("b", Org.Get("account", response.Ids[1])["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations (all or nothing)
    [Fact]
    public void CreateMultiple_creates_nothing_when_one_row_fails()
    {
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(new CreateMultipleRequest
        {
            Targets = Rows("account", new Entity("account") { ["name"] = "a" }, new Entity("account") { ["name"] = new string('x', 161) }),
        }));

        Assert.Equal(0, Org.Count("account"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#createmultiple
    [Fact]
    public void CreateMultiple_takes_rows_of_one_table_only()
    {
        Fails(ErrorCodes.InvalidArgument, () => Service.Execute(new CreateMultipleRequest
        {
            Targets = Rows("account", new Entity("account") { ["name"] = "a" }, new Entity("contact") { ["lastname"] = "b" }),
        }));
    }

    // "You can use the CreateMultiple and UpdateMultiple bulk operation messages with custom standard tables and many
    // common standard tables, but not all"
    // (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#availability-with-standard-tables);
    // Microsoft's table references of email, phonecall, appointment and task
    // (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email, /phonecall, /appointment,
    // /task) list neither, so an organization refuses them for those tables, before any row is written.
    [Theory]
    [InlineData("email")]
    [InlineData("phonecall")]
    [InlineData("appointment")]
    [InlineData("task")]
    public void CreateMultiple_and_UpdateMultiple_are_refused_on_a_table_that_lacks_them(string table)
    {
        var created = Fails(ErrorCodes.SdkEntityDoesNotSupportGenericMethod, () => Service.Execute(new CreateMultipleRequest
        {
            Targets = Rows(table, new Entity(table) { ["subject"] = "a" }, new Entity(table) { ["subject"] = "b" }),
        }));
        Assert.Contains($"The 'CreateMultiple' method does not support entities of type '{table}'", created.Message);
        Assert.Equal(0, Org.Count(table));

        var id = Service.Create(new Entity(table) { ["subject"] = "single creates are fine" });
        var updated = Fails(ErrorCodes.SdkEntityDoesNotSupportGenericMethod, () => Service.Execute(new UpdateMultipleRequest
        {
            Targets = Rows(table, new Entity(table, id) { ["subject"] = "changed" }),
        }));
        Assert.Contains($"The 'UpdateMultiple' method does not support entities of type '{table}'", updated.Message);
        Assert.Equal("single creates are fine", Org.Get(table, id)["subject"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#updatemultiple
    [Fact]
    public void UpdateMultiple_updates_every_row()
    {
        Guid a = NewAccount("a");
        Guid b = NewAccount("b");

        Service.Execute(new UpdateMultipleRequest
        {
            Targets = Rows("account", new Entity("account", a) { ["name"] = "A" }, new Entity("account", b) { ["name"] = "B" }),
        });

        Assert.Equal("A", Org.Get("account", a)["name"]);
        Assert.Equal("B", Org.Get("account", b)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#updatemultiple
    [Fact]
    public void UpdateMultiple_changes_nothing_when_one_row_is_missing()
    {
        Guid a = NewAccount("a");

        Fails(ErrorCodes.ObjectDoesNotExist, () => Service.Execute(new UpdateMultipleRequest
        {
            Targets = Rows("account", new Entity("account", a) { ["name"] = "A" }, new Entity("account", Guid.NewGuid()) { ["name"] = "B" }),
        }));

        Assert.Equal("a", Org.Get("account", a)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#upsertmultiple
    [Fact]
    public void UpsertMultiple_creates_or_updates_each_row_by_key()
    {
        Guid existing = NewDevice("Old", serial: "SN-1");

        var response = (UpsertMultipleResponse)Service.Execute(new UpsertMultipleRequest
        {
            Targets = Rows("cxt_device",
                new Entity("cxt_device", "cxt_serial", "SN-1") { ["cxt_name"] = "Updated" },
                new Entity("cxt_device", "cxt_serial", "SN-2") { ["cxt_name"] = "Created" }),
        });

        Assert.False(response.Results[0].RecordCreated);
        Assert.Equal(existing, response.Results[0].Target.Id);
        Assert.True(response.Results[1].RecordCreated);
        Assert.Equal("Updated", Org.Get("cxt_device", existing)["cxt_name"]);
        Assert.Equal(2, Org.Count("cxt_device"));
    }
}
