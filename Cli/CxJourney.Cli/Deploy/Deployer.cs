using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CxJourney.Dataverse;
using CxJourney.Dataverse.Http;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Cli.Deploy;

/// <summary>
/// Deploys packed solutions to an organization over the Web API: checks the settings with the
/// plug-ins' readers before sending anything, imports each solution not already installed at the
/// same version with ImportSolutionAsync and follows its system job, sets the environment variable
/// values that differ, and publishes when something changed. Running it twice changes nothing.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/importsolutionasync
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation
public sealed class Deployer
{
    private const int JobCompleted = 3;
    private const int JobSucceeded = 30;
    private const int JobFailed = 31;
    private const int JobCanceled = 32;

    private readonly DataverseClient _client;
    private readonly IDelay _delay;

    public Deployer(DataverseClient client, IDelay? delay = null)
    {
        _client = client;
        _delay = delay ?? TaskDelay.Instance;
    }

    /// <summary>How often the import job is polled.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an import may run before deploy gives up following it.</summary>
    public TimeSpan ImportTimeout { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Hears (solution, percent) while an import runs; percent is null when the organization does not say.</summary>
    public Action<string, double?>? Progress { get; init; }

    /// <summary>
    /// Problems of <paramref name="settings"/> against the variables the packages define, found
    /// without the organization: unknown names, values too long or unusable to the plug-ins.
    /// </summary>
    public static IReadOnlyList<VariableProblem> Validate(IReadOnlyList<SolutionPackage> packages, IReadOnlyDictionary<string, string> settings)
    {
        var defined = packages.SelectMany(p => p.Definition.EnvironmentVariables)
            .GroupBy(v => v.SchemaName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var problems = new List<VariableProblem>();
        foreach (string name in settings.Keys.Where(k => !defined.ContainsKey(k)))
        {
            problems.Add(new VariableProblem(name, $"no such environment variable in the solutions being deployed (known: {string.Join(", ", defined.Keys.Order(StringComparer.Ordinal))})"));
        }
        var effective = defined.Values.ToDictionary(
            v => v.SchemaName,
            v => settings.TryGetValue(v.SchemaName, out string? set) ? set : v.CurrentValue ?? v.DefaultValue,
            StringComparer.OrdinalIgnoreCase);
        // Only the variables the admin sets are theirs to fix; the shipped defaults are checked by `cxjourney check`.
        problems.AddRange(EnvironmentVariableCheck.Check(effective).Where(p => settings.ContainsKey(p.SchemaName)));
        return problems;
    }

    public async Task<DeployResult> RunAsync(IReadOnlyList<SolutionPackage> packages, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken = default)
    {
        var problems = Validate(packages, settings);
        if (problems.Count > 0)
        {
            throw new DeployException("The settings are not usable; nothing was sent:" + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(p => $"  {p.SchemaName}: {p.Message}")));
        }

        var steps = new List<DeployStep>();
        foreach (SolutionPackage package in packages) steps.Add(await ImportAsync(package, cancellationToken));
        steps.AddRange(await SetVariablesAsync(settings, cancellationToken));
        if (steps.Any(s => s.Changed))
        {
            await _client.ExecuteAsync("PublishAllXml", null, cancellationToken);
            steps.Add(new DeployStep("Publish", "published all customizations (PublishAllXml)", true));
        }
        else
        {
            steps.Add(new DeployStep("Publish", "nothing changed, nothing to publish", false));
        }
        return new DeployResult(steps);
    }

    private async Task<DeployStep> ImportAsync(SolutionPackage package, CancellationToken cancellationToken)
    {
        string what = $"Solution {package.UniqueName}";
        var installed = await _client.GetAllAsync(
            $"solutions?$select=uniquename,version,ismanaged&$filter=uniquename eq {DataverseClient.Literal(package.UniqueName)}", cancellationToken: cancellationToken);
        JsonObject? current = installed.FirstOrDefault();
        string? currentVersion = current?["version"]?.GetValue<string>();
        if (currentVersion == package.Version)
        {
            return new DeployStep(what, $"{package.Version} already installed; not imported again", false);
        }

        Guid importJobId = Guid.NewGuid();
        JsonObject? answer = await _client.ExecuteAsync("ImportSolutionAsync", new JsonObject
        {
            ["OverwriteUnmanagedCustomizations"] = false,
            ["PublishWorkflows"] = true,
            ["ImportJobId"] = importJobId.ToString(),
            ["CustomizationFile"] = Convert.ToBase64String(await File.ReadAllBytesAsync(package.ZipPath, cancellationToken)),
        }, cancellationToken);
        Guid jobId = answer?["AsyncOperationId"]?.GetValue<string>() is string text && Guid.TryParse(text, out Guid id)
            ? id
            : throw new DeployException($"ImportSolutionAsync for {package.UniqueName} answered no AsyncOperationId.");

        string message = await FollowAsync(package.UniqueName, jobId, importJobId, cancellationToken);
        string from = currentVersion is null ? "" : $" (was {currentVersion})";
        return new DeployStep(what, $"imported {package.Version}{(package.Managed ? " managed" : " unmanaged")}{from}{(message.Length > 0 ? ": " + message : "")}", true);
    }

    /// <summary>Polls the import's system job until it completes; its failure message is the platform's.</summary>
    private async Task<string> FollowAsync(string solution, Guid jobId, Guid importJobId, CancellationToken cancellationToken)
    {
        TimeSpan waited = TimeSpan.Zero;
        bool importJobKnown = true;
        while (true)
        {
            JsonObject? job = await _client.GetAsync($"asyncoperations({jobId:D})?$select=statecode,statuscode,message,friendlymessage", cancellationToken);
            if (job is not null && job["statecode"]?.GetValue<int>() == JobCompleted)
            {
                int status = job["statuscode"]?.GetValue<int>() ?? 0;
                string text = job["message"]?.GetValue<string>() ?? job["friendlymessage"]?.GetValue<string>() ?? "";
                if (status == JobSucceeded)
                {
                    Progress?.Invoke(solution, 100);
                    return job["friendlymessage"]?.GetValue<string>() ?? "";
                }
                string outcome = status == JobCanceled ? "was canceled" : status == JobFailed ? "failed" : $"ended with status {status}";
                throw new DeployException($"The import of {solution} {outcome} (system job {jobId:D}): {(text.Length > 0 ? text : "the organization gave no message")}");
            }
            double? percent = null;
            if (importJobKnown)
            {
                // importjob.progress is the platform's own percentage; an organization without the table simply has none.
                JsonObject? importJob = await TryGetImportJobAsync(importJobId, cancellationToken);
                importJobKnown = importJob is not null;
                percent = importJob?["progress"]?.GetValue<double>();
            }
            Progress?.Invoke(solution, percent);
            if (waited >= ImportTimeout)
                throw new DeployException($"The import of {solution} did not finish within {ImportTimeout.TotalMinutes:0} minutes; follow system job {jobId:D} in the organization.");
            await _delay.WaitAsync(PollInterval, cancellationToken);
            waited += PollInterval;
        }
    }

    private async Task<JsonObject?> TryGetImportJobAsync(Guid importJobId, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetAsync($"importjobs({importJobId:D})?$select=progress", cancellationToken);
        }
        catch (DataverseException error) when ((int)error.Status is 400 or 404)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<DeployStep>> SetVariablesAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        if (settings.Count == 0) return Array.Empty<DeployStep>();
        var state = await EnvironmentVariableState.ReadAsync(_client, cancellationToken);
        var steps = new List<DeployStep>();
        foreach (var (name, value) in settings.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string what = $"Variable {name}";
            if (!state.Definitions.TryGetValue(name, out EnvironmentVariableState.Definition? definition))
                throw new DeployException($"The organization has no environment variable {name} after the import.");
            if (definition.ValueId is Guid valueId)
            {
                if (definition.Value == value)
                {
                    steps.Add(new DeployStep(what, "already set to this value", false));
                    continue;
                }
                await _client.UpdateAsync($"environmentvariablevalues({valueId:D})", new JsonObject { ["value"] = value }, cancellationToken);
                steps.Add(new DeployStep(what, "value changed", true));
                continue;
            }
            await _client.CreateAsync("environmentvariablevalues", new JsonObject
            {
                ["schemaname"] = definition.SchemaName,
                ["value"] = value,
                ["EnvironmentVariableDefinitionId@odata.bind"] = $"/environmentvariabledefinitions({definition.Id:D})",
            }, cancellationToken);
            steps.Add(new DeployStep(what, "value set (it had only its default)", true));
        }
        return steps;
    }
}
