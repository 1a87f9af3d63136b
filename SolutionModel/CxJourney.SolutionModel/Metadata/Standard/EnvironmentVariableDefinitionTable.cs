using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
internal static class EnvironmentVariableDefinitionTable
{
    public static TableMetadata Build() => new TableBuilder("EnvironmentVariableDefinition", "environmentvariabledefinitions", 380,
            "Environment Variable Definition", "Environment Variable Definitions")
        .PrimaryId("EnvironmentVariableDefinitionId", "Environment Variable Definition")
        .PrimaryName("SchemaName", 100, "Schema Name", RequiredLevel.SystemRequired, ColumnAccess.CreateOnly)
        .String("DisplayName", 100, "Display Name", required: RequiredLevel.SystemRequired)
        .Memo("Description", 2000, "Description")
        .Choice("Type", "Type", 100000000,
            (100000000, "String"), (100000001, "Number"), (100000002, "Boolean"), (100000003, "JSON"),
            (100000004, "Data source"), (100000005, "Secret"))
        .Memo("DefaultValue", 2000, "Default Value")
        .Boolean("IsRequired", "Is Required")
        .Key("environmentvariabledefinition_schemaname", "Schema name key", "schemaname")
        .State(0, "Active", 1, (1, "Active"))
        .State(1, "Inactive", 2, (2, "Inactive"))
        .Build();
}
