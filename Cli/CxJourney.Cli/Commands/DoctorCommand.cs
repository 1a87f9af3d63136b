using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CxJourney.Cli.Deploy;
using CxJourney.Cli.Workspace;
using CxJourney.Cli.Doctor;
using CxJourney.Dataverse;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Cli.Commands;

/// <summary>
/// `cxjourney doctor --url ORG`: says whether CxJourney is healthy in the organization and why not
/// (see <see cref="HealthCheck"/>). What "complete" means comes from the packed zips (or Solution/).
/// Exit status 1 when anything needs an admin.
/// </summary>
public static class DoctorCommand
{
    public static Command Create(CliContext cli)
    {
        var organization = new OrganizationOptions();
        var packages = new Option<DirectoryInfo?>("--packages") { Description = "The folder holding the zips `pack` wrote [default: out/ of the repository, else Solution/]" };
        var command = new Command("doctor", "Check that CxJourney is installed and working in an organization; exit 1 when something needs an admin");
        organization.AddTo(command);
        command.Options.Add(packages);
        command.SetAction(parse => Run(cli, parse, organization, parse.GetValue(packages)?.FullName));
        return command;
    }

    private static int Run(CliContext cli, ParseResult parse, OrganizationOptions organization, string? packagesFolder)
    {
        string? root = RepoLayout.FindRoot(cli.WorkingDirectory);
        string folder = packagesFolder ?? RepoLayout.OutputFolder(root ?? cli.WorkingDirectory);
        string scratch = Path.Combine(Path.GetTempPath(), "cxjourney-doctor-" + Guid.NewGuid().ToString("N"));
        try
        {
            IReadOnlyList<SolutionDefinition> expected;
            try
            {
                expected = Expected(folder, root, scratch, packagesFolder is not null);
            }
            catch (Exception error) when (error is IOException or InvalidDataException or SolutionFormatException)
            {
                cli.Error.WriteLine($"doctor: {error.Message}");
                return ExitCodes.Usage;
            }
            if (expected.Count == 0)
            {
                cli.Error.WriteLine($"doctor: no CxJourney solution zip in {folder} and no Solution/ folder; run `cxjourney pack` or pass --packages DIR");
                return ExitCodes.Usage;
            }

            using DataverseClient? client = organization.Connect(parse, cli, out string? problem);
            if (client is null)
            {
                cli.Error.WriteLine($"doctor: {problem}");
                return ExitCodes.Usage;
            }
            IReadOnlyList<Finding> findings = new HealthCheck(client).RunAsync(expected).GetAwaiter().GetResult();
            foreach (Finding finding in findings)
            {
                string level = finding.Level switch { FindingLevel.Ok => "ok     ", FindingLevel.Info => "info   ", _ => "PROBLEM" };
                cli.Out.WriteLine($"{level}  {finding.Check}: {finding.Detail}");
            }
            int count = findings.Count(f => f.Level == FindingLevel.Problem);
            cli.Out.WriteLine(count == 0
                ? $"CxJourney is healthy in {client.OrganizationUrl}."
                : $"{count} problem(s) need an admin in {client.OrganizationUrl}.");
            return count == 0 ? ExitCodes.Ok : ExitCodes.Problems;
        }
        catch (Exception error) when (error is DataverseException or System.Net.Http.HttpRequestException or TaskCanceledException)
        {
            cli.Error.WriteLine($"doctor: {error.Message}");
            return ExitCodes.Problems;
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The solutions doctor holds the organization to: the packed zips (managed or not: same content), else Solution/.</summary>
    private static IReadOnlyList<SolutionDefinition> Expected(string folder, string? root, string scratch, bool folderGiven)
    {
        if (Directory.Exists(folder))
        {
            var packages = SolutionPackage.Select(folder, SolutionChoice.Both, managed: false, scratch, out _);
            if (packages.Count == 0) packages = SolutionPackage.Select(folder, SolutionChoice.Both, managed: true, scratch, out _);
            if (packages.Count > 0 || folderGiven) return packages.Select(p => p.Definition).ToList();
        }
        else if (folderGiven)
        {
            throw new DirectoryNotFoundException($"{folder} does not exist");
        }
        return root is not null && Directory.Exists(RepoLayout.SolutionFolder(root))
            ? [SolutionReader.Read(RepoLayout.SolutionFolder(root))]
            : [];
    }
}
