using System;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class ConcurrencyConformanceTests : OrganizationFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#optimistic-concurrency-behavior
    [Fact]
    public void Update_if_row_version_matches_succeeds_with_the_current_version()
    {
        Guid id = NewAccount();
        Entity read = Service.Retrieve("account", id, new ColumnSet("name"));

        Service.Execute(new UpdateRequest
        {
            Target = new Entity("account", id) { ["name"] = "B", RowVersion = read.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        Assert.Equal("B", Org.Get("account", id)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#optimistic-concurrency-behavior
    [Fact]
    public void Update_if_row_version_matches_fails_when_the_row_changed_since_it_was_read()
    {
        Guid id = NewAccount();
        string stale = Service.Retrieve("account", id, new ColumnSet("name")).RowVersion!;
        Service.Update(new Entity("account", id) { ["name"] = "Someone else" });

        var fault = Fails(ErrorCodes.ConcurrencyVersionMismatch, () => Service.Execute(new UpdateRequest
        {
            Target = new Entity("account", id) { ["name"] = "Mine", RowVersion = stale },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.Equal(-2147088254, fault.ErrorCode);
        Assert.Equal("The version of the existing record doesn't match the RowVersion property provided.", fault.Message);
        Assert.Equal("Someone else", Org.Get("account", id)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (ConcurrencyVersionNotProvided)
    [Fact]
    public void Update_if_row_version_matches_without_a_row_version_fails()
    {
        Guid id = NewAccount();

        Fails(ErrorCodes.ConcurrencyVersionNotProvided, () => Service.Execute(new UpdateRequest
        {
            Target = new Entity("account", id) { ["name"] = "B" },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.concurrencybehavior
    [Fact]
    public void The_default_behavior_ignores_a_stale_row_version()
    {
        Guid id = NewAccount();
        string stale = Org.Get("account", id).RowVersion!;
        Service.Update(new Entity("account", id) { ["name"] = "Newer" });

        Service.Execute(new UpdateRequest { Target = new Entity("account", id) { ["name"] = "Last writer wins", RowVersion = stale } });

        Assert.Equal("Last writer wins", Org.Get("account", id)["name"]);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.deleterequest.concurrencybehavior
    [Fact]
    public void Delete_if_row_version_matches_fails_on_a_stale_version_and_keeps_the_row()
    {
        Guid id = NewAccount();
        string stale = Org.Get("account", id).RowVersion!;
        Service.Update(new Entity("account", id) { ["name"] = "Changed" });

        Fails(ErrorCodes.ConcurrencyVersionMismatch, () => Service.Execute(new DeleteRequest
        {
            Target = new EntityReference("account", id) { RowVersion = stale },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));
        Assert.NotNull(Org.Find("account", id));
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.deleterequest.concurrencybehavior
    [Fact]
    public void Delete_if_row_version_matches_succeeds_with_the_current_version()
    {
        Guid id = NewAccount();
        Entity read = Service.Retrieve("account", id, new ColumnSet(false));

        Service.Execute(new DeleteRequest
        {
            Target = read.ToEntityReference(),
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        Assert.Null(Org.Find("account", id));
    }
}
