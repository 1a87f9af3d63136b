using System;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>The execution log: step runs, service calls per step and per top-level operation.</summary>
public class ExecutionLogTests
{
    [Fact]
    public void Each_operation_counts_the_service_calls_its_steps_made()
    {
        LocalOrganization organization = PipelineFixtures.Organization("transactions");
        ExecutionLog log = organization.Plugins().Log;
        organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });

        OperationRecord operation = log.LastOperation!;
        Assert.Equal(("Create", "account", true), (operation.MessageName, operation.PrimaryEntityName, operation.Succeeded));
        // Two writers made one Create each; the nested task Creates ran the two task recorders twice.
        Assert.Equal(2, operation.SyncServiceCallCount);
        Assert.Equal(6, operation.StepRuns.Count);
        Assert.Equal(new[] { "task", "task" }, log.ServiceCallsBy(typeof(NestedWriterPlugin)).Select(c => c.PrimaryEntityName));
        Assert.All(log.ServiceCallsBy(typeof(NestedWriterPlugin)), c => Assert.True(c.Succeeded));
    }

    [Fact]
    public void A_step_run_records_stage_mode_depth_duration_and_outcome()
    {
        LocalOrganization organization = PipelineFixtures.Organization("transactions");
        organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        StepRun writer = organization.Plugins().Log.RunsOf("CxJourney.Emulator.Tests.Pipeline.Plugins.NestedWriterPlugin: Create of account (account-postoperation-writer)").Single();
        Assert.Equal((PluginStepStage.PostOperation, PluginStepMode.Synchronous, 1, StepOutcome.Succeeded), (writer.Stage, writer.Mode, writer.Depth, writer.Outcome));
        Assert.True(writer.Duration > TimeSpan.Zero);

        StepRun nested = organization.Plugins().Log.StepRuns.Single(r => r.Caller == writer && r.Stage == PluginStepStage.PreOperation);
        Assert.Equal(2, nested.Depth);
        Assert.Equal("task", nested.PrimaryEntityName);
    }

    [Fact]
    public void A_failed_operation_is_logged_with_the_failing_run_and_its_failed_call()
    {
        LocalOrganization organization = PipelineFixtures.Organization("transactions");
        ExecutionLog log = organization.Plugins().Log;
        Assert.ThrowsAny<Exception>(() => organization.GetService().Create(new Entity("account") { ["name"] = "fail-nested" }));
        OperationRecord operation = log.LastOperation!;
        Assert.False(operation.Succeeded);
        StepRun refuser = log.RunsOf(typeof(FailingPlugin)).Single();
        Assert.Equal((StepOutcome.Failed, "InvalidPluginExecutionException: contact refused"), (refuser.Outcome, refuser.Error));
        ServiceCall failed = log.ServiceCallsBy(typeof(NestedWriterPlugin)).Single(c => c.PrimaryEntityName == "contact");
        Assert.False(failed.Succeeded);
        Assert.Equal("contact refused", failed.Error);
        Assert.Same(operation, refuser.Operation);
    }

    [Fact]
    public void Requests_without_steps_are_operations_without_runs_and_the_log_can_be_cleared()
    {
        LocalOrganization organization = PipelineFixtures.Organization("transactions");
        ExecutionLog log = organization.Plugins().Log;
        organization.GetService().Create(new Entity("lead") { ["lastname"] = "Nobody" });
        Assert.Empty(log.LastOperation!.StepRuns);
        Assert.Equal(0, log.LastOperation.ServiceCallCount);
        log.Clear();
        Assert.Empty(log.Operations);
        Assert.Empty(log.StepRuns);
    }
}
