using System;
using System.CommandLine;
using System.IO;
using CxJourney.Cli.Calibration;
using CxJourney.Cli.Demo;
using CxJourney.Cli.Workspace;
using CxJourney.Emulator;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Commands;

/// <summary>
/// `cxjourney calibrate`: fits the CSAT and CES models to an organization's surveyed cases, writes the weights to
/// cx_ScoringWeights and prints the holdout error beside the two naive baselines. The organization is the local one,
/// holding the demo business of --seed (a real organization once deployment exists: the calibration itself only
/// uses the organization service, see <see cref="OrganizationCalibration"/>).
/// </summary>
public static class CalibrateCommand
{
    public static Command Create(CliContext cli)
    {
        var contacts = new Option<int>("--contacts") { Description = "How many contacts the demo business has", DefaultValueFactory = _ => DemoCommand.DefaultContacts };
        var days = new Option<int>("--days") { Description = "How many days of history to generate", DefaultValueFactory = _ => DemoCommand.DefaultDays };
        var seed = new Option<int>("--seed") { Description = "The seed of the demo business", DefaultValueFactory = _ => DemoCommand.DefaultSeed };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the fit without writing cx_ScoringWeights" };
        var solution = new Option<DirectoryInfo?>("--solution") { Description = "The unpacked solution folder [default: Solution/ of the repository]" };
        var command = new Command("calibrate", "Fit the CSAT and CES prediction models to the organization's surveyed cases and write cx_ScoringWeights")
        {
            contacts, days, seed, dryRun, solution,
        };
        command.SetAction(parse => Run(cli, parse.GetValue(contacts), parse.GetValue(days), parse.GetValue(seed), parse.GetValue(dryRun), parse.GetValue(solution)?.FullName));
        return command;
    }

    private static int Run(CliContext cli, int contacts, int days, int seed, bool dryRun, string? solution)
    {
        if (contacts < 1 || contacts > 100_000 || days < 7 || days > 3660)
        {
            cli.Error.WriteLine("calibrate: --contacts must be 1 to 100000 and --days 7 to 3660");
            return ExitCodes.Usage;
        }
        string? root = RepoLayout.FindRoot(solution ?? cli.WorkingDirectory) ?? RepoLayout.FindRoot(cli.WorkingDirectory);
        string? folder = solution ?? (root is null ? null : RepoLayout.SolutionFolder(root));
        if (folder is null || !Directory.Exists(folder))
        {
            cli.Error.WriteLine("calibrate: not inside the CxJourney repository; pass --solution DIR");
            return ExitCodes.Usage;
        }

        DemoBusiness business = BusinessGenerator.Generate(contacts, days, seed);
        LocalOrganization organization;
        try
        {
            organization = DemoReplay.CreateOrganization(folder, business.Start, seed);
        }
        catch (Exception ex) when (ex is SolutionFormatException or IOException or Emulator.Pipeline.PluginRegistrationException)
        {
            cli.Error.WriteLine($"calibrate: cannot set up the local organization from {folder}: {ex.Message}");
            return ExitCodes.Problems;
        }
        cli.Out.WriteLine($"Replaying the demo business of seed {seed} ({contacts} contacts, {days} days) into the local organization with the shipped weights.");
        DemoReplay.Run(organization, business, calibrateMidYear: false);

        CalibrationRun run = OrganizationCalibration.Run(organization.GetService(), business.End, write: !dryRun);
        foreach (var problem in run.Problems) cli.Out.WriteLine("  " + problem);
        foreach (var result in new[] { run.Csat, run.Ces })
        {
            if (result is null) continue;
            cli.Out.WriteLine(OrganizationCalibration.Describe(result));
            cli.Out.WriteLine("  weights: intercept " + result.Model.Intercept.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "; " +
                string.Join("; ", ModelTerms(result)));
        }
        if (run.Csat is null && run.Ces is null) return ExitCodes.Problems;
        cli.Out.WriteLine(run.WrittenJson is null ? "Dry run: cx_ScoringWeights left as it was." : "Wrote the weights to cx_ScoringWeights.");
        return ExitCodes.Ok;
    }

    private static System.Collections.Generic.IEnumerable<string> ModelTerms(Plugins.Domain.Scoring.CalibrationResult result)
    {
        var weights = result.Model.Weights();
        for (var i = 0; i < weights.Length; i++)
            yield return Plugins.Domain.Scoring.SatisfactionModel.Terms[i] + " " + weights[i].ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
    }
}
