using System.Collections.Generic;
using CxJourney.SolutionModel.Metadata;

namespace CxJourney.WebApi.OData;

/// <summary>What a response carries for each record: the selected columns (null: every column) and the expanded lookups.</summary>
public sealed record Projection(TableProperties Properties, IReadOnlyList<ColumnMetadata>? Columns, IReadOnlyList<ExpandedNavigation> Expansions)
{
    public static Projection All(TableProperties properties) => new(properties, null, []);
}

/// <summary>A single-valued navigation property in $expand, with the columns its nested $select asks for (null: every column).</summary>
public sealed record ExpandedNavigation(NavigationProperty Navigation, TableProperties Target, IReadOnlyList<ColumnMetadata>? Columns);
