using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CxJourney.Emulator;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Bench.Pipeline;

/// <summary>
/// The plug-in pipeline's own cost per Create: the same Create of a contact with 0, 1 and 3
/// registered no-op steps (pre-operation, post-operation, pre-validation), ratios against 0 steps;
/// and, for scale, the organization without any pipeline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class PipelineOverheadBenchmarks
{
    /// <summary>
    /// A short run (1 launch, 3 warm-ups, 5 iterations of 4000 Creates), in process: no generated
    /// project to build, which on a busy two-core machine outlasts BenchmarkDotNet's build timeout.
    /// </summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() =>
            AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(5)
                .WithInvocationCount(4000)
                .WithUnrollFactor(1)
                .WithToolchain(InProcessEmitToolchain.Instance));
    }

    private readonly List<BenchSolution> _solutions = new();
    private IOrganizationService _noPipeline = null!;
    private IOrganizationService _zeroSteps = null!;
    private IOrganizationService _oneStep = null!;
    private IOrganizationService _threeSteps = null!;
    private readonly Dictionary<int, BenchSolution> _byCount = new();

    [GlobalSetup]
    public void Setup()
    {
        foreach (int count in new[] { 0, 1, 3 })
        {
            var solution = new BenchSolution(count);
            _solutions.Add(solution);
            _byCount[count] = solution;
        }
    }

    /// <summary>Fresh organizations each iteration (of 4000 Creates), so the store and the execution log stay small.</summary>
    [IterationSetup]
    public void NewOrganizations()
    {
        _noPipeline = LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = _byCount[0].Root }).GetService();
        _zeroSteps = Organization(0);
        _oneStep = Organization(1);
        _threeSteps = Organization(3);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (BenchSolution solution in _solutions) solution.Dispose();
    }

    [Benchmark(Description = "Create, no pipeline")]
    public void CreateWithoutPipeline() => _noPipeline.Create(Contact());

    [Benchmark(Baseline = true, Description = "Create, 0 steps")]
    public void CreateWithZeroSteps() => _zeroSteps.Create(Contact());

    [Benchmark(Description = "Create, 1 step")]
    public void CreateWithOneStep() => _oneStep.Create(Contact());

    [Benchmark(Description = "Create, 3 steps")]
    public void CreateWithThreeSteps() => _threeSteps.Create(Contact());

    private IOrganizationService Organization(int steps) =>
        LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = _byCount[steps].Root,
            PluginAssemblies = [typeof(NoOpPlugin).Assembly],
        }).GetService();

    private static Entity Contact() => new(Tables.Contact) { [ContactColumns.FirstName] = "Bench", [ContactColumns.LastName] = "Mark" };
}
