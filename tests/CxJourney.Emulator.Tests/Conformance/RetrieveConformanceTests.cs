using System;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class RetrieveConformanceTests : OrganizationFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-retrieve
    [Fact]
    public void Retrieve_returns_only_the_requested_columns_plus_the_primary_key()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["telephone1"] = "555", ["accountnumber"] = "N1" });

        Entity row = Service.Retrieve("account", id, new ColumnSet("name"));

        Assert.Equal("account", row.LogicalName);
        Assert.Equal(id, row.Id);
        Assert.Equal("A", row["name"]);
        Assert.Equal(id, row["accountid"]);
        Assert.False(row.Contains("telephone1"));
        Assert.False(row.Contains("accountnumber"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-retrieve
    [Fact]
    public void Retrieve_with_AllColumns_returns_every_column_holding_a_value()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["telephone1"] = "555" });

        Entity row = Service.Retrieve("account", id, new ColumnSet(true));

        Assert.Equal("555", row["telephone1"]);
        Assert.True(row.Contains("createdon"));
        Assert.True(row.Contains("ownerid"));
        Assert.False(row.Contains("fax"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-retrieve
    [Fact]
    public void Retrieve_leaves_out_requested_columns_that_hold_no_value()
    {
        Guid id = NewAccount();

        Entity row = Service.Retrieve("account", id, new ColumnSet("name", "fax"));

        Assert.False(row.Contains("fax"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency
    [Fact]
    public void Retrieve_returns_the_row_version()
    {
        Guid id = NewAccount();

        Entity row = Service.Retrieve("account", id, new ColumnSet("name"));

        Assert.Equal(Org.Get("account", id)["versionnumber"]!.ToString(), row.RowVersion);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (ObjectDoesNotExist)
    [Fact]
    public void Retrieve_of_a_missing_row_fails_with_ObjectDoesNotExist_and_the_platforms_message()
    {
        var id = new Guid("11111111-2222-3333-4444-555555555555");

        var fault = Fails(ErrorCodes.ObjectDoesNotExist, () => Service.Retrieve("contact", id, new ColumnSet(true)));

        Assert.Equal("Entity 'contact' With Id = 11111111-2222-3333-4444-555555555555 Does Not Exist", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-retrieve#retrieve-with-formatted-values
    [Fact]
    public void Retrieve_gives_the_label_of_a_choice_as_its_formatted_value()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["customertypecode"] = new OptionSetValue(3) });

        Entity row = Service.Retrieve("account", id, new ColumnSet("customertypecode", "statecode"));

        Assert.Equal("Customer", row.FormattedValues["customertypecode"]);
        Assert.Equal("Active", row.FormattedValues["statecode"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-retrieve#retrieve-with-formatted-values
    [Fact]
    public void Retrieve_gives_the_label_of_a_yes_no_value_as_its_formatted_value()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["donotemail"] = true });

        Entity row = Service.Retrieve("account", id, new ColumnSet("donotemail"));

        Assert.Equal(true, row["donotemail"]);
        Assert.False(string.IsNullOrEmpty(row.FormattedValues["donotemail"]));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-retrieve#retrieve-with-formatted-values
    [Fact]
    public void Retrieve_formats_money_with_the_currency_symbol()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["revenue"] = new Money(1234567.5m) });

        Entity row = Service.Retrieve("account", id, new ColumnSet("revenue"));

        Assert.Equal(1234567.5m, row.GetAttributeValue<Money>("revenue")!.Value);
        Assert.Equal("$1,234,567.50", row.FormattedValues["revenue"]);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityreference.name
    [Fact]
    public void Retrieve_names_each_lookup_after_the_target_rows_primary_name()
    {
        Guid account = NewAccount("Contoso");
        Guid id = Service.Create(new Entity("contact") { ["lastname"] = "X", ["parentcustomerid"] = new EntityReference("account", account) });

        Entity row = Service.Retrieve("contact", id, new ColumnSet("parentcustomerid", "ownerid"));

        Assert.Equal("Contoso", row.GetAttributeValue<EntityReference>("parentcustomerid")!.Name);
        Assert.Equal("Contoso", row.FormattedValues["parentcustomerid"]);
        Assert.Equal("System Administrator", row.GetAttributeValue<EntityReference>("ownerid")!.Name);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute
    [Fact]
    public void Retrieve_returns_date_and_time_values_in_UTC()
    {
        var local = new DateTime(2024, 6, 1, 12, 0, 0, DateTimeKind.Local);
        Guid id = Service.Create(new Entity("incident")
        {
            ["title"] = "T",
            ["customerid"] = new EntityReference("contact", NewContact()),
            ["followupby"] = local,
        });

        var stored = (DateTime)Service.Retrieve("incident", id, new ColumnSet("followupby"))["followupby"]!;

        Assert.Equal(DateTimeKind.Utc, stored.Kind);
        Assert.Equal(local.ToUniversalTime(), stored);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute (DateOnly)
    [Fact]
    public void A_date_only_column_keeps_the_date_without_the_time()
    {
        Guid id = Service.Create(new Entity("contact") { ["lastname"] = "X", ["birthdate"] = new DateTime(1990, 4, 5, 17, 45, 0, DateTimeKind.Utc) });

        var birth = (DateTime)Service.Retrieve("contact", id, new ColumnSet("birthdate"))["birthdate"]!;

        Assert.Equal(new DateTime(1990, 4, 5), birth.Date);
        Assert.Equal(TimeSpan.Zero, birth.TimeOfDay);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
    [Fact]
    public void Retrieve_by_the_primary_key_in_KeyAttributes_finds_the_row()
    {
        Guid id = NewAccount();

        var response = (RetrieveResponse)Service.Execute(new RetrieveRequest
        {
            Target = new EntityReference("account", "accountid", id),
            ColumnSet = new ColumnSet("name"),
        });

        Assert.Equal(id, response.Entity.Id);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-retrieve
    [Fact]
    public void A_retrieved_row_is_a_copy_that_does_not_change_the_stored_row()
    {
        Guid id = NewAccount("Original");
        Entity row = Service.Retrieve("account", id, new ColumnSet(true));

        row["name"] = "Changed locally";
        row.GetAttributeValue<EntityReference>("ownerid")!.Id = Guid.NewGuid();

        Entity again = Service.Retrieve("account", id, new ColumnSet(true));
        Assert.Equal("Original", again["name"]);
        Assert.Equal(Org.AdminUserId, again.GetAttributeValue<EntityReference>("ownerid")!.Id);
    }
}
