using System;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CxJourney.Emulator;
using CxJourney.WebApi;

namespace CxJourney.E2E.Host;

/// <summary>
/// Usage: CxJourney.E2E.Host [--scenario e2e|bench] [--time-zone Europe/Berlin] [--solution DIR] [--webroot DIR] [--as USER]
/// (--as: serve as that user, by domain name or full name, with that user's privileges; default: the administrator).
/// Prints "URL &lt;base&gt;", "SIGNIN &lt;sign-in url&gt;", then "EXPECTED &lt;json&gt;" (one line), then "READY"; runs until standard input
/// closes or the process gets SIGTERM/Ctrl+C.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        HostArguments options;
        try
        {
            options = HostArguments.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        LocalOrganization organization = LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = options.SolutionFolder,
            PluginAssemblies = new Assembly[] { typeof(CxJourney.Plugins.Infrastructure.PluginBase).Assembly },
            IdSeed = 20250301,
            Name = "cxjourney-e2e",
        });

        SeededData seeded = options.Scenario == "bench"
            ? BenchScenario.Seed(organization, touchpoints: 10_000)
            : E2eScenario.Seed(organization);
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        string expected = ExpectedFigures.Compute(organization, seeded, zone, options.TimeZone, DateTime.UtcNow).ToJsonString(new JsonSerializerOptions { WriteIndented = false });

        Guid? servedAs = null;
        if (options.As is string name)
        {
            servedAs = organization.FindUser(name);
            if (servedAs is null)
            {
                Console.Error.WriteLine($"--as {name}: no user with that domain name or full name.");
                return 2;
            }
        }

        // The scenario seeds journeys and scores with fixed figures and the expected figures are computed from
        // them now, so the asynchronous steps its writes queued must not rewrite them while the views are checked.
        await using LocalWebApiServer server = await LocalWebApiServer.StartAsync(organization, new WebApiOptions { WebRoot = options.WebRoot, UserId = servedAs, RunAsyncJobs = false });
        Console.Out.WriteLine("URL " + server.BaseUri);
        // The Web API answers only a signed-in browser: the runner opens this once per browser profile.
        Console.Out.WriteLine("SIGNIN " + server.SignInUri());
        Console.Out.WriteLine("EXPECTED " + expected);
        Console.Out.WriteLine("READY");
        Console.Out.Flush();

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, ctx =>
        {
            ctx.Cancel = true;
            stop.Cancel();
        });
        // The runner keeps standard input open while it needs the server; closing it stops the host.
        _ = Task.Run(() =>
        {
            try
            {
                while (Console.In.ReadLine() is not null) { }
            }
            catch (IOException)
            {
            }
            stop.Cancel();
        });
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        return 0;
    }
}

internal sealed record HostArguments(string Scenario, string TimeZone, string SolutionFolder, string WebRoot, string? As = null)
{
    public static HostArguments Parse(string[] args)
    {
        string? repo = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Directory.GetCurrentDirectory());
        string scenario = "e2e", zone = "Europe/Berlin";
        string? asUser = null;
        string? solution = repo is null ? null : Path.Combine(repo, "Solution");
        string? webRoot = repo is null ? null : Path.Combine(repo, "WebResources", "dist");
        for (int i = 0; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--scenario": scenario = value; break;
                case "--time-zone": zone = value; break;
                case "--solution": solution = value; break;
                case "--webroot": webRoot = value; break;
                case "--as": asUser = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
            i++;
        }
        if (scenario is not ("e2e" or "bench")) throw new ArgumentException("--scenario is e2e or bench.");
        if (solution is null || !Directory.Exists(solution)) throw new ArgumentException("Solution/ not found: pass --solution.");
        if (webRoot is null || !Directory.Exists(webRoot)) throw new ArgumentException($"Web root '{webRoot}' not found: run `npm run build` in WebResources/ or pass --webroot.");
        return new HostArguments(scenario, zone, solution, webRoot, asUser);
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CxJourney.sln"))) return dir.FullName;
        }
        return null;
    }
}
