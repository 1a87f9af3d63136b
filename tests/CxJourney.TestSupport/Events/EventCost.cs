using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Model;
using CxJourney.SolutionModel;

namespace CxJourney.TestSupport.Events;

/// <summary>
/// What one event cost in one world, read from the pipeline's execution log after the event and
/// every asynchronous job it queued have run. Sync counts what ran inside the user's request (its
/// latency); async what ran in the system jobs it queued (including synchronous steps those jobs' own
/// writes set off). In-plugin time is each step run's duration less the
/// time spent inside its own service calls (the organization's work, and the steps those calls ran,
/// which are counted as runs of their own), so it is the plug-ins' code alone.
/// </summary>
public sealed record EventCost(
    string World,
    string Event,
    int ContactsTouched,
    int TouchpointsWrittenInRequest,
    int SyncCalls,
    int AsyncCalls,
    int CaptureCalls,
    int ScoringCalls,
    TimeSpan SyncPluginTime,
    TimeSpan AsyncPluginTime,
    TimeSpan ScoringPluginTime,
    long AllocatedBytes,
    TimeSpan RequestElapsed,
    TimeSpan JobsElapsed,
    IReadOnlyDictionary<string, int> CallsByPlugin)
{
    public int TotalCalls => SyncCalls + AsyncCalls;

    public TimeSpan PluginTime => SyncPluginTime + AsyncPluginTime;

    /// <summary>Sets the scenario up in <paramref name="world"/>, runs the event, drains the asynchronous queue, and reads the log.</summary>
    public static EventCost Measure(EventWorld world, EventScenario scenario)
    {
        Action run = scenario.Prepare(world);
        world.Pipeline.AsyncQueue.Drain();
        world.Pipeline.Log.Enabled = true;
        world.Pipeline.Log.Clear();

        int touchpointsBefore = world.Organization.Count(Tables.Touchpoint);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        run();
        TimeSpan request = Stopwatch.GetElapsedTime(started);
        int touchpointsWritten = world.Organization.Count(Tables.Touchpoint) - touchpointsBefore;
        started = Stopwatch.GetTimestamp();
        world.Pipeline.AsyncQueue.Drain();
        TimeSpan jobs = Stopwatch.GetElapsedTime(started);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        IReadOnlyList<StepRun> runs = world.Pipeline.Log.StepRuns;
        List<StepRun> sync = runs.Where(InsideTheRequest).ToList();
        List<StepRun> async = runs.Where(r => !InsideTheRequest(r)).ToList();
        List<StepRun> scoring = runs.Where(r => r.PluginType == world.ScoringPlugin).ToList();
        return new EventCost(
            world.Name,
            scenario.Name,
            scenario.ContactsTouched,
            touchpointsWritten,
            Calls(sync),
            Calls(async),
            Calls(sync.Where(r => world.CapturePlugins.Contains(r.PluginType))),
            scoring.Sum(r => r.ServiceCalls.Count(c => !FollowUpTables.Contains(c.PrimaryEntityName))),
            InPlugin(sync),
            InPlugin(async),
            InPlugin(scoring),
            allocated,
            request,
            jobs,
            runs.GroupBy(r => r.PluginType.Name).ToDictionary(g => g.Key, g => Calls(g)));
    }

    /// <summary>
    /// A synchronous run started, directly or through other synchronous runs' calls, by the user's
    /// request; a synchronous step that an asynchronous job's call set off runs in that job instead.
    /// </summary>
    private static bool InsideTheRequest(StepRun run)
    {
        for (StepRun? r = run; r is not null; r = r.Caller)
        {
            if (r.Mode == PluginStepMode.Asynchronous) return false;
        }
        return true;
    }

    /// <summary>
    /// The tables only the follow-ups of a case event read and write (the contact's open follow-ups, the CX team and
    /// its queue, the activities created): the scoring job plans them too, and whether a rule fires depends on the case.
    /// </summary>
    private static readonly HashSet<string> FollowUpTables = new(StringComparer.Ordinal) { "task", "phonecall", "email", "queue", "team" };

    private static int Calls(IEnumerable<StepRun> runs) => runs.Sum(r => r.ServiceCalls.Count);

    private static TimeSpan InPlugin(IEnumerable<StepRun> runs) =>
        runs.Aggregate(TimeSpan.Zero, (sum, run) => sum + run.Duration - run.ServiceCalls.Aggregate(TimeSpan.Zero, (calls, call) => calls + call.Duration));
}
