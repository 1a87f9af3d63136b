using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Security;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>What the execution context says, stage by stage.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context
public class ContextFidelityTests
{
    private readonly LocalOrganization _organization = PipelineFixtures.Organization("context");

    private Observation Only(string label) => Observations.For(_organization.OrganizationId, label).Single();

    private Guid CreateAda() =>
        _organization.GetService().Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace" });

    [Fact]
    public void Message_table_row_and_mode_are_those_of_the_operation()
    {
        Guid id = CreateAda();
        Observation pre = Only("create-20a");
        Assert.Equal("Create", pre.MessageName);
        Assert.Equal("contact", pre.PrimaryEntityName);
        Assert.Equal(Guid.Empty, pre.PrimaryEntityId);
        Assert.Equal(0, pre.Mode);
        Assert.Equal(1, pre.Depth);
        Assert.Equal(new EntityReference("sdkmessageprocessingstep", PipelineFixtures.StepId("c0000001", 3)), pre.OwningExtension);

        Observation post = Only("create-40");
        Assert.Equal(id, post.PrimaryEntityId);
    }

    [Fact]
    public void OutputParameters_are_empty_before_the_core_operation_and_hold_the_id_after()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#outputparameters
        Guid id = CreateAda();
        Assert.Empty(Only("create-20a").Output);
        Assert.Equal(id, Only("create-40").Output["id"]);
        Assert.IsType<Entity>(Only("create-10").Input["Target"]);
    }

    [Fact]
    public void Correlation_request_and_operation_time_are_shared_by_the_stages_of_one_request()
    {
        _organization.Clock.Set(new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc));
        CreateAda();
        Observation[] stages = Observations.For(_organization.OrganizationId).ToArray();
        Assert.Single(stages.Select(o => o.CorrelationId).Distinct());
        Assert.NotEqual(Guid.Empty, stages[0].CorrelationId);
        Assert.Single(stages.Select(o => o.RequestId).Distinct());
        Assert.All(stages, o => Assert.Equal(new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc), o.OperationCreatedOn));

        CreateAda();
        Assert.Equal(2, Observations.For(_organization.OrganizationId, "create-40").Select(o => o.CorrelationId).Distinct().Count());
    }

    [Fact]
    public void Pre_validation_of_a_request_from_outside_is_not_in_the_transaction_the_other_stages_are()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#cancelling-the-current-operation
        CreateAda();
        Assert.False(Only("create-10").IsInTransaction);
        Assert.True(Only("create-20a").IsInTransaction);
        Assert.True(Only("create-40").IsInTransaction);
    }

    [Fact]
    public void Users_organization_and_business_unit_describe_the_caller()
    {
        Guid user = _organization.NewUser("Grace", "Hopper").WithRoles(SecurityRole.SystemAdministratorName).Create();
        _organization.GetService(user).Create(new Entity("contact") { ["lastname"] = "Turing" });
        Observation seen = Only("create-10");
        Assert.Equal(user, seen.UserId);
        Assert.Equal(user, seen.InitiatingUserId);
        Assert.Equal(_organization.RootBusinessUnitId, seen.BusinessUnitId);
        Assert.Equal(_organization.OrganizationId, seen.OrganizationId);
        Assert.Equal("localorg", seen.OrganizationName);
    }

    [Fact]
    public void Pre_validation_shared_variables_reach_later_stages_through_ParentContext()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables
        // ("... to access the shared variables from a plug-in registered for the PreValidation stage that executes on Create,
        //  Update, Delete ... you must access the ParentContext.SharedVariables collection.")
        CreateAda();
        Observation pre = Only("create-20a");
        Assert.False(pre.Shared.ContainsKey("fromPreValidation"));
        Assert.Equal(10, pre.Parent!.Stage);
        Assert.Equal("create-10", pre.Parent.Shared["fromPreValidation"]);

        Observation post = Only("create-40");
        Assert.Equal("create-20b", post.Shared["fromPreOperation"]);
        Assert.Equal("create-10", post.Parent!.Shared["fromPreValidation"]);
    }

    [Fact]
    public void The_tag_optional_parameter_is_a_shared_variable()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/optional-parameters#add-a-shared-variable-to-the-plugin-execution-context
        var create = new CreateRequest { Target = new Entity("contact") { ["lastname"] = "Tagged" } };
        create.Parameters["tag"] = "import-42";
        _organization.GetService().Execute(create);
        Assert.Equal("import-42", Only("create-10").Shared["tag"]);
        Assert.Equal("import-42", Only("create-40").Shared["tag"]);
    }

    [Fact]
    public void The_service_provider_answers_every_plug_in_service_and_null_for_the_rest()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in#services-you-can-use-in-your-code
        CreateAda();
        Observation seen = Only("create-10");
        Assert.Equal(
            new[]
            {
                "IPluginExecutionContext", "IExecutionContext", "IPluginExecutionContext2", "IPluginExecutionContext3", "IPluginExecutionContext4",
                "IPluginExecutionContext5", "IPluginExecutionContext6", "IPluginExecutionContext7", "ITracingService", "IOrganizationServiceFactory", "ILogger",
            },
            seen.ServicesAnswered);
        Assert.True(seen.OtherServicesAreNull);
    }

    [Fact]
    public void Traces_and_logger_lines_are_kept_with_the_step_run()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/logging-tracing
        CreateAda();
        var run = _organization.Plugins().Log.RunsOf("CxJourney.Emulator.Tests.Pipeline.Plugins.RecordingPlugin: Create of contact (create-20b)").Single();
        Assert.Equal(new[] { "second pre-operation step at stage 20", "[Information] logged through ILogger" }, run.Trace);
    }

    [Fact]
    public void An_asynchronous_step_sees_mode_1_no_transaction_and_its_system_job()
    {
        _organization.GetService().Create(new Entity("task") { ["subject"] = "follow up" });
        Assert.Empty(Observations.For(_organization.OrganizationId, "task-async"));
        var job = Assert.Single(_organization.Plugins().AsyncQueue.Jobs);
        _organization.Plugins().AsyncQueue.Drain();

        Observation seen = Only("task-async");
        Assert.Equal(1, seen.Mode);
        Assert.Equal(40, seen.Stage);
        Assert.False(seen.IsInTransaction);
        Assert.Equal(1, seen.Depth);
        Assert.Equal(job.SystemJobId, seen.OperationId);
        Assert.NotEqual(Guid.Empty, seen.PrimaryEntityId);
    }
}
