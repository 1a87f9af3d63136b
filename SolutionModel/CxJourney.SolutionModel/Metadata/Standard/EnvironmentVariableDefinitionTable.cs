using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
// Its columns, states and relationships come from Reference/environmentvariabledefinition.tsv; this keeps the table's names
// and what the page does not print (the type's default and options, the schema-name key).
internal static class EnvironmentVariableDefinitionTable
{
    public static TableMetadata Build() => new TableBuilder("EnvironmentVariableDefinition", "environmentvariabledefinitions", 380,
            "Environment Variable Definition", "Environment Variable Definitions")
        .PrimaryId("EnvironmentVariableDefinitionId", "Environment Variable Definition")
        .PrimaryName("SchemaName", 100, "Schema Name", RequiredLevel.SystemRequired, ColumnAccess.CreateOnly)
        .Choice("Type", "Type", 100000000,
            (100000000, "String"), (100000001, "Number"), (100000002, "Boolean"), (100000003, "JSON"),
            (100000004, "Data source"), (100000005, "Secret"))
        .Key("environmentvariabledefinition_schemaname", "Schema name key", "schemaname")
        .Build();
}
