using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// The steps of a solution, each bound to its plug-in class in the given assemblies (the emulator
/// never references the plug-in project: the caller hands it the built assembly). Immutable once
/// loaded and safe to share between threads.
/// </summary>
public sealed class StepRegistry
{
    private readonly ConcurrentDictionary<(string Message, string Entity), RegisteredStep[]> _byEvent = new();
    private readonly Dictionary<string, RegisteredStep[]> _byMessage;

    private StepRegistry(IReadOnlyList<RegisteredStep> steps)
    {
        Steps = steps;
        _byMessage = steps
            .GroupBy(s => s.MessageName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public static StepRegistry Empty { get; } = new([]);

    /// <summary>Every enabled step, in Solution/ order.</summary>
    public IReadOnlyList<RegisteredStep> Steps { get; }

    /// <summary>
    /// Binds every step of <paramref name="solution"/> to a class of <paramref name="assemblies"/>.
    /// Throws <see cref="PluginRegistrationException"/> listing every registration Dataverse would
    /// refuse (the import's own words where known) and every class that is missing or not a plug-in.
    /// <paramref name="organizationMessages"/>: message ids this organization knows besides the documented
    /// ones (a real organization has ids for CreateMultiple and others that no public source gives). Disabled steps are checked but not run.
    /// </summary>
    public static StepRegistry Load(
        SolutionDefinition solution,
        IEnumerable<Assembly> assemblies,
        MetadataCatalog? catalog = null,
        IReadOnlyDictionary<Guid, string>? secureConfigurations = null,
        IReadOnlyDictionary<Guid, string>? organizationMessages = null)
    {
        ArgumentNullException.ThrowIfNull(solution);
        IReadOnlyList<Assembly> given = assemblies?.ToList() ?? throw new ArgumentNullException(nameof(assemblies));
        var problems = new List<string>();
        var steps = new List<RegisteredStep>();
        int order = 0;
        foreach (PluginStepDefinition definition in solution.Steps)
        {
            var stepProblems = StepRegistrationRules.Check(definition, catalog, organizationMessages).ToList();
            Type? type = StepRegistrationRules.BindType(definition, given, out ConstructorInfo? constructor, out string? bindProblem);
            if (bindProblem is not null) stepProblems.Add(bindProblem);
            foreach (string problem in stepProblems) problems.Add($"{definition.Source}: step '{definition.Name}': {problem}");
            if (stepProblems.Count > 0 || !definition.IsEnabled) continue;

            string? secure = secureConfigurations is not null && secureConfigurations.TryGetValue(definition.Id, out string? value) ? value : null;
            steps.Add(new RegisteredStep(definition, type!, constructor!, secure, order++));
        }
        if (problems.Count > 0) throw new PluginRegistrationException(problems);
        return new StepRegistry(steps);
    }

    public RegisteredStep? Find(Guid stepId) => Steps.FirstOrDefault(s => s.Id == stepId);

    /// <summary>The step with this name (Solution/'s &lt;SdkMessageProcessingStep Name&gt;); throws when there is none.</summary>
    public RegisteredStep Get(string stepName) =>
        Steps.FirstOrDefault(s => string.Equals(s.Name, stepName, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No enabled step is named '{stepName}'. Steps: {string.Join(", ", Steps.Select(s => s.Name))}.");

    /// <summary>The steps running this plug-in class.</summary>
    public IEnumerable<RegisteredStep> Of(Type pluginType) => Steps.Where(s => s.PluginType == pluginType);

    /// <summary>Steps registered on the message for this table or for any table, by stage, rank, then Solution/ order.</summary>
    internal RegisteredStep[] For(string message, string entity)
    {
        if (!_byMessage.TryGetValue(message, out RegisteredStep[]? onMessage)) return [];
        return _byEvent.GetOrAdd((message, entity), key => onMessage
            .Where(s => s.PrimaryEntity is null || string.Equals(s.PrimaryEntity, key.Entity, StringComparison.Ordinal))
            .OrderBy(s => (int)s.Stage).ThenBy(s => s.Rank).ThenBy(s => s.Order)
            .ToArray());
    }

    internal bool HasMessage(string message) => _byMessage.ContainsKey(message);
}
