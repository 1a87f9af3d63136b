using System;
using BenchmarkDotNet.Attributes;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CxJourney.Bench.Infrastructure;

/// <summary>
/// A short job (1 launch, 3 warm-ups unless told, <c>iterations</c> measured, 100 ms per iteration) run inside
/// the benchmark process.
/// Out of process, BenchmarkDotNet rebuilds the whole project graph (SDK, emulator, plug-ins) for
/// each run, which takes longer than its 2-minute build timeout on this 2-core machine; in
/// process there is nothing to build, and every suite fits the 10-minute budget.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ShortInProcessJobAttribute : JobConfigBaseAttribute
{
    public ShortInProcessJobAttribute(int iterations = 8, int invocationCount = 0, int warmups = 3)
        : base(Build(iterations, invocationCount, warmups))
    {
    }

    private static Job Build(int iterations, int invocationCount, int warmups)
    {
        Job job = Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithIterationTime(TimeInterval.FromMilliseconds(100));
        // Cases whose state is rebuilt in [IterationSetup] run a fixed, small number of invocations per iteration.
        return invocationCount > 0 ? job.WithInvocationCount(invocationCount).WithUnrollFactor(1) : job;
    }
}
