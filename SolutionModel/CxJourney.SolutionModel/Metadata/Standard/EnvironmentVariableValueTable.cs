namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariablevalue
// Its columns, states and relationships come from Reference/environmentvariablevalue.tsv; this keeps the table's names
// and what the page does not print.
internal static class EnvironmentVariableValueTable
{
    public static TableMetadata Build() => new TableBuilder("EnvironmentVariableValue", "environmentvariablevalues", 381,
            "Environment Variable Value", "Environment Variable Values")
        .PrimaryId("EnvironmentVariableValueId", "Environment Variable Value")
        .PrimaryName("SchemaName", 100, "Schema Name", access: ColumnAccess.CreateOnly)
        .Build();
}
