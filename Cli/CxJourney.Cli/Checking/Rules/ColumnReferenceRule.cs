using System.Collections.Generic;
using CxJourney.SolutionModel.Metadata;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// A step's table exists, and every filtering attribute and image attribute is a column of it
/// (logical names, lower case), judged against the same catalog the local organization runs on:
/// the standard tables merged with the solution's.
/// </summary>
internal sealed class ColumnReferenceRule : ICheckRule
{
    public string Name => "columns";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        foreach (var step in context.Solution.Steps)
        {
            if (step.PrimaryEntity is not { } tableName) continue;
            if (!context.Catalog.TryGetTable(tableName, out var table))
            {
                yield return CheckContext.Error(Name, step.Source, $"<PrimaryEntity> '{tableName}' is neither a table of this solution nor a standard table",
                    "write the table's logical name (lower case) or define the table in Entities/");
                continue;
            }

            foreach (var column in step.FilteringAttributes)
            {
                if (!table.HasColumn(column))
                    yield return CheckContext.Error(Name, step.Source, $"filtering attribute '{column}' is not a column of {table.LogicalName}", Fix(table, column));
            }
            foreach (var image in step.Images)
            {
                foreach (var column in image.Attributes)
                {
                    if (!table.HasColumn(column))
                        yield return CheckContext.Error(Name, image.Source, $"image attribute '{column}' is not a column of {table.LogicalName}", Fix(table, column));
                }
            }
        }
    }

    private static string Fix(TableMetadata table, string column)
    {
        if (column != column.ToLowerInvariant()) return $"write the logical name '{column.ToLowerInvariant()}' (lower case)";
        return table.Source is { } source
            ? $"name a column defined in {source.File}, or add '{column}' there"
            : $"name a column of the standard table {table.LogicalName}, or add '{column}' to the solution in Entities/{table.SchemaName}/Entity.xml";
    }
}
