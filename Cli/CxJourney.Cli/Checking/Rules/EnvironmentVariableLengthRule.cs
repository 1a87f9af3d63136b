using System.Collections.Generic;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// An environment variable's default value (environmentvariabledefinition.defaultvalue) and shipped
/// current value (environmentvariablevalue.value) fit their columns: a longer one makes the import
/// fail. The limits are the columns' MaxLength in the catalog the local organization runs on (2,000
/// characters in its standard metadata).
/// </summary>
internal sealed class EnvironmentVariableLengthRule : ICheckRule
{
    private const int FallbackMaxLength = 2000;

    public string Name => "environment-variables";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        var defaultMax = MaxLength(context, "environmentvariabledefinition", "defaultvalue");
        var valueMax = MaxLength(context, "environmentvariablevalue", "value");
        foreach (var variable in context.Solution.EnvironmentVariables)
        {
            if (variable.DefaultValue is { } defaultValue && defaultValue.Length > defaultMax)
                yield return CheckContext.Error(Name, variable.Source,
                    $"the default value of environment variable {variable.SchemaName} is {defaultValue.Length} characters, longer than the {defaultMax} environmentvariabledefinition.defaultvalue holds",
                    "ship a shorter default (e.g. only what differs from the code's defaults, minified JSON)");
            if (variable.CurrentValue is { } currentValue && currentValue.Length > valueMax)
                yield return CheckContext.Error(Name, new SourceLocation(variable.ValuesFile ?? variable.Source.File, ""),
                    $"the value of environment variable {variable.SchemaName} is {currentValue.Length} characters, longer than the {valueMax} environmentvariablevalue.value holds",
                    "ship a shorter value in environmentvariablevalues.json");
        }
    }

    private static int MaxLength(CheckContext context, string table, string column)
        => context.Catalog.TryGetTable(table, out var metadata) && metadata.TryGetColumn(column, out var columnMetadata) && columnMetadata.MaxLength is int max
            ? max
            : FallbackMaxLength;
}
