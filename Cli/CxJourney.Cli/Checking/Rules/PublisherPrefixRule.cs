using System;
using System.Collections.Generic;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// Every custom name carries the publisher's prefix (cx_): custom tables, custom columns and the
/// columns added to standard tables, alternate keys, global choices, relationships of custom
/// lookups, environment variables and web resources; and custom option values start with the
/// publisher's option value prefix.
/// </summary>
// https://learn.microsoft.com/power-platform/alm/solution-concepts-alm#solution-publisher
internal sealed class PublisherPrefixRule : ICheckRule
{
    public string Name => "prefix";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        var prefix = context.Prefix;
        var optionPrefix = context.Solution.Manifest.Publisher.OptionValuePrefix;
        var standard = MetadataCatalog.Standard;

        foreach (var table in context.Solution.Tables)
        {
            var standardTable = standard.TryGetTable(table.LogicalName, out var known) ? known : null;
            if (standardTable is null && !Prefixed(table.SchemaName, prefix))
                yield return Missing(table.Source, $"table '{table.SchemaName}'", prefix, table.SchemaName);

            foreach (var column in table.Columns)
            {
                var added = standardTable is null ? column.IsCustom : !standardTable.HasColumn(column.LogicalName);
                if (!added) continue;
                if (!Prefixed(column.LogicalName, prefix))
                    yield return Missing(column.Source, $"column '{column.LogicalName}' of {table.LogicalName}", prefix, column.SchemaName);
                if (column.LocalOptionSet is { Kind: ChoiceKind.Picklist } local)
                {
                    foreach (var problem in OptionValues(local, column.Source, optionPrefix)) yield return problem;
                }
            }

            foreach (var key in table.AlternateKeys)
            {
                if (!Prefixed(key.SchemaName, prefix)) yield return Missing(key.Source, $"alternate key '{key.SchemaName}'", prefix, key.SchemaName);
            }
        }

        foreach (var choice in context.Solution.GlobalOptionSets)
        {
            if (!Prefixed(choice.Name, prefix)) yield return Missing(choice.Source, $"global choice '{choice.Name}'", prefix, choice.Name);
            if (choice.Kind == ChoiceKind.Picklist)
            {
                foreach (var problem in OptionValues(choice, choice.Source, optionPrefix)) yield return problem;
            }
        }

        foreach (var relationship in context.Solution.Relationships)
        {
            var custom = relationship.Kind == RelationshipKind.ManyToMany
                         || (relationship.ReferencingAttribute is { } column && Prefixed(column, prefix));
            if (custom && !Prefixed(relationship.Name, prefix))
                yield return Missing(relationship.Source, $"relationship '{relationship.Name}'", prefix, relationship.Name);
        }

        foreach (var variable in context.Solution.EnvironmentVariables)
        {
            if (!Prefixed(variable.SchemaName, prefix))
                yield return Missing(variable.Source, $"environment variable '{variable.SchemaName}'", prefix, variable.SchemaName);
        }

        foreach (var resource in context.Solution.WebResources)
        {
            if (!Prefixed(resource.Name, prefix)) yield return Missing(resource.Source, $"web resource '{resource.Name}'", prefix, resource.Name);
        }
    }

    private IEnumerable<CheckProblem> OptionValues(OptionSetDefinition choice, SourceLocation source, int optionPrefix)
    {
        if (optionPrefix <= 0) yield break;
        foreach (var option in choice.Options)
        {
            if (option.Value / 10000 != optionPrefix)
                yield return CheckContext.Error(Name, source, $"option {option.Value} ({option.Label}) of '{choice.Name}' does not start with the publisher's option value prefix {optionPrefix}",
                    $"number custom options {optionPrefix}0000 to {optionPrefix}9999");
        }
    }

    private CheckProblem Missing(SourceLocation source, string what, string prefix, string name)
        => CheckContext.Error(Name, source, $"{what} does not carry the publisher prefix '{prefix}'",
            $"rename it {prefix}{StripForeignPrefix(name)} (and every reference to it)");

    private static bool Prefixed(string name, string prefix) => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static string StripForeignPrefix(string name)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        return underscore > 0 && underscore <= 8 ? name[(underscore + 1)..] : name;
    }
}
