using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CxJourney.Cli.Checking;
using CxJourney.Cli.Workspace;
using Spectre.Console;

namespace CxJourney.Cli.Commands;

/// <summary>
/// `cxjourney check`: lints Solution/ and the built plugin assembly before anyone imports. Each
/// problem is one line on standard output, "file(line): element: what is wrong — how to fix it";
/// the exit status is 1 when any is an error.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliContext cli)
    {
        var solution = new Option<DirectoryInfo?>("--solution") { Description = "The unpacked solution folder [default: Solution/ of the repository]" };
        var assembly = new Option<FileInfo[]>("--assembly")
        {
            Description = "A built plugin assembly to check against (repeatable) [default: Plugins/<Name>/bin/Release/net462/<Name>.dll]",
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("check", "Lint Solution/ and the built plugin assembly; one line per problem, exit status 1 on any")
        {
            solution, assembly,
        };
        command.SetAction(parse => Run(cli, parse.GetValue(solution)?.FullName, parse.GetValue(assembly) ?? []));
        return command;
    }

    private static int Run(CliContext cli, string? solutionOption, FileInfo[] assemblies)
    {
        var root = RepoLayout.FindRoot(solutionOption ?? cli.WorkingDirectory) ?? RepoLayout.FindRoot(cli.WorkingDirectory);
        var solutionFolder = solutionOption ?? (root is null ? null : RepoLayout.SolutionFolder(root));
        if (solutionFolder is null || !Directory.Exists(solutionFolder))
        {
            cli.Error.WriteLine(solutionFolder is null
                ? "check: not inside the CxJourney repository; pass --solution DIR"
                : $"check: the solution folder {solutionFolder} does not exist");
            return ExitCodes.Usage;
        }

        var given = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in assemblies)
        {
            var name = NameOf(file.FullName);
            if (!given.TryAdd(name, file.FullName))
            {
                cli.Error.WriteLine($"check: --assembly names two binaries of {name}");
                return ExitCodes.Usage;
            }
        }

        var report = SolutionChecker.Check(new CheckRequest
        {
            SolutionFolder = solutionFolder,
            AssemblyFiles = given,
            LocateBinary = name => root is null ? null : DefaultBinary(root, name),
        });

        // The repository's optional add-on (CxJourneySales) is checked as the organization gets it: on top of the core.
        var sales = solutionOption is null && root is not null ? RepoLayout.SalesSolutionFolder(root) : null;
        if (sales is not null && Directory.Exists(sales))
        {
            var addOn = SolutionChecker.Check(new CheckRequest
            {
                SolutionFolder = sales,
                BaseSolutionFolder = solutionFolder,
                AssemblyFiles = given,
                LocateBinary = name => DefaultBinary(root!, name),
            });
            var inSales = addOn.Problems.Select(p => p with { Location = p.Location with { File = "../SalesSolution/" + p.Location.File } });
            report = new CheckReport([.. report.Problems, .. inSales]);
        }

        foreach (var problem in report.Problems) cli.Out.WriteLine(problem);
        if (report.HasErrors)
            cli.Console.MarkupLineInterpolated($"[red]✗[/] {Count(report.ErrorCount, "problem")}, {Count(report.WarningCount, "warning")}");
        else
            cli.Console.MarkupLineInterpolated($"[green]✓[/] no problems, {Count(report.WarningCount, "warning")}");
        return report.HasErrors ? ExitCodes.Problems : ExitCodes.Ok;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>The assembly's own name from its metadata, else the file name (the assembly rule then reports what is wrong).</summary>
    private static string NameOf(string path)
    {
        try
        {
            return AssemblyInspector.Inspect(path).Name;
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return Path.GetFileNameWithoutExtension(path);
        }
    }

    private static string DefaultBinary(string root, string assemblyName)
    {
        var release = RepoLayout.PluginBinary(root, assemblyName, "Release");
        var debug = RepoLayout.PluginBinary(root, assemblyName, "Debug");
        return File.Exists(release) || !File.Exists(debug) ? release : debug;
    }
}
