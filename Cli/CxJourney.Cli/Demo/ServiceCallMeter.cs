using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Demo;

/// <summary>
/// Counts, per plug-in class, the step runs and the service calls they made, from the pipeline's
/// execution log. The log keeps every run with its trace; a year of a business would hold hundreds
/// of thousands, so the meter folds them into counts after each event and clears the log.
/// </summary>
public sealed class ServiceCallMeter
{
    private readonly PluginPipeline? _pipeline;
    private readonly Dictionary<string, StepTotals> _byPlugin = new(StringComparer.Ordinal);
    private int _failedOperations;
    private int _failedJobs;
    private int _asyncCalls;

    public ServiceCallMeter(PluginPipeline? pipeline) { _pipeline = pipeline; }

    public void Collect()
    {
        if (_pipeline is null) return;
        ExecutionLog log = _pipeline.Log;
        foreach (StepRun run in log.StepRuns)
        {
            string name = run.PluginType.FullName ?? run.PluginType.Name;
            if (!_byPlugin.TryGetValue(name, out StepTotals? totals))
            {
                totals = new StepTotals(name, run.PluginType.Name);
                _byPlugin[name] = totals;
            }
            totals.Runs++;
            int calls = run.ServiceCalls.Count;
            totals.Calls += calls;
            if (calls > 0) totals.RunsWithCalls++;
            int reads = run.ServiceCalls.Count(c => c.MessageName is "Retrieve" or "RetrieveMultiple");
            totals.Reads += reads;
            if (calls > reads)
            {
                totals.RunsWithWrites++;
                totals.CallsOfRunsWithWrites += calls;
            }
            if (run.Outcome == StepOutcome.Failed) totals.Failed++;
            totals.Time += run.Duration;
            if (InJob(run)) _asyncCalls += calls;
        }
        log.Clear();
    }

    /// <summary>A run of an asynchronous step, or of a synchronous one that a job's own write set off.</summary>
    private static bool InJob(StepRun run)
    {
        for (StepRun? r = run; r is not null; r = r.Caller)
            if (r.Mode == PluginStepMode.Asynchronous) return true;
        return false;
    }

    public void CountFailedOperation() => _failedOperations++;

    public void CountFailedJob() => _failedJobs++;

    public ServiceCallTotals Snapshot() => new(
        _byPlugin.Values.OrderBy(t => t.FullName, StringComparer.Ordinal).Select(t => t with { }).ToList(),
        _failedOperations,
        _failedJobs)
    {
        AsyncCalls = _asyncCalls,
    };
}

/// <summary>One plug-in class's runs and the service calls they made.</summary>
public sealed record StepTotals(string FullName, string Name)
{
    public int Runs { get; set; }

    /// <summary>Runs that made at least one call: the ones that did work rather than return at once.</summary>
    public int RunsWithCalls { get; set; }

    public int Calls { get; set; }

    /// <summary>Calls that read (Retrieve, RetrieveMultiple).</summary>
    public int Reads { get; set; }

    /// <summary>Runs that wrote something, and the calls those runs made: a scoring that scored, not one that found its work done.</summary>
    public int RunsWithWrites { get; set; }

    public int CallsOfRunsWithWrites { get; set; }

    public int Failed { get; set; }

    /// <summary>Time spent in the runs, nested runs included (machine-dependent: shown, never reported).</summary>
    public TimeSpan Time { get; set; }
}

/// <summary>The meter's counts at the end of a replay; failed operations and jobs say the product misbehaved.</summary>
public sealed record ServiceCallTotals(IReadOnlyList<StepTotals> Plugins, int FailedOperations, int FailedJobs)
{
    /// <summary>Service calls made in system jobs: asynchronous steps, and synchronous steps their own writes set off.</summary>
    public int AsyncCalls { get; init; }

    /// <summary>The plug-in classes of a namespace (e.g. CxJourney.Plugins.Capture), summed.</summary>
    public (int Runs, int RunsWithCalls, int Calls) Of(Func<StepTotals, bool> which)
    {
        var chosen = Plugins.Where(which).ToList();
        return (chosen.Sum(p => p.Runs), chosen.Sum(p => p.RunsWithCalls), chosen.Sum(p => p.Calls));
    }
}
