using System;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class RequestProcessingConformanceTests : OrganizationFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages (OrganizationRequest by name)
    [Fact]
    public void A_plain_OrganizationRequest_runs_like_the_typed_request()
    {
        var request = new OrganizationRequest("Create") { ["Target"] = new Entity("account") { ["name"] = "Late bound" } };

        OrganizationResponse response = Service.Execute(request);

        Guid id = (Guid)response["id"]!;
        Assert.Equal("Late bound", Org.Get("account", id)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages
    [Fact]
    public void A_message_the_organization_does_not_support_fails_naming_it()
    {
        var fault = Fails(ErrorCodes.UnrecognizedRequest, () => Service.Execute(new OrganizationRequest("ExportSolution")));

        Assert.Contains("'ExportSolution'", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/handle-exceptions-code
    [Fact]
    public void A_request_missing_a_required_parameter_fails_as_a_service_fault()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(new OrganizationRequest("Create")));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
        Assert.Contains("Target", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/handle-exceptions-code
    [Fact]
    public void A_parameter_of_the_wrong_type_fails_as_a_service_fault()
    {
        Fails(ErrorCodes.InvalidArgument, () => Service.Execute(new OrganizationRequest("Update") { ["Target"] = "account" }));
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.whoamirequest
    [Fact]
    public void WhoAmI_answers_the_callers_user_and_business_unit()
    {
        Guid unit = Org.CreateBusinessUnit("Sales");
        Guid user = Org.CreateUser("Grace", "Hopper", unit);

        OrganizationResponse response = Org.GetService(user).Execute(new OrganizationRequest("WhoAmI"));

        Assert.Equal(user, response["UserId"]);
        Assert.Equal(unit, response["BusinessUnitId"]);
        Assert.Equal(Org.OrganizationId, response["OrganizationId"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-query-data
    [Fact]
    public void RetrieveMultiple_runs_the_query_over_the_stored_rows()
    {
        NewAccount("Alpha");
        NewAccount("Beta");

        EntityCollection found = Service.RetrieveMultiple(new QueryExpression("account")
        {
            ColumnSet = new ColumnSet("name"),
            Criteria = { Conditions = { new ConditionExpression("name", ConditionOperator.Equal, "Beta") } },
        });

        Assert.Equal("Beta", Assert.Single(found.Entities)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-query-data
    [Fact]
    public void RetrieveMultiple_by_a_lookup_finds_the_rows_referring_to_a_record()
    {
        Guid account = NewAccount();
        Service.Create(new Entity("contact") { ["lastname"] = "In", ["parentcustomerid"] = new EntityReference("account", account) });
        NewContact("Out", "Side");

        EntityCollection found = Service.RetrieveMultiple(new QueryByAttribute("contact")
        {
            ColumnSet = new ColumnSet("lastname"),
            Attributes = { "parentcustomerid" },
            Values = { account },
        });

        Assert.Equal("In", Assert.Single(found.Entities)["lastname"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/optional-parameters#add-a-shared-variable-to-the-plugin-execution-context
    [Fact]
    public void Optional_parameters_such_as_the_bypass_flag_do_not_make_a_request_fail()
    {
        var request = new CreateRequest { Target = new Entity("account") { ["name"] = "A" } };
        request.Parameters["BypassCustomPluginExecution"] = true;
        request.Parameters["tag"] = "import";

        var response = (CreateResponse)Service.Execute(request);

        Assert.NotNull(Org.Find("account", response.id));
    }
}
