using System;
using System.Linq;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>Synchronous failures roll back everything the request wrote; pre-validation runs before the transaction.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions
public class TransactionTests
{
    private readonly LocalOrganization _organization = PipelineFixtures.Organization("transactions");

    private string?[] TaskSubjects() => _organization.Query("task").Select(t => t.GetAttributeValue<string>("subject")).OrderBy(s => s).ToArray();

    [Fact]
    public void A_successful_request_keeps_what_its_plug_ins_wrote()
    {
        Guid id = _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        Assert.Equal(new[] { "written at post-operation", "written at pre-validation" }, TaskSubjects());
        Entity postTask = _organization.Query("task").Single(t => t.GetAttributeValue<string>("subject") == "written at post-operation");
        Assert.Equal(new EntityReference("account", id), postTask.GetAttributeValue<EntityReference>("regardingobjectid"));
    }

    [Fact]
    public void A_nested_failure_rolls_back_the_request_and_every_nested_write()
    {
        // The post-operation plug-in writes a task, then creates a contact that a contact step refuses:
        // the account, the task and the contact all go; the fault is the nested step's.
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _organization.GetService().Create(new Entity("account") { ["name"] = "fail-nested" }));
        Assert.Equal(ErrorCodes.IsvAborted, fault.Detail.ErrorCode);
        Assert.Equal("contact refused", fault.Detail.Message);
        Assert.Equal(0, _organization.Count("account"));
        Assert.Equal(0, _organization.Count("contact"));
        // https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
        // Pre-validation ran before the transaction: what it wrote is not rolled back.
        Assert.Equal(new[] { "written at pre-validation" }, TaskSubjects());
    }

    [Fact]
    public void A_failure_at_pre_operation_cancels_the_update()
    {
        Guid id = _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _organization.GetService().Update(new Entity("account", id) { ["name"] = "fail-pre" }));
        Assert.Equal("refused at pre-operation", fault.Detail.Message);
        Assert.Equal(ErrorCodes.IsvAborted, fault.Detail.ErrorCode);
        Assert.Equal("Contoso", _organization.Get("account", id).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void An_unexpected_exception_at_post_operation_rolls_back_the_core_operation_and_earlier_writes()
    {
        Guid id = _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        int tasks = _organization.Count("task");
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _organization.GetService().Update(new Entity("account", id) { ["name"] = "fail-post", ["description"] = "writes a task at pre-operation" }));
        // https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#unexpected-errors
        Assert.Equal(ErrorCodes.IsvUnExpected, fault.Detail.ErrorCode);
        Assert.Equal("An unexpected error occurred from ISV code.", fault.Detail.Message);
        Assert.Contains("InvalidOperationException: crashed at post-operation", fault.Detail.TraceText);
        Assert.Equal("Contoso", _organization.Get("account", id).GetAttributeValue<string>("name"));
        Assert.Equal(tasks, _organization.Count("task"));
    }

    [Fact]
    public void A_failure_at_pre_validation_cancels_before_anything_is_written()
    {
        Guid id = _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _organization.GetService().Delete("account", id));
        Assert.Equal("accounts are never deleted", fault.Detail.Message);
        Assert.NotNull(_organization.Find("account", id));
    }

    [Fact]
    public void A_nested_call_from_post_operation_runs_its_pre_validation_inside_the_transaction()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#cancelling-the-current-operation
        // ("Sometimes PreValidation stages will be within a transaction when they are initiated by logic in another operation.")
        _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        Observation[] nested = Observations.For(_organization.OrganizationId, "nested-task-10").ToArray();
        Assert.Equal(2, nested.Length);
        Observation fromPreValidation = nested.Single(o => o.Target!.GetAttributeValue<string>("subject") == "written at pre-validation");
        Observation fromPostOperation = nested.Single(o => o.Target!.GetAttributeValue<string>("subject") == "written at post-operation");
        Assert.False(fromPreValidation.IsInTransaction);
        Assert.True(fromPostOperation.IsInTransaction);
    }

    [Fact]
    public void A_nested_call_is_one_level_deeper_with_the_callers_context_as_parent()
    {
        Guid id = _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        Observation nested = Observations.For(_organization.OrganizationId, "nested-task-20")
            .Single(o => o.Target!.GetAttributeValue<string>("subject") == "written at post-operation");
        Assert.Equal(2, nested.Depth);
        // The nested Create's pre-operation: its parent is its own pre-validation, whose parent is the account step.
        ObservedParent caller = nested.Parent!.Parent!;
        Assert.Equal((40, "Create", "account", 1), (caller.Stage, caller.MessageName, caller.PrimaryEntityName, caller.Depth));
        Assert.Equal(Observations.For(_organization.OrganizationId, "nested-task-10").Select(o => o.CorrelationId).Distinct().Single(), nested.CorrelationId);
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void A_nested_plug_in_reads_the_callers_shared_variables_through_ParentContext()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables
        var create = new CreateRequest { Target = new Entity("account") { ["name"] = "Contoso" } };
        create.Parameters["tag"] = "from the caller";
        _organization.GetService().Execute(create);
        Observation nested = Observations.For(_organization.OrganizationId, "nested-task-20")
            .Single(o => o.Target!.GetAttributeValue<string>("subject") == "written at post-operation");
        Assert.Equal("from the caller", nested.Parent!.Parent!.Shared["tag"]);
    }

    [Fact]
    public void A_rolled_back_request_queues_no_asynchronous_step()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _organization.GetService().Create(new Entity("account") { ["name"] = "fail-nested" }));
        Assert.Equal(0, _organization.Plugins().AsyncQueue.Pending);
        Assert.Equal(0, _organization.Count("asyncoperation"));

        _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        Assert.Equal(1, _organization.Plugins().AsyncQueue.Pending);
        Entity job = Assert.Single(_organization.Query("asyncoperation"));
        Assert.Equal(0, job.GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    [Fact]
    public void In_ExecuteMultiple_a_failed_item_is_rolled_back_alone_and_queues_nothing()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests
        var batch = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new Entity("account") { ["name"] = "first" } },
                new CreateRequest { Target = new Entity("account") { ["name"] = "fail-nested" } },
                new CreateRequest { Target = new Entity("account") { ["name"] = "third" } },
            },
        };
        var response = (ExecuteMultipleResponse)_organization.GetService().Execute(batch);
        Assert.True(response.IsFaulted);
        Assert.Equal("contact refused", response.Responses.Single(r => r.Fault is not null).Fault!.Message);
        Assert.Equal(new[] { "first", "third" }, _organization.Query("account").Select(a => a.GetAttributeValue<string>("name")).OrderBy(n => n));
        Assert.Equal(2, _organization.Plugins().AsyncQueue.Pending);
    }
}
