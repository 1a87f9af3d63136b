using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CxJourney.Cli.Deploy;
using CxJourney.Dataverse;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using CxJourney.Plugins.Model;

namespace CxJourney.Cli.Doctor;

/// <summary>
/// Whether CxJourney is healthy in an organization, read over the Web API against what the
/// solutions define: solutions installed; every step registered and enabled; alternate keys Active;
/// environment variables present and usable by the plug-ins; failed or waiting system jobs of our steps
/// in the last day; plug-in trace errors when tracing is on; and capture lag (touchpoints written in
/// the last hour against the source rows the capture steps watch).
/// </summary>
public sealed class HealthCheck
{
    private const int StepDisabled = 1;
    private const int JobWaiting = 10;
    private const int JobFailed = 31;
    private const int TraceOff = 0;

    private readonly DataverseClient _client;
    private readonly Func<DateTime> _utcNow;

    public HealthCheck(DataverseClient client, Func<DateTime>? utcNow = null)
    {
        _client = client;
        _utcNow = utcNow ?? (() => DateTime.UtcNow);
    }

    public async Task<IReadOnlyList<Finding>> RunAsync(IReadOnlyList<SolutionDefinition> expected, CancellationToken cancellationToken = default)
    {
        var findings = new List<Finding>();
        DateTime now = _utcNow();
        findings.AddRange(await SolutionsAsync(expected, cancellationToken));
        findings.AddRange(await StepsAsync(expected, cancellationToken));
        findings.AddRange(await KeysAsync(expected, cancellationToken));
        findings.AddRange(await VariablesAsync(expected, cancellationToken));
        findings.AddRange(await SystemJobsAsync(expected, now.AddDays(-1), cancellationToken));
        findings.AddRange(await TraceAsync(now.AddDays(-1), cancellationToken));
        findings.AddRange(await CaptureLagAsync(expected, now.AddHours(-1), cancellationToken));
        return findings;
    }

    private async Task<IEnumerable<Finding>> SolutionsAsync(IReadOnlyList<SolutionDefinition> expected, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (SolutionDefinition solution in expected)
        {
            string name = solution.Manifest.UniqueName;
            var rows = await _client.GetAllAsync($"solutions?$select=uniquename,version,ismanaged&$filter=uniquename eq {DataverseClient.Literal(name)}", cancellationToken: cancellationToken);
            if (rows.Count == 0)
            {
                findings.Add(new Finding("Solution", FindingLevel.Problem, $"{name} is not installed: run `cxjourney deploy`"));
                continue;
            }
            string version = rows[0]["version"]?.GetValue<string>() ?? "?";
            bool managed = rows[0]["ismanaged"]?.GetValue<bool>() ?? false;
            findings.Add(version == solution.Manifest.Version
                ? new Finding("Solution", FindingLevel.Ok, $"{name} {version} ({(managed ? "managed" : "unmanaged")})")
                : new Finding("Solution", FindingLevel.Info, $"{name} {version} is installed; the package here is {solution.Manifest.Version}"));
        }
        return findings;
    }

    private async Task<IEnumerable<Finding>> StepsAsync(IReadOnlyList<SolutionDefinition> expected, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var steps = expected.SelectMany(s => s.Steps).ToList();
        foreach (PluginStepDefinition step in steps)
        {
            JsonObject? row = await _client.GetAsync($"sdkmessageprocessingsteps({step.Id:D})?$select=name,statecode", cancellationToken);
            if (row is null) findings.Add(new Finding("Step", FindingLevel.Problem, $"{step.Name} ({step.Id:D}) is not registered: re-import the solution"));
            else if (row["statecode"]?.GetValue<int>() == StepDisabled) findings.Add(new Finding("Step", FindingLevel.Problem, $"{step.Name} is disabled: enable it (Solutions > SDK Message Processing Steps)"));
        }
        if (findings.Count == 0) findings.Add(new Finding("Steps", FindingLevel.Ok, $"all {steps.Count} steps registered and enabled"));
        return findings;
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/entitykeyindexstatus
    private async Task<IEnumerable<Finding>> KeysAsync(IReadOnlyList<SolutionDefinition> expected, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        int count = 0;
        foreach (TableDefinition table in expected.SelectMany(s => s.Tables).Where(t => t.AlternateKeys.Count > 0))
        {
            JsonObject? answer = await _client.GetAsync($"EntityDefinitions(LogicalName={DataverseClient.Literal(table.LogicalName)})/Keys", cancellationToken);
            var keys = (answer?["value"] as JsonArray)?.OfType<JsonObject>().ToList() ?? new List<JsonObject>();
            foreach (AlternateKeyDefinition key in table.AlternateKeys)
            {
                count++;
                JsonObject? found = keys.FirstOrDefault(k => string.Equals(k["LogicalName"]?.GetValue<string>(), key.LogicalName, StringComparison.OrdinalIgnoreCase));
                string? status = found?["EntityKeyIndexStatus"]?.GetValue<string>();
                if (found is null) findings.Add(new Finding("Key", FindingLevel.Problem, $"{table.LogicalName}.{key.LogicalName} does not exist: re-import the solution"));
                else if (status != "Active")
                {
                    string advice = status == "Failed"
                        ? "its index could not be built (duplicate values?); fix the data and reactivate the key"
                        : "its index is still being built; capture writes fail until it is Active";
                    findings.Add(new Finding("Key", FindingLevel.Problem, $"{table.LogicalName}.{key.LogicalName} is {status}: {advice}"));
                }
            }
        }
        if (findings.Count == 0) findings.Add(new Finding("Keys", FindingLevel.Ok, $"all {count} alternate keys Active"));
        return findings;
    }

    private async Task<IEnumerable<Finding>> VariablesAsync(IReadOnlyList<SolutionDefinition> expected, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        EnvironmentVariableState state = await EnvironmentVariableState.ReadAsync(_client, cancellationToken);
        var names = expected.SelectMany(s => s.EnvironmentVariables).Select(v => v.SchemaName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (string name in names.Where(n => !state.Definitions.ContainsKey(n)))
        {
            findings.Add(new Finding("Variable", FindingLevel.Problem, $"{name} is missing: re-import the solution"));
        }
        var effective = state.Definitions.Values.ToDictionary(d => d.SchemaName, d => d.Effective, StringComparer.OrdinalIgnoreCase);
        foreach (VariableProblem problem in EnvironmentVariableCheck.Check(effective))
        {
            findings.Add(new Finding("Variable", FindingLevel.Problem, $"{problem.SchemaName}: {problem.Message}"));
        }
        if (findings.Count == 0) findings.Add(new Finding("Variables", FindingLevel.Ok, $"all {names.Count} environment variables present and valid"));
        return findings;
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation
    private async Task<IEnumerable<Finding>> SystemJobsAsync(IReadOnlyList<SolutionDefinition> expected, DateTime since, CancellationToken cancellationToken)
    {
        var stepNames = expected.SelectMany(s => s.Steps).ToDictionary(s => s.Id, s => s.Name);
        var jobs = await _client.GetAllAsync(
            "asyncoperations?$select=name,statuscode,message,friendlymessage,createdon,_owningextensionid_value"
            + $"&$filter=createdon ge {DataverseClient.Literal(since)} and (statuscode eq {JobFailed} or statuscode eq {JobWaiting}) and _owningextensionid_value ne null",
            cancellationToken: cancellationToken);
        var ours = jobs.Where(j => Guid.TryParse(j["_owningextensionid_value"]?.GetValue<string>(), out Guid step) && stepNames.ContainsKey(step)).ToList();
        if (ours.Count == 0) return [new Finding("System jobs", FindingLevel.Ok, "no failed or waiting jobs of CxJourney's steps in the last day")];
        return ours
            .GroupBy(j => (Step: stepNames[Guid.Parse(j["_owningextensionid_value"]!.GetValue<string>())], Status: j["statuscode"]?.GetValue<int>() ?? 0, Message: FirstLine(j["message"]?.GetValue<string>() ?? j["friendlymessage"]?.GetValue<string>())))
            .Select(g => new Finding("System jobs", FindingLevel.Problem,
                $"{g.Count()} {(g.Key.Status == JobFailed ? "failed" : "waiting")} job(s) of {g.Key.Step} in the last day: {g.Key.Message}"))
            .ToList();
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/logging-tracing
    private async Task<IEnumerable<Finding>> TraceAsync(DateTime since, CancellationToken cancellationToken)
    {
        var organization = await _client.GetAllAsync("organizations?$select=plugintracelogsetting", cancellationToken: cancellationToken);
        int setting = organization.FirstOrDefault()?["plugintracelogsetting"]?.GetValue<int>() ?? TraceOff;
        if (setting == TraceOff) return [new Finding("Plug-in trace", FindingLevel.Info, "tracing is off (Settings > Administration > System Settings > Customization); no trace to read")];
        var errors = await _client.GetAllAsync(
            "plugintracelogs?$select=typename,messagename,exceptiondetails,createdon"
            + $"&$filter=createdon ge {DataverseClient.Literal(since)} and startswith(typename,'CxJourney') and exceptiondetails ne null",
            cancellationToken: cancellationToken);
        var real = errors.Where(e => !string.IsNullOrWhiteSpace(e["exceptiondetails"]?.GetValue<string>())).ToList();
        if (real.Count == 0) return [new Finding("Plug-in trace", FindingLevel.Ok, "no CxJourney plug-in exceptions traced in the last day")];
        return real
            .GroupBy(e => (Type: e["typename"]?.GetValue<string>() ?? "?", Message: FirstLine(e["exceptiondetails"]?.GetValue<string>())))
            .Select(g => new Finding("Plug-in trace", FindingLevel.Problem, $"{g.Count()} exception(s) in {g.Key.Type} in the last day: {g.Key.Message}"))
            .ToList();
    }

    /// <summary>
    /// Rows created in the last hour in the tables the capture steps watch, against touchpoints
    /// created in the same hour. One source row can give no touchpoint (an update that changes
    /// nothing captured) or several, so only "sources but no touchpoint at all" needs an admin.
    /// </summary>
    private async Task<IEnumerable<Finding>> CaptureLagAsync(IReadOnlyList<SolutionDefinition> expected, DateTime since, CancellationToken cancellationToken)
    {
        var sourceTables = expected.SelectMany(s => s.Steps)
            .Where(s => s.PluginTypeName.Contains(".Capture.", StringComparison.Ordinal) && !string.IsNullOrEmpty(s.PrimaryEntity) && s.MessageName is "Create" or "CreateMultiple")
            .Select(s => s.PrimaryEntity!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (sourceTables.Count == 0) return [];
        string filter = $"$filter=createdon ge {DataverseClient.Literal(since)}";
        int sources = 0;
        foreach (string table in sourceTables) sources += await CountAsync(table, filter, cancellationToken);
        int touchpoints = await CountAsync(Tables.Touchpoint, filter, cancellationToken);
        string detail = $"{sources} new rows in {string.Join(", ", sourceTables)} and {touchpoints} touchpoints in the last hour";
        return [sources > 0 && touchpoints == 0
            ? new Finding("Capture", FindingLevel.Problem, detail + ": capture is not running (check the steps and system jobs above)")
            : new Finding("Capture", FindingLevel.Ok, detail)];
    }

    private async Task<int> CountAsync(string table, string filter, CancellationToken cancellationToken)
    {
        JsonObject? definition = await _client.GetAsync($"EntityDefinitions(LogicalName={DataverseClient.Literal(table)})?$select=EntitySetName,PrimaryIdAttribute", cancellationToken);
        if (definition is null) return 0;
        string set = definition["EntitySetName"]!.GetValue<string>();
        string id = definition["PrimaryIdAttribute"]!.GetValue<string>();
        return (await _client.GetAllAsync($"{set}?$select={id}&{filter}", pageSize: 5000, cancellationToken: cancellationToken)).Count;
    }

    private static string FirstLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "(no message)";
        string line = text.Trim().Split('\n')[0].Trim();
        return line.Length > 300 ? line[..300] + "..." : line;
    }
}
