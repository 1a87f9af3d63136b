using System;
using System.Linq;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Pipeline;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>Asynchronous steps: queued at commit, drained by the test, retried, recorded as system jobs, re-deliverable.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
public class AsyncQueueTests
{
    private readonly LocalOrganization _organization = PipelineFixtures.Organization("async");

    private AsyncQueue Queue => _organization.Plugins().AsyncQueue;

    private Entity SystemJob(AsyncJob job) => _organization.Get("asyncoperation", job.SystemJobId);

    [Fact]
    public void An_asynchronous_step_runs_only_when_the_queue_is_drained()
    {
        Guid id = _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        Assert.Equal(1, Queue.Pending);
        Assert.Equal(0, _organization.Count("task"));

        AsyncJob job = Queue.Jobs.Single();
        Assert.Equal(("Create", "account", id), (job.MessageName, job.PrimaryEntityName, job.PrimaryEntityId));
        Entity row = SystemJob(job);
        Assert.Equal(job.Step.Name, row.GetAttributeValue<string>("name"));
        Assert.Equal(new EntityReference("account", id), row.GetAttributeValue<EntityReference>("regardingobjectid"));

        Queue.Drain();
        Assert.Equal(0, Queue.Pending);
        Assert.Equal(IdempotentTaskPlugin.Subject, _organization.Query("task").Single().GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void An_async_retry_that_succeeds_on_the_third_attempt()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#retry-an-asynchronous-plug-in
        Guid id = _organization.GetService().Create(new Entity("contact") { ["lastname"] = "Flaky" });
        AsyncJob job = Queue.Jobs.Single();

        var results = Queue.Drain();

        AsyncJobResult result = results.Single(r => r.Job == job);
        Assert.Equal((StepOutcome.Succeeded, 3), (result.Outcome, result.Attempts));
        var runs = _organization.Plugins().Log.RunsOf(typeof(RetryPlugin));
        Assert.Equal(new[] { StepOutcome.Retry, StepOutcome.Retry, StepOutcome.Succeeded }, runs.Select(r => r.Outcome));
        Assert.Equal(new[] { 1, 2, 3 }, runs.Select(r => r.Attempt));
        Assert.Equal("InvalidPluginExecutionException: the remote service is busy (run 2)", runs[1].Error);
        Assert.Equal("synced after 3 runs", _organization.Query("task").Single(t => t.GetAttributeValue<EntityReference>("regardingobjectid")?.Id == id).GetAttributeValue<string>("subject"));

        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation#BKMK_StatusCode
        Entity row = SystemJob(job);
        Assert.Equal(3, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(30, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal(2, row.GetAttributeValue<int>("retrycount"));
    }

    [Fact]
    public void A_job_that_keeps_asking_for_a_retry_fails_after_four_attempts()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#retry-an-asynchronous-plug-in
        // ("the asynchronous service will attempt to run your plug-in four times. If it doesn't succeed within four attempts it will fail.")
        Guid id = _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        Queue.Drain();
        _organization.GetService().Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });
        AsyncJob job = Queue.Jobs.Last();

        AsyncJobResult result = Queue.Drain().Single();

        Assert.Equal((StepOutcome.Failed, 4), (result.Outcome, result.Attempts));
        Assert.Equal(AsyncJobStatus.Failed, job.Status);
        Entity row = SystemJob(job);
        Assert.Equal(31, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal("the remote service is busy (run 4)", row.GetAttributeValue<string>("message"));
        Assert.Equal(ErrorCodes.IsvAborted, row.GetAttributeValue<int>("errorcode"));
    }

    [Fact]
    public void A_failure_that_is_not_a_retry_is_recorded_as_a_failed_system_job_at_once()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#how-asynchronous-plug-ins-exceptions-are-handled
        Guid id = _organization.GetService().Create(new Entity("contact") { ["lastname"] = "Fine" });
        Queue.Drain();
        _organization.GetService().Update(new Entity("contact", id) { ["firstname"] = "Not" });
        AsyncJob job = Queue.Jobs.Last();

        AsyncJobResult result = Queue.Drain().Single();
        Assert.Equal((StepOutcome.Failed, 1, "async boom"), (result.Outcome, result.Attempts, result.Error));
        Entity row = SystemJob(job);
        Assert.Equal((3, 31), (row.GetAttributeValue<OptionSetValue>("statecode")!.Value, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value));
        Assert.Equal("async boom", row.GetAttributeValue<string>("message"));
        // The operation that queued it committed: an asynchronous failure cancels nothing.
        Assert.Equal("Not", _organization.Get("contact", id).GetAttributeValue<string>("firstname"));
    }

    [Fact]
    public void A_re_delivered_async_step_runs_twice_and_an_idempotent_plug_in_writes_once()
    {
        _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        AsyncJob job = Queue.Jobs.Single();
        Queue.Drain();

        Queue.Redeliver(job);
        AsyncJobResult again = Queue.Drain().Single(r => r.Job == job);

        Assert.Equal((2, StepOutcome.Succeeded), (again.Delivery, again.Outcome));
        Assert.Equal(2, _organization.Plugins().Log.RunsOf(typeof(IdempotentTaskPlugin)).Count);
        Assert.Single(_organization.Query("task"), t => t.GetAttributeValue<string>("subject") == IdempotentTaskPlugin.Subject);
    }

    [Fact]
    public void Redelivering_every_success_delivers_each_job_twice()
    {
        Queue.RedeliverEverySuccess = true;
        _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        _organization.GetService().Create(new Entity("account") { ["name"] = "Fabrikam" });
        var results = Queue.Drain().Where(r => r.Job.Step.PluginType == typeof(IdempotentTaskPlugin)).ToList();
        Assert.Equal(new[] { 1, 1, 2, 2 }, results.Select(r => r.Delivery));
        Assert.Equal(2, _organization.Query("task").Count(t => t.GetAttributeValue<string>("subject") == IdempotentTaskPlugin.Subject));
    }

    [Fact]
    public void Jobs_run_first_in_first_out()
    {
        _organization.GetService().Create(new Entity("account") { ["name"] = "first" });
        _organization.GetService().Create(new Entity("contact") { ["lastname"] = "second" });
        _organization.GetService().Create(new Entity("account") { ["name"] = "third" });
        var order = Queue.Drain().Select(r => (r.Job.PrimaryEntityName, r.Job.Step.PluginType.Name)).Take(3);
        Assert.Equal(new[] { ("account", "IdempotentTaskPlugin"), ("account", "IdempotentTaskPlugin"), ("task", "RecordingPlugin") }, order);
    }

    [Fact]
    public void A_successful_job_with_AsyncAutoDelete_leaves_no_system_job()
    {
        _organization.GetService().Create(new Entity("task") { ["subject"] = "ephemeral" });
        AsyncJob job = Queue.Jobs.Single();
        Assert.NotNull(_organization.Find("asyncoperation", job.SystemJobId));
        Queue.Drain();
        Assert.Equal(AsyncJobStatus.Succeeded, job.Status);
        Assert.Null(_organization.Find("asyncoperation", job.SystemJobId));
    }

    [Fact]
    public void An_asynchronous_plug_ins_calls_are_one_level_deeper_than_its_operation()
    {
        _organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        AsyncJob welcome = Queue.Jobs.Single();
        Assert.Equal(1, welcome.Depth);
        Queue.Drain();

        // The welcome task was created by the asynchronous plug-in: its own asynchronous step ran at depth 2.
        AsyncJob taskJob = Queue.Jobs.Single(j => j.PrimaryEntityName == "task");
        Assert.Equal(2, taskJob.Depth);
        Assert.Equal(welcome.CorrelationId, taskJob.CorrelationId);
        Assert.Equal(2, _organization.Plugins().Log.ServiceCallsBy(typeof(IdempotentTaskPlugin)).Single(c => c.MessageName == "Create").Depth);
    }
}
