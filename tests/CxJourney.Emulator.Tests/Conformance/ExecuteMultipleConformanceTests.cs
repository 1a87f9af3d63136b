using System;
using System.Linq;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class ExecuteMultipleConformanceTests : OrganizationFixture
{
    private static ExecuteMultipleRequest Batch(bool continueOnError, bool returnResponses, params OrganizationRequest[] requests)
    {
        var batch = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
            Requests = new OrganizationRequestCollection(),
        };
        foreach (OrganizationRequest request in requests) batch.Requests.Add(request);
        return batch;
    }

    private static CreateRequest CreateAccount(string name) => new() { Target = new Entity("account") { ["name"] = name } };

    private static CreateRequest Broken() => new() { Target = new Entity("account") { ["name"] = "bad", ["numberofemployees"] = "many" } };

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests#specify-run-time-execution-options
    [Fact]
    public void Returns_one_response_per_request_in_order_when_asked()
    {
        var response = (ExecuteMultipleResponse)Service.Execute(Batch(false, true, CreateAccount("a"), CreateAccount("b")));

        Assert.False(response.IsFaulted);
        Assert.Equal(new[] { 0, 1 }, response.Responses.Select(r => r.RequestIndex));
        Guid second = ((CreateResponse)response.Responses[1].Response!).id;
        Assert.Equal("b", Org.Get("account", second)["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests#specify-run-time-execution-options
    [Fact]
    public void Continue_on_error_runs_every_request_and_reports_each_fault()
    {
        var response = (ExecuteMultipleResponse)Service.Execute(Batch(true, true,
            CreateAccount("1"), CreateAccount("2"), Broken(), CreateAccount("4"), Broken(), CreateAccount("6")));

        Assert.True(response.IsFaulted);
        Assert.Equal(6, response.Responses.Count);
        Assert.Equal(new[] { 2, 4 }, response.Responses.Where(r => r.Fault is not null).Select(r => r.RequestIndex));
        Assert.Equal(4, Org.Count("account"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests#specify-run-time-execution-options
    [Fact]
    public void Without_continue_on_error_processing_stops_at_the_first_fault()
    {
        var response = (ExecuteMultipleResponse)Service.Execute(Batch(false, true,
            CreateAccount("1"), CreateAccount("2"), Broken(), CreateAccount("4"), Broken(), CreateAccount("6")));

        Assert.Equal(3, response.Responses.Count);
        Assert.NotNull(response.Responses[2].Fault);
        Assert.Equal(2, Org.Count("account"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests#specify-run-time-execution-options
    [Fact]
    public void Without_return_responses_only_faults_are_reported()
    {
        var response = (ExecuteMultipleResponse)Service.Execute(Batch(true, false,
            CreateAccount("1"), CreateAccount("2"), Broken(), CreateAccount("4"), Broken(), CreateAccount("6")));

        Assert.Equal(2, response.Responses.Count);
        Assert.All(response.Responses, item => Assert.NotNull(item.Fault));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests#specify-run-time-execution-options
    [Fact]
    public void Without_continue_on_error_or_responses_only_the_first_fault_is_reported()
    {
        var response = (ExecuteMultipleResponse)Service.Execute(Batch(false, false,
            CreateAccount("1"), Broken(), CreateAccount("3"), Broken()));

        ExecuteMultipleResponseItem item = Assert.Single(response.Responses);
        Assert.Equal(1, item.RequestIndex);
        Assert.Equal(ErrorCodes.InvalidArgument, item.Fault!.ErrorCode);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests (each request in its own transaction)
    [Fact]
    public void A_failed_request_does_not_undo_the_requests_before_it()
    {
        Service.Execute(Batch(false, false, CreateAccount("kept"), Broken()));

        Assert.Equal("kept", Assert.Single(Org.Query("account"))["name"]);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests#run-time-limitations
    [Fact]
    public void An_execute_multiple_inside_execute_multiple_is_a_fault_for_that_item()
    {
        var response = (ExecuteMultipleResponse)Service.Execute(Batch(true, true,
            CreateAccount("1"), Batch(true, true, CreateAccount("nested")), CreateAccount("3")));

        Assert.NotNull(response.Responses.Single(r => r.RequestIndex == 1).Fault);
        Assert.Equal(2, Org.Count("account"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests#handle-a-batch-size-fault
    [Fact]
    public void A_batch_over_the_maximum_size_fails_before_any_request_runs()
    {
        var batch = Batch(true, true);
        for (int i = 0; i < 1001; i++) batch.Requests.Add(CreateAccount("n" + i));

        var fault = Fails(ErrorCodes.InvalidArgument, () => Service.Execute(batch));

        Assert.Equal(1000, fault.ErrorDetails["MaxBatchSize"]);
        Assert.Equal(0, Org.Count("account"));
    }
}
