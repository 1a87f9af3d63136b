using System;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class ExecuteTransactionConformanceTests : OrganizationFixture
{
    private static ExecuteTransactionRequest Transaction(bool returnResponses, params OrganizationRequest[] requests)
    {
        var transaction = new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection(), ReturnResponses = returnResponses };
        foreach (OrganizationRequest request in requests) transaction.Requests.Add(request);
        return transaction;
    }

    private static CreateRequest CreateAccount(string name) => new() { Target = new Entity("account") { ["name"] = name } };

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
    [Fact]
    public void Runs_every_request_and_returns_the_responses_in_order()
    {
        var response = (ExecuteTransactionResponse)Service.Execute(Transaction(true, CreateAccount("a"), CreateAccount("b")));

        Assert.Equal(2, response.Responses.Count);
        Guid first = ((CreateResponse)response.Responses[0]).id;
        Assert.Equal("a", Org.Get("account", first)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
    [Fact]
    public void A_failing_request_rolls_back_every_change_of_the_transaction()
    {
        Guid existing = NewAccount("Untouched");

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(Transaction(false,
            CreateAccount("rolled back"),
            new UpdateRequest { Target = new Entity("account", existing) { ["name"] = "changed" } },
            new DeleteRequest { Target = new EntityReference("account", Guid.NewGuid()) })));

        Assert.Equal(1, Org.Count("account"));
        Assert.Equal("Untouched", Org.Get("account", existing)["name"]);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executetransactionfault
    [Fact]
    public void The_fault_names_the_index_of_the_request_that_failed()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(Transaction(false,
            CreateAccount("ok"), CreateAccount("ok too"), new DeleteRequest { Target = new EntityReference("account", Guid.NewGuid()) })));

        var detail = Assert.IsType<ExecuteTransactionFault>(fault.Detail);
        Assert.Equal(2, detail.FaultedRequestIndex);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, detail.ErrorCode);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
    [Fact]
    public void An_execute_transaction_may_not_contain_another()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(Transaction(false,
            CreateAccount("x"), Transaction(false, CreateAccount("nested")))));

        Assert.Equal(1, Assert.IsType<ExecuteTransactionFault>(fault.Detail).FaultedRequestIndex);
        Assert.Equal(0, Org.Count("account"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
    [Fact]
    public void An_execute_multiple_may_contain_an_execute_transaction()
    {
        var batch = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection
            {
                Transaction(true, CreateAccount("t1"), CreateAccount("t2")),
                Transaction(true, CreateAccount("u1"), new DeleteRequest { Target = new EntityReference("account", Guid.NewGuid()) }),
            },
        };

        var response = (ExecuteMultipleResponse)Service.Execute(batch);

        Assert.Null(response.Responses[0].Fault);
        Assert.NotNull(response.Responses[1].Fault);
        Assert.Equal(2, Org.Count("account"));
    }
}
