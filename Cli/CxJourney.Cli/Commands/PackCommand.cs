using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using CxJourney.Cli.Workspace;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Packing;
using CxJourney.SolutionModel.Reading;
using Spectre.Console;

namespace CxJourney.Cli.Commands;

/// <summary>
/// `cxjourney pack`: builds the net462 plugin assembly (signed) and the web resources, then writes
/// &lt;UniqueName&gt;_&lt;version&gt;.zip (unmanaged) and ..._managed.zip from Solution/.
/// </summary>
public static class PackCommand
{
    public static Command Create(CliContext cli)
    {
        var solution = new Option<DirectoryInfo?>("--solution") { Description = "The unpacked solution folder [default: Solution/ of the repository]" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "The folder the zips are written to [default: out/ of the repository]" };
        var version = new Option<string?>("--version") { Description = "Stamp this version (major.minor.build.revision) instead of the one in Other/Solution.xml" };
        var noBuild = new Option<bool>("--no-build") { Description = "Do not build: pack the existing plugin and web resource build output" };
        var configuration = new Option<string>("--configuration", "-c")
        {
            Description = "The build configuration of the plugin assembly",
            DefaultValueFactory = _ => "Release",
        };

        var command = new Command("pack", "Build the plugin assembly and web resources, then write the unmanaged and managed solution zips")
        {
            solution, output, version, noBuild, configuration,
        };
        command.SetAction(parse => Run(cli, new Options(
            parse.GetValue(solution)?.FullName,
            parse.GetValue(output)?.FullName,
            parse.GetValue(version),
            parse.GetValue(noBuild),
            parse.GetValue(configuration) ?? "Release")));
        return command;
    }

    private sealed record Options(string? Solution, string? Output, string? Version, bool NoBuild, string Configuration);

    private static int Run(CliContext cli, Options options)
    {
        var console = cli.Console;
        var root = RepoLayout.FindRoot(options.Solution ?? cli.WorkingDirectory) ?? RepoLayout.FindRoot(cli.WorkingDirectory);
        var solutionFolder = options.Solution ?? (root is null ? null : RepoLayout.SolutionFolder(root));
        if (solutionFolder is null || !Directory.Exists(solutionFolder))
        {
            cli.Error.WriteLine(solutionFolder is null
                ? "pack: not inside the CxJourney repository; pass --solution DIR"
                : $"pack: the solution folder {solutionFolder} does not exist");
            return ExitCodes.Usage;
        }
        if (options.Version is { } requested && !SolutionPacker.IsFourPartVersion(requested))
        {
            cli.Error.WriteLine($"pack: --version '{requested}' is not a four-part version (major.minor.build.revision, e.g. 1.2.0.3)");
            return ExitCodes.Usage;
        }
        var outputFolder = options.Output ?? RepoLayout.OutputFolder(root ?? cli.WorkingDirectory);

        try
        {
            return console.Status().Spinner(Spinner.Known.Dots).Start("Packing", status =>
            {
                if (!options.NoBuild && root is not null && File.Exists(Path.Combine(RepoLayout.WebResourcesFolder(root), "package.json")))
                {
                    var web = RepoLayout.WebResourcesFolder(root);
                    if (!Directory.Exists(Path.Combine(web, "node_modules")))
                    {
                        // A fresh clone has no build tools yet; the lock file pins them.
                        status.Status("Installing the web build tools (npm ci)");
                        var install = ExternalProcess.Run("npm", ["ci", "--no-audit", "--no-fund"], web);
                        if (!install.Succeeded) return Failed(cli, "installing the web build tools (npm ci in WebResources/) failed", install.Output);
                    }
                    status.Status("Building web resources (npm run build)");
                    var npm = ExternalProcess.Run("npm", ["run", "build"], web);
                    if (!npm.Succeeded) return Failed(cli, "building the web resources (npm run build in WebResources/) failed", npm.Output);
                    Done(console, "Built the web resources");
                }

                status.Status($"Reading {solutionFolder}");
                var read = SolutionReader.Analyze(solutionFolder);
                if (read.HasErrors || read.Solution is null)
                {
                    foreach (var issue in read.Errors) cli.Out.WriteLine(issue);
                    cli.Error.WriteLine($"pack: the solution has {read.Errors.Count()} errors; nothing was written (cxjourney check lists every problem)");
                    return ExitCodes.Problems;
                }
                var definition = read.Solution;
                Done(console, $"Read {definition.Manifest.UniqueName} {definition.Manifest.Version}: {definition.Tables.Count} tables, {definition.Steps.Count} steps, {definition.WebResources.Count} web resources, {definition.EnvironmentVariables.Count} environment variables");

                var binaries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var assembly in definition.PluginAssemblies)
                {
                    if (root is null)
                        return Failed(cli, $"{assembly.Name} is built in the repository (Plugins/{assembly.Name}), but {solutionFolder} is not inside it", "");
                    if (!options.NoBuild)
                    {
                        var project = RepoLayout.PluginProject(root, assembly.Name);
                        if (!File.Exists(project)) return Failed(cli, $"{assembly.Source.File} registers {assembly.Name}, but {project} does not exist", "");
                        status.Status($"Building {assembly.Name} (net462, {options.Configuration})");
                        var build = ExternalProcess.Run("dotnet",
                            ["build", project, "-c", options.Configuration, "-f", "net462", "-nologo", "-v", "q"], root);
                        if (!build.Succeeded) return Failed(cli, $"building {assembly.Name} failed", build.Output);
                        Done(console, $"Built {assembly.Name} (net462, {options.Configuration})");
                    }
                    binaries[assembly.Name] = RepoLayout.PluginBinary(root, assembly.Name, options.Configuration);
                }

                var result = SolutionPacker.Pack(
                    new PackRequest
                    {
                        SolutionFolder = solutionFolder,
                        Solution = definition,
                        OutputFolder = outputFolder,
                        Version = options.Version,
                        AssemblyFiles = binaries,
                    },
                    step => status.Status(step));
                Done(console, $"Wrote {result.EntryCount} files into each zip, version {result.Version}");
                foreach (var zip in new[] { result.UnmanagedZip, result.ManagedZip })
                    console.MarkupLineInterpolated($"  {zip}  [grey]{new FileInfo(zip).Length} bytes, sha256 {Sha256(zip)}[/]");

                // The optional add-on (CxJourneySales) ships beside the core, packed the same way.
                var sales = options.Solution is null && root is not null ? RepoLayout.SalesSolutionFolder(root) : null;
                if (sales is not null && Directory.Exists(sales))
                {
                    var addOn = SolutionPacker.Pack(new PackRequest { SolutionFolder = sales, OutputFolder = outputFolder, Version = options.Version }, step => status.Status(step));
                    Done(console, $"Wrote the add-on CxJourneySales ({addOn.EntryCount} files into each zip), to import after {definition.Manifest.UniqueName}");
                    foreach (var zip in new[] { addOn.UnmanagedZip, addOn.ManagedZip })
                        console.MarkupLineInterpolated($"  {zip}  [grey]{new FileInfo(zip).Length} bytes, sha256 {Sha256(zip)}[/]");
                }
                return ExitCodes.Ok;
            });
        }
        catch (Exception ex) when (ex is PackException or SolutionFormatException or IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine($"pack: {ex.Message}");
            return ExitCodes.Problems;
        }
    }

    private static void Done(IAnsiConsole console, string what) => console.MarkupLineInterpolated($"[green]✓[/] {what}");

    private static int Failed(CliContext cli, string what, string output)
    {
        if (output.Length > 0) cli.Error.WriteLine(ExternalProcess.Tail(output));
        cli.Error.WriteLine($"pack: {what}; nothing was written");
        return ExitCodes.Problems;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
