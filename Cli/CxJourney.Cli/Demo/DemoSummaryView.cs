using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace CxJourney.Cli.Demo;

/// <summary>The terminal summary: totals, figures overall and by segment and channel, follow-ups by rule, and service calls per operation.</summary>
internal static class DemoSummaryView
{
    public static void Render(IAnsiConsole console, DemoResults results, DemoReport report)
    {
        console.WriteLine();
        console.MarkupLineInterpolated(
            $"[bold]{report.Contacts}[/] contacts, [bold]{report.Touchpoints}[/] touchpoints, [bold]{report.Cases}[/] cases ([bold]{report.CasesScored}[/] scored), [bold]{report.Feedback}[/] survey answers");

        var kpis = new Table().Title("Customer experience").AddColumn("Figure").AddColumn(new TableColumn("Value").RightAligned()).AddColumn("Over");
        var k = report.Kpis;
        kpis.AddRow("CSAT average (1-5)", Format(k.CsatAverage), "CSAT answers");
        kpis.AddRow("CSAT top-2-box", Percent(k.CsatTop2Percent), "CSAT answers 4 or 5");
        kpis.AddRow("NPS (-100..100)", Format(k.Nps, "0.0"), "NPS answers");
        kpis.AddRow("CES average (1-7, lower is better)", Format(k.CesAverage), "CES answers");
        kpis.AddRow("First contact resolution", Percent(k.FcrPercent), "resolved cases");
        kpis.AddRow("Resolve-by met", Percent(k.ResolveByMetPercent), "resolved or overdue cases");
        kpis.AddRow("First response, median", Minutes(k.FirstResponseMinutesMedian), "cases with a response");
        console.Write(kpis);

        Breakdown(console, "By segment", results.BySegment);
        Breakdown(console, "By channel (cases by origin, answers by where they were given)", results.ByChannel);

        var followUps = new Table().Title("Follow-ups created").AddColumn("Rule").AddColumn(new TableColumn("Activities").RightAligned());
        foreach (var (rule, count) in report.FollowUps) followUps.AddRow(Markup.Escape(rule), count.ToString(CultureInfo.InvariantCulture));
        followUps.AddRow("[bold]total[/]", $"[bold]{report.FollowUps.Sum(f => f.Value)}[/]");
        console.Write(followUps);

        var calls = new Table().Title("Service calls made by the plug-ins").AddColumn("Plug-in").AddColumn(new TableColumn("Runs").RightAligned())
            .AddColumn(new TableColumn("Calls").RightAligned()).AddColumn(new TableColumn("Calls per run").RightAligned()).AddColumn(new TableColumn("Failed").RightAligned())
            .AddColumn(new TableColumn("ms per run").RightAligned());
        foreach (StepTotals step in results.Replay.Calls.Plugins)
        {
            calls.AddRow(Markup.Escape(step.Name), Count(step.Runs), Count(step.Calls),
                step.Runs == 0 ? "-" : ((double)step.Calls / step.Runs).ToString("0.00", CultureInfo.InvariantCulture), Count(step.Failed),
                step.Runs == 0 ? "-" : (step.Time.TotalMilliseconds / step.Runs).ToString("0.00", CultureInfo.InvariantCulture));
        }
        console.Write(calls);
        console.MarkupLineInterpolated($"Capture: [bold]{Format(report.CapturePerTouchpoint)}[/] service calls per touchpoint recorded, [bold]{Format(report.CaptureReadsPerEvent)}[/] reads per event. Case events: [bold]{Format(report.ScoringPerCase)}[/] service calls per case scored (score, follow-ups, journey health). System jobs: [bold]{Format(report.AsyncPerTouchpoint)}[/] service calls per touchpoint.");

        var totals = results.Replay.Calls;
        if (totals.FailedOperations > 0 || totals.FailedJobs > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{totals.FailedOperations} operations and {totals.FailedJobs} asynchronous jobs failed[/]; the first ones:");
            foreach (string failure in results.Replay.Failures) console.MarkupLineInterpolated($"  [yellow]{failure}[/]");
        }
    }

    private static void Breakdown(IAnsiConsole console, string title, IReadOnlyList<KpiGroup> groups)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn("");
        foreach (string header in new[] { "Cases scored", "Answers", "CSAT", "Top-2", "NPS", "CES", "FCR", "Resolve-by met", "First resp." })
            table.AddColumn(new TableColumn(header).RightAligned());
        foreach (KpiGroup g in groups)
        {
            var k = g.Kpis;
            table.AddRow(Markup.Escape(g.Label), Count(k.CasesScored), Count(k.Answers), Format(k.CsatAverage), Percent(k.CsatTop2Percent),
                Format(k.Nps, "0.0"), Format(k.CesAverage), Percent(k.FcrPercent), Percent(k.ResolveByMetPercent), Minutes(k.FirstResponseMinutesMedian));
        }
        console.Write(table);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Format(double? value, string format = "0.00") => value is double v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Percent(double? value) => value is double v ? v.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-";

    private static string Minutes(double? value)
    {
        if (value is not double minutes) return "-";
        var span = TimeSpan.FromMinutes(minutes);
        return span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes:0} min");
    }
}
