using System;
using BenchmarkDotNet.Running;

namespace CxJourney.Bench;

/// <summary>
/// Runs the benchmark suites: `dotnet run -c Release --project bench/CxJourney.Bench -- --filter '*Pipeline*'`
/// (any BenchmarkDotNet switch works; no arguments lists the suites).
/// `-- --calls` prints the service-call report of Events/CallReport instead (no BenchmarkDotNet).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--calls")
        {
            Events.CallReport.Run(Console.Out);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
