using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Pipeline;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>Unit mode: one plug-in, a hand-made context, the same organization.</summary>
public class UnitModeTests
{
    private readonly LocalOrganization _organization = PipelineFixtures.Organization("transactions");

    private PluginUnit Unit => _organization.Plugins().Unit;

    [Fact]
    public void A_plug_in_runs_with_the_given_target_images_and_context()
    {
        var target = new Entity("contact", Guid.NewGuid()) { ["lastname"] = "Unit" };
        PluginUnitRun run = Unit.Run<RecordingPlugin>(new PluginUnitContext
        {
            MessageName = "Update",
            Stage = PluginStepStage.PostOperation,
            Target = target,
            PreImages = new Dictionary<string, Entity> { ["before"] = new Entity("contact", target.Id) { ["lastname"] = "Old" } },
            SharedVariables = new Dictionary<string, object?> { ["flag"] = true },
            Depth = 3,
        }, "label=unit;share=seen");

        Assert.True(run.Succeeded);
        Observation seen = Observations.For(_organization.OrganizationId, "unit").Single();
        Assert.Equal(("Update", 40, 3, "contact", target.Id), (seen.MessageName, seen.Stage, seen.Depth, seen.PrimaryEntityName, seen.PrimaryEntityId));
        Assert.Equal("Old", seen.PreImages["before"].GetAttributeValue<string>("lastname"));
        Assert.Equal(true, seen.Shared["flag"]);
        Assert.True(seen.IsInTransaction);
        Assert.Equal("unit", run.Context.SharedVariables["seen"]);
    }

    [Fact]
    public void Its_service_calls_are_real_requests_one_level_deeper_that_run_the_registered_steps()
    {
        PluginUnitRun run = Unit.Run(new NestedWriterPlugin("subject=from a unit run"), new PluginUnitContext
        {
            Target = new Entity("lead") { ["lastname"] = "Unit" },
            Stage = PluginStepStage.PreOperation,
        });

        run.ThrowIfFailed();
        Assert.Equal("from a unit run", _organization.Query("task").Single().GetAttributeValue<string>("subject"));
        ServiceCall call = run.ServiceCalls.Single();
        Assert.Equal(("Create", "task", 2), (call.MessageName, call.PrimaryEntityName, call.Depth));
        Assert.Single(Observations.For(_organization.OrganizationId, "nested-task-20"));
    }

    [Fact]
    public void A_failed_unit_run_rolls_back_its_writes_and_reports_the_fault()
    {
        PluginUnitRun run = Unit.Run(new NestedWriterPlugin("subject=doomed"), new PluginUnitContext
        {
            Target = new Entity("account") { ["name"] = "fail-nested" },
            Stage = PluginStepStage.PostOperation,
            PrimaryEntityId = Guid.Empty,
        });

        Assert.False(run.Succeeded);
        Assert.Equal(ErrorCodes.IsvAborted, run.Fault!.Detail.ErrorCode);
        Assert.Equal("contact refused", run.Fault.Detail.Message);
        Assert.Equal(0, _organization.Count("task"));
        Assert.Equal(StepOutcome.Failed, run.Run.Outcome);
    }

    [Fact]
    public void A_unit_run_outside_a_transaction_keeps_what_succeeded_before_the_failure()
    {
        PluginUnitRun run = Unit.Run(new NestedWriterPlugin("subject=kept"), new PluginUnitContext
        {
            Target = new Entity("account") { ["name"] = "fail-nested" },
            Stage = PluginStepStage.PreValidation,
        });
        Assert.False(run.Succeeded);
        Assert.False(run.Context.IsInTransaction);
        Assert.Equal("kept", _organization.Query("task").Single().GetAttributeValue<string>("subject"));
    }
}
