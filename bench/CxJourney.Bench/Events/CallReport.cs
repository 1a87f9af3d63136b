using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CxJourney.Bench.Baseline;
using CxJourney.TestSupport.Events;

namespace CxJourney.Bench.Events;

/// <summary>
/// The service-call report (`dotnet run -c Release --project bench/CxJourney.Bench -- --calls`): every
/// event of <see cref="EventScenario.All"/> through the product and through the baseline, each in a
/// fresh organization, printed as Markdown tables of counts and ratios. Counts are exact and
/// repeatable; times are the best of a few runs (the BenchmarkDotNet suites time them properly).
/// </summary>
public static class CallReport
{
    /// <summary>The core of the report: one event in a fresh product organization and a fresh baseline one.</summary>
    public static (EventCost Product, EventCost Baseline) Compare(EventScenario scenario) =>
        (EventCost.Measure(EventWorld.Product(), scenario), EventCost.Measure(BaselineWorld.Create(), scenario));

    /// <summary>
    /// Runs per event and side: counts must agree; times and allocations are the least of the runs, the
    /// figure least disturbed by other processes on a shared 2-core machine.
    /// </summary>
    private const int Runs = 5;

    public static void Run(TextWriter output)
    {
        output.WriteLine("Warming up (JIT) on small events...");
        foreach (EventScenario warmUp in new[] { EventScenario.InboundEmail, EventScenario.OutboundEmailToFive, EventScenario.CaseCreated, EventScenario.CaseResolved(3), EventScenario.FeedbackArrived, EventScenario.ExecuteMultipleEmails(10) })
        {
            Compare(warmUp);
        }

        var results = new List<(EventCost Product, EventCost Baseline)>();
        foreach (EventScenario scenario in EventScenario.All)
        {
            output.WriteLine($"  {scenario.Name} ({Runs} runs each side; times are the best run)...");
            var runs = Enumerable.Range(0, Runs).Select(_ => Compare(scenario)).ToList();
            results.Add((Best(runs.Select(r => r.Product).ToList(), output), Best(runs.Select(r => r.Baseline).ToList(), output)));
        }
        output.WriteLine();
        WriteEvents(output, results);
        output.WriteLine();
        WriteScoring(output, results.Where(r => r.Product.Event.StartsWith("Case resolved", StringComparison.Ordinal)).ToList());
        output.WriteLine();
        WritePlugins(output, results);
    }

    private static void WriteEvents(TextWriter output, IReadOnlyList<(EventCost Product, EventCost Baseline)> results)
    {
        output.WriteLine("Per event. Sync = inside the user's request; async = the system jobs it queued (all drained). P = product, B = baseline.");
        output.WriteLine("Request/jobs ms are wall-clock including the organization's own work; in-plugin ms exclude it.");
        output.WriteLine();
        output.WriteLine("| Event | Contacts touched | Touchpoints written in request P/B | Sync calls P | Sync calls B | Sync calls B/P | Async calls P | Async calls B | Request ms P | Request ms B | Jobs ms P | In-plugin ms P (sync+async) | In-plugin ms B | Allocated KB P | Allocated KB B |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach ((EventCost p, EventCost b) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {p.Event} | {p.ContactsTouched:N0} | {p.TouchpointsWrittenInRequest:N0}/{b.TouchpointsWrittenInRequest:N0} | {p.SyncCalls:N0} | {b.SyncCalls:N0} | {Ratio(b.SyncCalls, p.SyncCalls)} " +
                $"| {p.AsyncCalls:N0} | {b.AsyncCalls:N0} | {Ms(p.RequestElapsed)} | {Ms(b.RequestElapsed)} | {Ms(p.JobsElapsed)} " +
                $"| {Ms(p.SyncPluginTime)}+{Ms(p.AsyncPluginTime)} | {Ms(b.PluginTime)} | {p.AllocatedBytes / 1024:N0} | {b.AllocatedBytes / 1024:N0} |"));
        }
    }

    private static void WriteScoring(TextWriter output, IReadOnlyList<(EventCost Product, EventCost Baseline)> results)
    {
        output.WriteLine("Case scoring as history grows (the scoring plug-in's own calls and in-plugin time when the case is resolved):");
        output.WriteLine();
        output.WriteLine("| Event | Product case-job calls (follow-ups aside) | Baseline scoring calls | Product scoring in-plugin ms | Baseline scoring in-plugin ms | Allocated KB product (whole event) | Allocated KB baseline (whole event) |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|");
        foreach ((EventCost p, EventCost b) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {p.Event} | {p.ScoringCalls} | {b.ScoringCalls} | {Ms(p.ScoringPluginTime)} | {Ms(b.ScoringPluginTime)} | {p.AllocatedBytes / 1024:N0} | {b.AllocatedBytes / 1024:N0} |"));
        }
    }

    private static void WritePlugins(TextWriter output, IReadOnlyList<(EventCost Product, EventCost Baseline)> results)
    {
        output.WriteLine("Calls by plug-in class:");
        output.WriteLine();
        output.WriteLine("| Event | Product | Baseline |");
        output.WriteLine("|---|---|---|");
        foreach ((EventCost p, EventCost b) in results)
        {
            output.WriteLine($"| {p.Event} | {ByPlugin(p)} | {ByPlugin(b)} |");
        }
    }

    private static EventCost Best(IReadOnlyList<EventCost> runs, TextWriter output)
    {
        EventCost first = runs[0];
        foreach (EventCost other in runs.Skip(1))
        {
            if (other.SyncCalls != first.SyncCalls || other.AsyncCalls != first.AsyncCalls || other.ScoringCalls != first.ScoringCalls)
            {
                output.WriteLine($"  WARNING: {first.World} '{first.Event}' made different calls across runs ({first.SyncCalls}+{first.AsyncCalls} vs {other.SyncCalls}+{other.AsyncCalls}).");
            }
        }
        return first with
        {
            SyncPluginTime = runs.Min(r => r.SyncPluginTime),
            AsyncPluginTime = runs.Min(r => r.AsyncPluginTime),
            ScoringPluginTime = runs.Min(r => r.ScoringPluginTime),
            RequestElapsed = runs.Min(r => r.RequestElapsed),
            JobsElapsed = runs.Min(r => r.JobsElapsed),
            AllocatedBytes = runs.Min(r => r.AllocatedBytes),
        };
    }

    private static string ByPlugin(EventCost cost) =>
        string.Join(", ", cost.CallsByPlugin.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));

    private static string Ratio(int baseline, int product) =>
        product == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{(double)baseline / product:0.##}x");

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
