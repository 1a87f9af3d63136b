using BenchmarkDotNet.Running;

namespace CxJourney.Bench;

/// <summary>
/// Runs the benchmark suites: `dotnet run -c Release --project bench/CxJourney.Bench -- --filter '*Pipeline*'`
/// (any BenchmarkDotNet switch works; no arguments lists the suites).
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
