using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.SolutionModel;

namespace CxJourney.Bench.Baseline;

/// <summary>
/// Registers the baseline's steps on an organization in code, through the pipeline's own API
/// (<see cref="StepRegistry.Load"/> over the product's tables with these steps in place of Solution/'s,
/// then <see cref="PluginPipeline.Attach(LocalOrganization, StepRegistry, PipelineSettings?)"/>), so the
/// registration rules Dataverse applies are checked for them too. Every step is synchronous, post-operation.
/// </summary>
public static class BaselineRegistrations
{
    private static readonly (Type Plugin, string Message, string Table, string[] Filter, int Rank)[] Steps =
    [
        (typeof(NaiveCapturePlugin), "Create", "email", [], 1),
        (typeof(NaiveCapturePlugin), "Create", "incident", [], 1),
        (typeof(NaiveCapturePlugin), "Update", "incident", ["statecode"], 1),
        (typeof(NaiveCapturePlugin), "Create", "cx_feedback", [], 1),
        (typeof(NaiveCaseScoringPlugin), "Update", "incident", ["statecode"], 2),
        (typeof(NaiveCaseScoringPlugin), "Create", "cx_feedback", [], 2),
    ];

    public static PluginPipeline Attach(LocalOrganization organization, SolutionDefinition productSolution)
    {
        int number = 0;
        List<PluginStepDefinition> steps = Steps.Select(s => Step(s.Plugin, s.Message, s.Table, s.Filter, s.Rank, ++number)).ToList();
        SolutionDefinition baseline = productSolution with { Steps = steps, PluginAssemblies = [] };
        StepRegistry registry = StepRegistry.Load(baseline, [typeof(NaiveCapturePlugin).Assembly], organization.Metadata);
        return PluginPipeline.Attach(organization, registry);
    }

    private static PluginStepDefinition Step(Type plugin, string message, string table, string[] filter, int rank, int number) => new()
    {
        Id = new Guid(0x0ba5e000 + number, 0, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0),
        Name = $"{plugin.FullName}: {message} of {table}",
        SdkMessageId = message == "Create" ? SdkMessages.Create : SdkMessages.Update,
        MessageName = message,
        PrimaryEntity = table,
        PluginTypeName = plugin.FullName + ", " + plugin.Assembly.FullName,
        FilteringAttributes = filter,
        Mode = PluginStepMode.Synchronous,
        Rank = rank,
        Stage = PluginStepStage.PostOperation,
        Source = new SourceLocation("(bench) " + nameof(BaselineRegistrations), $"step {number}"),
    };
}
