using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariablevalue
internal static class EnvironmentVariableValueTable
{
    public static TableMetadata Build() => new TableBuilder("EnvironmentVariableValue", "environmentvariablevalues", 381,
            "Environment Variable Value", "Environment Variable Values")
        .PrimaryId("EnvironmentVariableValueId", "Environment Variable Value")
        .PrimaryName("SchemaName", 100, "Schema Name", access: ColumnAccess.CreateOnly)
        .Memo("Value", 2000, "Value")
        .Lookup("EnvironmentVariableDefinitionId", "Environment Variable Definition", ColumnAccess.CreateOnly,
            RequiredLevel.SystemRequired, "environmentvariabledefinition")
        .State(0, "Active", 1, (1, "Active"))
        .State(1, "Inactive", 2, (2, "Inactive"))
        .Build();
}
