using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using CxJourney.Cli.Commands;

namespace CxJourney.Cli.Tests.Demo;

/// <summary>
/// `cxjourney demo --no-serve`: a generated business replayed through the product's plug-ins. The figures
/// of the report are recomputed here from the exported CSV files alone, with the definitions the README
/// documents, so the report, the export and the definitions have to agree.
/// </summary>
public sealed class DemoCommandTests : IClassFixture<DemoRuns>
{
    private static readonly string[] TopLevelKeys =
        ["contacts", "touchpoints", "cases", "casesScored", "feedback", "followUps", "kpis", "serviceCalls", "seconds"];

    private static readonly string[] KpiKeys =
        ["csatAverage", "csatTop2Percent", "nps", "cesAverage", "fcrPercent", "resolveByMetPercent", "firstResponseMinutesMedian",
         "csatPredictionMae", "csatBaselineMae", "cesPredictionMae", "cesBaselineMae"];

    private static readonly string[] RuleIds =
        ["poor-case", "detractor", "promoter", "high-effort", "reopened", "resolve-by-missed", "angry-email"];

    private readonly DemoRuns _runs;

    public DemoCommandTests(DemoRuns runs) { _runs = runs; }

    [Fact]
    public void A_run_exits_0_and_prints_the_figures_follow_ups_and_service_calls()
    {
        var run = _runs.First;
        Assert.True(run.Code == ExitCodes.Ok, $"exit {run.Code}\n{run.Error}\n{run.Out}");
        foreach (var heading in new[] { "Customer experience", "By segment", "By channel", "Follow-ups created", "Service calls made by the plug-ins" })
            Assert.Contains(heading, run.Out, StringComparison.Ordinal);
        // Exit 0 also says no operation or asynchronous job failed: the demo exits 1 and lists them otherwise.
        Assert.DoesNotContain("asynchronous jobs failed", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_except_seconds()
    {
        Assert.True(_runs.First.Report.GetProperty("seconds").GetDouble() > 0);
        Assert.Equal(WithoutSeconds(_runs.First.Json), WithoutSeconds(_runs.Again.Json));
    }

    [Fact]
    public void Jobs_that_wait_for_the_asynchronous_service_change_no_figure_and_cost_fewer_calls()
    {
        // By default a system job waits up to a minute, as on the platform, and the jobs queued meanwhile run together:
        // the business's figures are those of jobs run right after every event, and the rollups that find several
        // touchpoints waiting on a journey count them at once.
        Assert.True(_runs.Instant.Code == ExitCodes.Ok, _runs.Instant.Error);
        static string Figures(string json)
        {
            var node = JsonNode.Parse(WithoutSeconds(json))!.AsObject();
            Assert.True(node["serviceCalls"]!.AsObject().Remove("asyncPerTouchpoint"));
            return node.ToJsonString();
        }
        Assert.Equal(Figures(_runs.Instant.Json), Figures(_runs.First.Json));
        double Async(DemoRun run) => run.Report.GetProperty("serviceCalls").GetProperty("asyncPerTouchpoint").GetDouble();
        Assert.True(Async(_runs.First) < Async(_runs.Instant), $"{Async(_runs.First)} calls per touchpoint with jobs waiting, {Async(_runs.Instant)} without");
    }

    [Fact]
    public void Another_seed_gives_another_business()
    {
        Assert.Equal(DemoRuns.Contacts, _runs.OtherSeed.Report.GetProperty("contacts").GetInt32());
        Assert.NotEqual(WithoutSeconds(_runs.First.Json), WithoutSeconds(_runs.OtherSeed.Json));
    }

    [Fact]
    public void The_report_has_the_documented_keys_in_order()
    {
        var report = _runs.First.Report;
        Assert.Equal(TopLevelKeys, report.EnumerateObject().Select(p => p.Name));
        Assert.Equal(KpiKeys, report.GetProperty("kpis").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["capturePerTouchpoint", "captureReadsPerEvent", "scoringPerCase", "asyncPerTouchpoint"], report.GetProperty("serviceCalls").EnumerateObject().Select(p => p.Name));
        Assert.Equal(RuleIds, report.GetProperty("followUps").EnumerateObject().Select(p => p.Name));
        foreach (var kpi in report.GetProperty("kpis").EnumerateObject())
            Assert.True(kpi.Value.ValueKind == JsonValueKind.Number, $"{kpi.Name} has no value in a year of 40 contacts");
    }

    [Fact]
    public void Capture_costs_at_least_one_call_per_touchpoint_and_a_case_event_five_calls_plus_its_follow_ups()
    {
        var calls = _runs.First.Report.GetProperty("serviceCalls");
        double capture = calls.GetProperty("capturePerTouchpoint").GetDouble();
        double scoring = calls.GetProperty("scoringPerCase").GetDouble();
        double reads = calls.GetProperty("captureReadsPerEvent").GetDouble();
        // One Upsert per touchpoint and a read only where the contact is not on the record: well under one read per event.
        Assert.InRange(reads, 0.0, 1.0);
        // Writing a touchpoint is itself a service call, so fewer than one per touchpoint would mean calls went uncounted.
        Assert.InRange(capture, 1.0, 3.0);
        // The case event's one job: case query (with the contact's journey and its health ledger), variables, touchpoint
        // aggregate, score Upsert, journey health Update (five; seven before the ledger, when the contact's scores and
        // feedback were read again), plus the contact's follow-ups (two reads) and a Create per activity only for the
        // events whose rules fire: far fewer than one in two, with at most three activities each.
        Assert.InRange(scoring, 5.0, 7.5);
    }

    [Fact]
    public void System_jobs_cost_at_least_one_and_at_most_five_calls_per_touchpoint()
    {
        double jobs = _runs.First.Report.GetProperty("serviceCalls").GetProperty("asyncPerTouchpoint").GetDouble();
        // Every touchpoint queues a rollup job, and even a job that finds its touchpoint counted reads once.
        Assert.True(jobs >= 1.0, $"{jobs} calls per touchpoint: fewer than the one read every rollup job makes");
        // The journey rollup adds waiting touchpoints to the journey's running aggregates instead of re-reading the
        // history (4 calls for a job that adds, 1 for one that finds its touchpoint counted); re-reading it cost ~10.
        // Since issue 17 a touchpoint is a moment: the rows whose jobs cost one read (drafts, a call's planning row,
        // tasks) are gone, so the average per touchpoint rose while the total fell (seed 7, 40 contacts: 731
        // touchpoints and 3,523 job calls before, 503 and 3,184 after).
        Assert.True(jobs <= 7.0, $"{jobs} calls per touchpoint in system jobs");
    }

    [Fact]
    public void The_counts_recomputed_from_the_exported_csvs_match_the_report()
    {
        var report = _runs.First.Report;
        Assert.Equal(report.GetProperty("contacts").GetInt32(), Table("contacts.csv").Rows.Count);
        Assert.Equal(report.GetProperty("touchpoints").GetInt32(), Table("touchpoints.csv").Rows.Count);
        Assert.Equal(report.GetProperty("cases").GetInt32(), Table("cases.csv").Rows.Count);
        Assert.Equal(report.GetProperty("casesScored").GetInt32(), Table("casescores.csv").Rows.Count);
        Assert.Equal(report.GetProperty("feedback").GetInt32(), Table("feedback.csv").Rows.Count);

        var followUps = Table("followups.csv");
        var byRule = followUps.Rows.GroupBy(r => followUps.Cell(r, "rule")).ToDictionary(g => g.Key, g => g.Count());
        foreach (string rule in RuleIds)
            Assert.Equal(byRule.GetValueOrDefault(rule), report.GetProperty("followUps").GetProperty(rule).GetInt32());
        Assert.True(byRule.Values.Sum() > 0, "a year of cases made no follow-up at all");
    }

    [Fact]
    public void The_kpis_recomputed_from_the_exported_csvs_match_the_report()
    {
        var kpis = _runs.First.Report.GetProperty("kpis");
        var feedback = Table("feedback.csv");
        var scores = Table("casescores.csv");
        DateTime now = Table("run.csv").Rows.Where(r => r[0] == "measuredAt").Select(r => DateTime.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)).Single();

        var csat = Answers(feedback, "cx_csat");
        var ces = Answers(feedback, "cx_ces");
        var nps = Answers(feedback, "cx_nps");
        Same(csat.Average(), kpis, "csatAverage");
        Same(100.0 * csat.Count(v => v >= 4) / csat.Count, kpis, "csatTop2Percent");
        Same(100.0 * (nps.Count(v => v >= 9) - nps.Count(v => v <= 6)) / nps.Count, kpis, "nps");
        Same(ces.Average(), kpis, "cesAverage");

        var resolved = scores.Rows.Where(r => scores.Time(r, "cx_resolvedon") is not null && scores.Bool(r, "cx_firstcontactresolution") is not null).ToList();
        Same(100.0 * resolved.Count(r => scores.Bool(r, "cx_firstcontactresolution") == true) / resolved.Count, kpis, "fcrPercent");

        var decided = scores.Rows.Where(r => scores.Bool(r, "cx_resolvebymet") is not null
            && !(scores.Time(r, "cx_resolvedon") is null && scores.Time(r, "cx_resolveby") is DateTime due && due > now)).ToList();
        Same(100.0 * decided.Count(r => scores.Bool(r, "cx_resolvebymet") == true) / decided.Count, kpis, "resolveByMetPercent");

        var minutes = scores.Rows.Select(r => scores.Number(r, "cx_firstresponseminutes")).OfType<double>().OrderBy(m => m).ToList();
        double median = minutes.Count % 2 == 1 ? minutes[minutes.Count / 2] : (minutes[minutes.Count / 2 - 1] + minutes[minutes.Count / 2]) / 2;
        Same(median, kpis, "firstResponseMinutesMedian");
    }

    [Fact]
    public void The_generated_business_is_varied_where_the_figures_need_it()
    {
        var contacts = Table("contacts.csv");
        Assert.Equal(["Enterprise", "Retail", "Small business"], contacts.Rows.Select(r => contacts.Cell(r, "segment")).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(contacts.Rows, r => contacts.Bool(r, "donotphone") == true);
        Assert.Contains(contacts.Rows, r => contacts.Bool(r, "donotemail") == true);
        Assert.True(contacts.Rows.Select(r => contacts.Cell(r, "region")).Distinct().Count() >= 3);

        var scores = Table("casescores.csv");
        Assert.Contains(scores.Rows, r => scores.Bool(r, "cx_firstcontactresolution") == true);
        Assert.Contains(scores.Rows, r => scores.Bool(r, "cx_firstcontactresolution") == false);
        Assert.Contains(scores.Rows, r => scores.Number(r, "cx_reopencount") > 0);
        Assert.Contains(scores.Rows, r => scores.Bool(r, "cx_resolvebymet") == false && scores.Time(r, "cx_resolvedon") is not null);
        Assert.True(scores.Rows.Select(r => scores.Cell(r, "channel")).Distinct().Count() >= 2, "cases came in through one channel only");

        // Survey answers for a minority of cases, and anonymous kiosk answers besides.
        var feedback = Table("feedback.csv");
        int aboutCases = feedback.Rows.Count(r => feedback.Cell(r, "caseid").Length > 0);
        Assert.InRange(aboutCases, 1, Table("cases.csv").Rows.Count / 2);
        Assert.Contains(feedback.Rows, r => feedback.Cell(r, "contactid").Length == 0 && feedback.Cell(r, "channel") == "In-store kiosk");

        var touchpoints = Table("touchpoints.csv");
        var channels = touchpoints.Rows.Select(r => touchpoints.Cell(r, "channel")).ToHashSet(StringComparer.Ordinal);
        foreach (string channel in new[] { "Email", "Phone", "Case", "Order", "Invoice", "Appointment", "Survey" })
            Assert.Contains(channel, channels);
        var sentiments = touchpoints.Rows.Select(r => touchpoints.Number(r, "cx_sentiment")).OfType<double>().ToList();
        Assert.Contains(sentiments, s => s < -0.3);
        Assert.Contains(sentiments, s => s > 0.3);
    }

    /// <summary>
    /// Issue 17: one touchpoint per customer-facing moment. On the export, no source record has two touchpoints at the
    /// same instant for the same contact (a case's events are one record: the case); internal work (tasks) is not on
    /// the journey, and every touchpoint counted as customer contact (inbound or outbound) happened.
    /// </summary>
    [Fact]
    public void The_export_has_one_touchpoint_per_moment_and_no_internal_work_as_customer_contact()
    {
        var touchpoints = Table("touchpoints.csv");
        string RecordOf(IReadOnlyList<string> r) =>
            touchpoints.Cell(r, "cx_sourcetable") + ":" + (touchpoints.Cell(r, "cx_sourcetable") == "incident" ? touchpoints.Cell(r, "caseid") : touchpoints.Cell(r, "cx_sourceid"));
        var twins = touchpoints.Rows
            .GroupBy(r => (Record: RecordOf(r), Contact: touchpoints.Cell(r, "contactid"), At: touchpoints.Cell(r, "cx_occurredon")))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Record} {g.Key.At}: {string.Join(", ", g.Select(r => touchpoints.Cell(r, "kind")))}")
            .ToList();
        Assert.True(twins.Count == 0, string.Join("\n", twins.Take(10)));
        Assert.True(touchpoints.Rows.Count > 10 * DemoRuns.Contacts / 2, "too few touchpoints to say anything");

        Assert.DoesNotContain(touchpoints.Rows, r => touchpoints.Cell(r, "cx_sourcetable") == "task");
        Assert.DoesNotContain(touchpoints.Rows, r => touchpoints.Cell(r, "channel") == "Task");
        Assert.All(touchpoints.Rows, r => Assert.Equal("Happened", touchpoints.Cell(r, "status")));
        // Each email and call is one row: a sent email is not also its draft, a call not also its planning.
        foreach (string table in new[] { "email", "phonecall" })
        {
            var rows = touchpoints.Rows.Where(r => touchpoints.Cell(r, "cx_sourcetable") == table).ToList();
            Assert.NotEmpty(rows);
            Assert.Equal(rows.Count, rows.Select(r => (touchpoints.Cell(r, "cx_sourceid"), touchpoints.Cell(r, "contactid"))).Distinct().Count());
        }
    }

    [Theory]
    [InlineData("--contacts", "0")]
    [InlineData("--days", "3")]
    [InlineData("--port", "70000")]
    public void An_out_of_range_parameter_exits_2(string option, string value)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(["demo", option, value, "--no-serve"], output, error, console: null, workingDirectory: CxJourney.Tests.Shared.RepoPaths.Root);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(option, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_help_lists_its_options()
    {
        var output = new StringWriter();
        int code = Program.Run(["demo", "--help"], output, new StringWriter());
        Assert.Equal(ExitCodes.Ok, code);
        foreach (var option in new[] { "--contacts", "--days", "--seed", "--no-serve", "--port", "--report", "--export" })
            Assert.Contains(option, output.ToString(), StringComparison.Ordinal);
    }

    private CsvTable Table(string file) => CsvTable.Read(Path.Combine(_runs.ExportFolder, file));

    private static List<double> Answers(CsvTable table, string column) =>
        table.Rows.Select(r => table.Number(r, column)).OfType<double>().ToList();

    /// <summary>The report rounds to two decimals.</summary>
    private static void Same(double expected, JsonElement kpis, string name)
    {
        double reported = kpis.GetProperty(name).GetDouble();
        Assert.True(Math.Abs(expected - reported) <= 0.0051, $"{name}: recomputed {expected}, reported {reported}");
    }

    private static string WithoutSeconds(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.True(node.Remove("seconds"), "the report has no seconds");
        return node.ToJsonString();
    }
}
