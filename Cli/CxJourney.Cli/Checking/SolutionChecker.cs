using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CxJourney.Cli.Checking.Rules;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Cli.Checking;

/// <summary>What to check: the unpacked solution and the built binary of each plugin assembly, by assembly name.</summary>
public sealed record CheckRequest
{
    public required string SolutionFolder { get; init; }

    public IReadOnlyDictionary<string, string> AssemblyFiles { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The solution this one is imported on top of (the core, for SalesSolution/): its plug-in
    /// assemblies and tables count as present, as they are in the organization at import.
    /// </summary>
    public string? BaseSolutionFolder { get; init; }

    /// <summary>Where to look for an assembly <see cref="AssemblyFiles"/> does not name (by assembly name); null for nowhere.</summary>
    public Func<string, string?>? LocateBinary { get; init; }
}

/// <summary>Every problem found, sorted by file and line.</summary>
public sealed record CheckReport(IReadOnlyList<CheckProblem> Problems)
{
    public int ErrorCount => Problems.Count(p => p.IsError);
    public int WarningCount => Problems.Count(p => !p.IsError);
    public bool HasErrors => ErrorCount > 0;
}

/// <summary>
/// Lints Solution/ and the built plugin assembly before anyone imports: the reader's own findings
/// (malformed files, duplicates), the metadata catalog's (unknown choices, lookups without a
/// relationship), then each <see cref="ICheckRule"/>.
/// </summary>
public static class SolutionChecker
{
    public static IReadOnlyList<ICheckRule> Rules { get; } = new ICheckRule[]
    {
        new AssemblyRule(),
        new PluginTypeRule(),
        new ColumnReferenceRule(),
        new RegistrationRule(),
        new PublisherPrefixRule(),
        new UniqueIdRule(),
        new SchemaRule(),
        new WebResourceRule(),
        new RootComponentRule(),
        new EnvironmentVariableLengthRule(),
        new MessageCatalogRule(),
        new StepCheckerRules(),
        new AvoidBatchInSyncPluginRule(),
        new SpecifyColumnRule(),
        new SdkFloorRule(),
        new PluginCodeCheckerRules(),
        new ReachabilityRule(),
    };

    public static CheckReport Check(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<CheckProblem>();
        var read = SolutionReader.Analyze(request.SolutionFolder);
        problems.AddRange(read.Issues.Select(issue => FromIssue("reader", issue)));
        if (read.Solution is not { } solution) return Sorted(problems);

        SolutionDefinition? baseSolution = null;
        if (request.BaseSolutionFolder is { } baseFolder)
        {
            var baseRead = SolutionReader.Analyze(baseFolder);
            if (baseRead.Solution is null || baseRead.HasErrors)
            {
                problems.Add(CheckContext.Error("reader", solution.Manifest.Source, $"the solution it depends on ({baseFolder}) cannot be read", "check that solution first"));
                return Sorted(problems);
            }
            baseSolution = baseRead.Solution;
        }

        var catalog = MetadataCatalog.Analyze(baseSolution is null ? solution : SolutionLayers.Import(baseSolution, [request.SolutionFolder]));
        problems.AddRange(catalog.Issues.Select(issue => FromIssue("metadata", issue)));

        var assemblies = new Dictionary<string, InspectedAssembly>(StringComparer.OrdinalIgnoreCase);
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in solution.PluginAssemblies.Concat(baseSolution?.PluginAssemblies ?? []))
        {
            var path = request.AssemblyFiles.GetValueOrDefault(definition.Name) ?? request.LocateBinary?.Invoke(definition.Name);
            if (path is null) continue;
            files[definition.Name] = path;
            if (!File.Exists(path)) continue;
            try
            {
                assemblies[definition.Name] = AssemblyInspector.Inspect(path);
            }
            catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
            {
                problems.Add(CheckContext.Error("assembly", definition.Source, $"{path} cannot be read as an assembly: {ex.Message}",
                    "rebuild the plugin project and check again"));
            }
        }

        var context = new CheckContext(solution, catalog.Catalog, assemblies, files) { BaseSolution = baseSolution };
        foreach (var rule in Rules) problems.AddRange(rule.Check(context));
        return Sorted(problems);
    }

    private static CheckProblem FromIssue(string rule, SolutionIssue issue)
        => new(rule, issue.Severity, issue.Location, issue.Message,
            issue.Severity == IssueSeverity.Error
                ? "correct the element as Solution/README.md describes (the local organization and the packer refuse the solution until then)"
                : "correct it as Solution/README.md describes");

    private static CheckReport Sorted(List<CheckProblem> problems)
        => new(problems
            .Distinct()
            .OrderBy(p => p.Location.File, StringComparer.Ordinal)
            .ThenBy(p => p.Location.Line)
            .ThenBy(p => p.Location.ElementPath, StringComparer.Ordinal)
            .ThenBy(p => p.Problem, StringComparer.Ordinal)
            .ToList());
}
