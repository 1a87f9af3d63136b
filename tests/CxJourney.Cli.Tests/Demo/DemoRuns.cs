using System;
using System.IO;
using System.Text.Json;
using CxJourney.Tests.Shared;

namespace CxJourney.Cli.Tests.Demo;

/// <summary>
/// Three small `cxjourney demo --no-serve` runs shared by the demo tests (each replays a year through the
/// real plug-ins, so they run once): seed 7 with --report and --export, seed 7 again, and seed 8.
/// </summary>
public sealed class DemoRuns : IDisposable
{
    public const int Contacts = 40;

    public DemoRuns()
    {
        Folder = Path.Combine(Path.GetTempPath(), "cxjourney-demo-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        First = Run("first", seed: 7, export: true);
        Again = Run("again", seed: 7, export: false);
        OtherSeed = Run("other", seed: 8, export: false);
        Instant = Run("instant", seed: 7, export: false, "--job-delay", "0");
    }

    public string Folder { get; }

    public string ExportFolder => Path.Combine(Folder, "first-export");

    public DemoRun First { get; }

    public DemoRun Again { get; }

    public DemoRun OtherSeed { get; }

    /// <summary>Seed 7 again, with every system job run right after the event that queued it.</summary>
    public DemoRun Instant { get; }

    private DemoRun Run(string name, int seed, bool export, params string[] more)
    {
        string report = Path.Combine(Folder, name + ".json");
        var args = new System.Collections.Generic.List<string>
        {
            "demo", "--contacts", Contacts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-serve", "--report", report,
        };
        if (export) args.AddRange(["--export", Path.Combine(Folder, name + "-export")]);
        args.AddRange(more);
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args.ToArray(), output, error, console: null, workingDirectory: RepoPaths.Root);
        string json = File.Exists(report) ? File.ReadAllText(report) : "";
        return new DemoRun(code, output.ToString(), error.ToString(), json);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

public sealed record DemoRun(int Code, string Out, string Error, string Json)
{
    public JsonElement Report => JsonDocument.Parse(Json).RootElement;
}
