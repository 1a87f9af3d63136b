using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CxJourney.Cli.Deploy;
using CxJourney.Cli.Workspace;
using CxJourney.Dataverse;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using Spectre.Console;

namespace CxJourney.Cli.Commands;

/// <summary>
/// `cxjourney deploy --url ORG [--solution core|sales|both] [--managed] [--settings FILE]`: imports the
/// zips `pack` wrote with ImportSolutionAsync (following each import's system job with a progress bar),
/// sets environment variable values from the settings file (checked first with the plug-ins' readers),
/// publishes, and prints what it did. A second run with the same input changes nothing and says so.
/// </summary>
public static class DeployCommand
{
    public static Command Create(CliContext cli)
    {
        var organization = new OrganizationOptions();
        var solution = new Option<SolutionChoice>("--solution") { Description = "Which solutions to import", DefaultValueFactory = _ => SolutionChoice.Both };
        var managed = new Option<bool>("--managed") { Description = "Import the managed zips (*_managed.zip) instead of the unmanaged ones" };
        var settings = new Option<FileInfo?>("--settings") { Description = "A JSON object of environment variable values to set, e.g. { \"cx_CxTeamQueue\": \"Customer Care\" }" };
        var packages = new Option<DirectoryInfo?>("--packages") { Description = "The folder holding the zips [default: out/ of the repository]" };

        var command = new Command("deploy", "Import the packed CxJourney solutions into an organization, set its environment variables and publish");
        organization.AddTo(command);
        command.Options.Add(solution);
        command.Options.Add(managed);
        command.Options.Add(settings);
        command.Options.Add(packages);
        command.SetAction(parse => Run(cli, parse, organization, parse.GetValue(solution), parse.GetValue(managed), parse.GetValue(settings)?.FullName, parse.GetValue(packages)?.FullName));
        return command;
    }

    private static int Run(CliContext cli, ParseResult parse, OrganizationOptions organization, SolutionChoice choice, bool managed, string? settingsFile, string? packagesFolder)
    {
        string folder = packagesFolder ?? RepoLayout.OutputFolder(RepoLayout.FindRoot(cli.WorkingDirectory) ?? cli.WorkingDirectory);
        string scratch = Path.Combine(Path.GetTempPath(), "cxjourney-deploy-" + Guid.NewGuid().ToString("N"));
        try
        {
            IReadOnlyDictionary<string, string> settings = new Dictionary<string, string>();
            IReadOnlyList<SolutionPackage> chosen;
            try
            {
                if (settingsFile is not null) settings = SettingsFile.Read(settingsFile);
                chosen = SolutionPackage.Select(folder, choice, managed, scratch, out string? problem);
                if (problem is not null) return Fail(cli, problem, ExitCodes.Usage);
            }
            catch (Exception error) when (error is IOException or InvalidDataException or SolutionFormatException or UnauthorizedAccessException)
            {
                return Fail(cli, error.Message, ExitCodes.Usage);
            }

            var problems = Deployer.Validate(chosen, settings);
            if (problems.Count > 0)
            {
                cli.Error.WriteLine($"deploy: {settingsFile} is not usable; nothing was sent:");
                foreach (VariableProblem p in problems) cli.Error.WriteLine($"  {p.SchemaName}: {p.Message}");
                return ExitCodes.Problems;
            }

            using DataverseClient? client = organization.Connect(parse, cli, out string? connectProblem);
            if (client is null) return Fail(cli, connectProblem!, ExitCodes.Usage);

            cli.Console.MarkupLineInterpolated($"Deploying {string.Join(" and ", chosen.Select(p => $"{p.UniqueName} {p.Version}"))} ({(managed ? "managed" : "unmanaged")}) to {client.OrganizationUrl}");
            DeployResult result;
            if (!cli.Console.Profile.Capabilities.Interactive)
            {
                // A log (CI, redirected output) gets one line per import instead of a redrawn bar.
                var reported = new HashSet<string>(StringComparer.Ordinal);
                var deployer = new Deployer(client)
                {
                    Progress = (name, _) => { if (reported.Add(name)) cli.Out.WriteLine($"importing  {name} (following its system job)"); },
                };
                result = deployer.RunAsync(chosen, settings).GetAwaiter().GetResult();
            }
            else
            {
                result = WithProgressBar(cli, client, chosen, settings);
            }

            foreach (DeployStep step in result.Steps) cli.Out.WriteLine($"{(step.Changed ? "changed  " : "unchanged")}  {step.What}: {step.Outcome}");
            cli.Out.WriteLine(result.Changed
                ? $"Deployed to {client.OrganizationUrl}."
                : $"Nothing changed: {client.OrganizationUrl} already has these solutions and settings.");
            return ExitCodes.Ok;
        }
        catch (Exception error) when (error is DeployException or DataverseException or System.Net.Http.HttpRequestException or TaskCanceledException)
        {
            return Fail(cli, error.Message, ExitCodes.Problems);
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    private static DeployResult WithProgressBar(CliContext cli, DataverseClient client, IReadOnlyList<SolutionPackage> chosen, IReadOnlyDictionary<string, string> settings)
    {
        DeployResult result = null!;
        cli.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var tasks = chosen.ToDictionary(p => p.UniqueName, p => progress.AddTask($"Import {p.UniqueName}", maxValue: 100));
                var deployer = new Deployer(client)
                {
                    // importjob.progress when the organization reports it; otherwise the bar runs indeterminate.
                    Progress = (name, percent) =>
                    {
                        if (!tasks.TryGetValue(name, out ProgressTask? task)) return;
                        if (percent is double value) { task.IsIndeterminate = false; task.Value = value; }
                        else task.IsIndeterminate = true;
                    },
                };
                try
                {
                    result = deployer.RunAsync(chosen, settings).GetAwaiter().GetResult();
                }
                finally
                {
                    foreach (ProgressTask task in tasks.Values) { task.IsIndeterminate = false; task.StopTask(); }
                }
            });
        return result;
    }

    private static int Fail(CliContext cli, string message, int code)
    {
        cli.Error.WriteLine($"deploy: {message}");
        return code;
    }
}
