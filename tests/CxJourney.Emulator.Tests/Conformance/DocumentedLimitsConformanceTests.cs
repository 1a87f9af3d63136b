using System;
using System.Linq;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>Documented faults and limits: undefined keys, required columns, condition counts, duplicate bulk targets.</summary>
public sealed class DocumentedLimitsConformanceTests : CustomTablesFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (EntityKeyNotDefined, -2147088240)
    [Fact]
    public void Key_attributes_that_are_no_alternate_key_fail_with_EntityKeyNotDefined()
    {
        NewDevice("First", serial: "SN-1");
        var target = new Entity("cxt_device", "cxt_name", "First") { ["cxt_serial"] = "SN-2" };

        OrganizationServiceFault fault = Fails(ErrorCodes.EntityKeyNotDefined, () => Service.Execute(new UpdateRequest { Target = target }));

        Assert.Equal(-2147088240, fault.ErrorCode);
        Assert.Contains("cxt_device", fault.Message);
        Assert.Equal("SN-1", Org.Query("cxt_device").Single().GetAttributeValue<string>("cxt_serial"));
    }

    [Fact]
    public void A_defined_key_still_finds_its_row()
    {
        Guid id = NewDevice("First", serial: "SN-1");

        Service.Execute(new UpdateRequest { Target = new Entity("cxt_device", "cxt_serial", "SN-1") { ["cxt_name"] = "Renamed" } });

        Assert.Equal("Renamed", Org.Get("cxt_device", id).GetAttributeValue<string>("cxt_name"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/incident#BKMK_CustomerId (RequiredLevel SystemRequired)
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete
    [Fact]
    public void A_case_s_customer_is_system_required_and_cannot_be_cleared()
    {
        Guid incident = NewIncident();

        Fails(ErrorCodes.InvalidArgument, () => Service.Update(new Entity("incident", incident) { ["customerid"] = null }));

        Assert.NotNull(Org.Get("incident", incident).GetAttributeValue<EntityReference>("customerid"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows#condition-limits
    [Fact]
    public void More_than_500_conditions_fail_with_TooManyConditionsInQuery()
    {
        NewAccount("Contoso");
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var any = new FilterExpression(LogicalOperator.Or);
        for (int i = 0; i < 501; i++) any.AddCondition("name", ConditionOperator.Equal, "Name " + i);
        query.Criteria.AddFilter(any);

        OrganizationServiceFault fault = Fails(ErrorCodes.TooManyConditionsInQuery, () => Service.RetrieveMultiple(query));

        Assert.Equal(-2147204340, fault.ErrorCode);
        Assert.Equal("Number of conditions in query exceeded maximum limit.", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#condition-limits (conditions and link-entities together)
    [Fact]
    public void Conditions_and_link_entities_count_together_and_500_is_still_allowed()
    {
        NewAccount("Contoso");
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var any = new FilterExpression(LogicalOperator.Or);
        for (int i = 0; i < 499; i++) any.AddCondition("name", ConditionOperator.Equal, "Name " + i);
        any.AddCondition("name", ConditionOperator.Equal, "Contoso");
        query.Criteria.AddFilter(any);

        Assert.Single(Service.RetrieveMultiple(query).Entities);

        query.LinkEntities.Add(new LinkEntity("account", "contact", "primarycontactid", "contactid", JoinOperator.LeftOuter));
        Fails(ErrorCodes.TooManyConditionsInQuery, () => Service.RetrieveMultiple(query));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#duplicate-records-in-updatemultiple-targets-parameter
    [Fact]
    public void UpdateMultiple_with_the_same_row_twice_applies_the_first_and_ignores_the_rest()
    {
        Guid id = NewDevice("Original", serial: "SN-1");
        var targets = new EntityCollection { EntityName = "cxt_device" };
        targets.Entities.Add(new Entity("cxt_device", id) { ["cxt_name"] = "First" });
        targets.Entities.Add(new Entity("cxt_device", id) { ["cxt_name"] = "Second" });
        targets.Entities.Add(new Entity("cxt_device", "cxt_serial", "SN-1") { ["cxt_name"] = "Third by key" });
        targets.Entities.Add(new Entity("cxt_device", "cxt_serial", "SN-1") { ["cxt_name"] = "Fourth by key" });

        Service.Execute(new UpdateMultipleRequest { Targets = targets });

        // The id and the key name the same row, but only identical identities are duplicates of each other.
        Assert.Equal("Third by key", Org.Get("cxt_device", id).GetAttributeValue<string>("cxt_name"));
    }
}
