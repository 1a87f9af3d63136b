using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using CxJourney.Cli.Demo;
using CxJourney.Cli.Workspace;
using CxJourney.Emulator;
using CxJourney.SolutionModel;
using CxJourney.WebApi;
using Spectre.Console;

namespace CxJourney.Cli.Commands;

/// <summary>
/// `cxjourney demo`: generates a business from a seed, replays it through a local organization running
/// the product's plug-ins, prints the customer-experience figures and the plug-ins' service calls, then
/// serves the journey views and the Web API on 127.0.0.1 until Ctrl+C (unless --no-serve).
/// </summary>
public static class DemoCommand
{
    public const int DefaultContacts = 500;
    public const int DefaultDays = 365;
    public const int DefaultSeed = 42;
    public const int DefaultPort = 5080;

    public static Command Create(CliContext cli)
    {
        var contacts = new Option<int>("--contacts") { Description = "How many contacts the business has", DefaultValueFactory = _ => DefaultContacts };
        var days = new Option<int>("--days") { Description = "How many days of history to generate", DefaultValueFactory = _ => DefaultDays };
        var seed = new Option<int>("--seed") { Description = "The seed of the generator: the same seed gives the same business and report", DefaultValueFactory = _ => DefaultSeed };
        var noServe = new Option<bool>("--no-serve") { Description = "Exit after the summary instead of serving the views and the Web API" };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 to serve on (0: any free port)", DefaultValueFactory = _ => DefaultPort };
        var report = new Option<FileInfo?>("--report") { Description = "Write the summary as JSON to this file" };
        var export = new Option<DirectoryInfo?>("--export") { Description = "Write the generated and derived tables as CSV files into this folder" };
        var solution = new Option<FileSystemInfo?>("--solution")
        {
            Description = "The unpacked solution folder, or a solution zip `pack` wrote (e.g. out/CxJourney_1_0_0_0_managed.zip) [default: Solution/ of the repository]",
            CustomParser = result => result.Tokens.Count == 0 ? null
                : File.Exists(result.Tokens[0].Value) ? new FileInfo(result.Tokens[0].Value) : new DirectoryInfo(result.Tokens[0].Value),
        };
        var jobDelay = new Option<int>("--job-delay")
        {
            Description = "Seconds (of the business's time) a system job waits for the asynchronous service; jobs queued meanwhile run together. 0: right after every event",
            DefaultValueFactory = _ => (int)DemoReplay.DefaultJobDelay.TotalSeconds,
        };
        var asUser = new Option<string?>("--as") { Description = "Serve the views and the Web API as this user (domain name or full name) with that user's privileges [default: the administrator]" };

        var command = new Command("demo", "Replay a generated business through the plug-ins, print its customer-experience figures, and serve the journey views")
        {
            contacts, days, seed, noServe, port, report, export, solution, asUser, jobDelay,
        };
        command.SetAction(parse => Run(cli, new Options(
            parse.GetValue(contacts),
            parse.GetValue(days),
            parse.GetValue(seed),
            parse.GetValue(noServe),
            parse.GetValue(port),
            parse.GetValue(report)?.FullName,
            parse.GetValue(export)?.FullName,
            parse.GetValue(solution)?.FullName,
            parse.GetValue(asUser),
            parse.GetValue(jobDelay))));
        return command;
    }

    private sealed record Options(int Contacts, int Days, int Seed, bool NoServe, int Port, string? Report, string? Export, string? Solution, string? As = null,
        int JobDelaySeconds = 60);

    private static int Run(CliContext cli, Options options)
    {
        if (options.Contacts < 1 || options.Contacts > 100_000)
            return Usage(cli, $"--contacts {options.Contacts} is out of range (1 to 100000)");
        if (options.Days < 7 || options.Days > 3660)
            return Usage(cli, $"--days {options.Days} is out of range (7 to 3660)");
        if (options.JobDelaySeconds is < 0 or > 86_400)
            return Usage(cli, $"--job-delay {options.JobDelaySeconds} is out of range (0 to 86400 seconds)");
        if (options.Port is < 0 or > 65535)
            return Usage(cli, $"--port {options.Port} is not a TCP port (0 to 65535)");
        string? root = RepoLayout.FindRoot(options.Solution ?? cli.WorkingDirectory) ?? RepoLayout.FindRoot(cli.WorkingDirectory);
        if (options.Solution is string zip && File.Exists(zip)) return RunFromZip(cli, options, zip);
        string? solutionFolder = options.Solution ?? (root is null ? null : RepoLayout.SolutionFolder(root));
        if (solutionFolder is null || !Directory.Exists(solutionFolder))
        {
            return Usage(cli, solutionFolder is null
                ? "not inside the CxJourney repository; pass --solution DIR"
                : $"the solution folder {solutionFolder} does not exist");
        }

        var console = cli.Console;
        var clock = Stopwatch.StartNew();
        DemoBusiness business = BusinessGenerator.Generate(options.Contacts, options.Days, options.Seed);
        LocalOrganization organization;
        try
        {
            // The demo business buys and is invoiced: the organization has Sales and both solutions.
            string[] addOns = root is not null && Directory.Exists(RepoLayout.SalesSolutionFolder(root)) ? [RepoLayout.SalesSolutionFolder(root)] : [];
            organization = DemoReplay.CreateOrganization(solutionFolder, business.Start, options.Seed, addOns);
        }
        catch (Exception ex) when (ex is SolutionFormatException or IOException or Emulator.Pipeline.PluginRegistrationException)
        {
            cli.Error.WriteLine($"demo: cannot set up the local organization from {solutionFolder}: {ex.Message}");
            return ExitCodes.Problems;
        }
        int steps = organization.Plugins?.Steps.Steps.Count ?? 0;
        console.MarkupLineInterpolated(
            $"Generated [bold]{business.Customers.Count}[/] contacts, [bold]{business.Agents.Count}[/] agents and [bold]{business.Events.Count}[/] events over {options.Days} days (seed {options.Seed}); replaying them through {steps} plug-in steps.");

        DemoReplayResult replay = null!;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Replaying the year", maxValue: Math.Max(1, business.Events.Count));
                replay = DemoReplay.Run(organization, business, done => task.Value = done, jobDelay: TimeSpan.FromSeconds(options.JobDelaySeconds));
                task.Value = task.MaxValue;
            });

        // The replay's garbage (every request's copies, contexts and traces) is returned before the results are read,
        // so the figures' own reads do not add to the replay's peak: one full, compacting collection.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        DemoResults results = DemoResults.Read(organization, replay);
        DemoReport report = results.Report(clock.Elapsed.TotalSeconds);
        DemoSummaryView.Render(console, results, report);
        console.MarkupLineInterpolated($"Done in [bold]{report.Seconds:0.0} s[/].");

        try
        {
            if (options.Report is string reportFile)
            {
                string? folder = Path.GetDirectoryName(reportFile);
                if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
                File.WriteAllText(reportFile, report.ToJson());
                console.MarkupLineInterpolated($"Wrote the report to {reportFile}");
            }
            if (options.Export is string exportFolder)
            {
                var files = DemoCsvExport.Write(results, business, exportFolder);
                console.MarkupLineInterpolated($"Wrote {files.Count} CSV files to {exportFolder}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine($"demo: {ex.Message}");
            return ExitCodes.Problems;
        }

        int status = replay.Calls.FailedOperations > 0 || replay.Calls.FailedJobs > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        if (options.NoServe) return status;
        Guid? servedAs = null;
        if (options.As is string name)
        {
            servedAs = organization.FindUser(name);
            if (servedAs is null) return Usage(cli, $"--as {name}: no user with that domain name or full name");
        }
        return Serve(cli, organization, results, root, options.Port, servedAs) == ExitCodes.Ok ? status : ExitCodes.Problems;
    }

    /// <summary>
    /// The demo from a packed zip: extracted and read by the same solution reader, so the organization
    /// is built exactly as from Solution/ and the same seed gives the same report.
    /// </summary>
    private static int RunFromZip(CliContext cli, Options options, string zip)
    {
        string folder = Path.Combine(Path.GetTempPath(), "cxjourney-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            try
            {
                System.IO.Compression.ZipFile.ExtractToDirectory(zip, folder);
            }
            catch (InvalidDataException error)
            {
                return Usage(cli, $"{zip} is not a solution zip: {error.Message}");
            }
            return Run(cli, options with { Solution = folder });
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static int Serve(CliContext cli, LocalOrganization organization, DemoResults results, string? root, int port, Guid? servedAs)
    {
        var console = cli.Console;
        string? webRoot = null;
        if (root is not null)
        {
            DemoWebRoot.Outcome web = DemoWebRoot.IsBuilt(root)
                ? DemoWebRoot.Ensure(root)
                : console.Status().Start("Building the journey views (npm)", _ => DemoWebRoot.Ensure(root));
            if (web.Problem is string problem) console.MarkupLineInterpolated($"[yellow]Serving the Web API only: {problem}[/]");
            webRoot = web.Folder;
        }
        else
        {
            console.MarkupLine("[yellow]Serving the Web API only: the views are built from WebResources/ of the repository.[/]");
        }

        LocalWebApiServer server;
        try
        {
            server = LocalWebApiServer.Start(organization, new WebApiOptions { Port = port, WebRoot = webRoot, UserId = servedAs });
        }
        catch (IOException ex) when (port != 0)
        {
            console.MarkupLineInterpolated($"[yellow]Port {port} is taken ({ex.Message}); using a free port.[/]");
            server = LocalWebApiServer.Start(organization, new WebApiOptions { Port = 0, WebRoot = webRoot, UserId = servedAs });
        }

        using (server)
        {
            console.WriteLine();
            string user = organization.Get("systemuser", server.UserId).GetAttributeValue<string>("fullname") ?? server.UserId.ToString();
            console.MarkupLineInterpolated($"Serving as {user}. The links sign this browser in; API clients send 'Authorization: Bearer {server.AccessToken}'.");
            if (webRoot is not null)
            {
                console.MarkupLineInterpolated($"Dashboard: [link]{server.SignInUri("/host/index.html?page=dashboard")}[/]");
                if (results.BusiestContact() is Guid contact)
                    console.MarkupLineInterpolated($"Timeline:  [link]{server.SignInUri($"/host/index.html?page=timeline&id={contact:D}")}[/]");
            }
            console.MarkupLineInterpolated($"Web API:   [link]{server.ApiUri}[/] (sign in: [link]{server.SignInUri()}[/])");
            if (servedAs is null)
                console.MarkupLineInterpolated($"Serve the views as an agent of North with --as \"{DemoViewers.AgentFullName}\", as the CX manager with --as \"{DemoViewers.ManagerFullName}\".");
            console.MarkupLine("Press Ctrl+C to stop.");

            WaitForStopSignal();
            console.MarkupLine("Stopping.");
        }
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Blocks until Ctrl+C (SIGINT) or SIGTERM. Signal registrations rather than Console.CancelKeyPress: the
    /// web host's own console lifetime handles these signals too and would leave the event unraised.
    /// </summary>
    private static void WaitForStopSignal()
    {
        using var stop = new ManualResetEventSlim();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Set();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        stop.Wait();
    }

    private static int Usage(CliContext cli, string message)
    {
        cli.Error.WriteLine($"demo: {message}");
        return ExitCodes.Usage;
    }
}
