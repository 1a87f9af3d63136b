namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
/// <summary>Columns of environmentvariabledefinition: an environment variable and its default value.</summary>
public static class EnvironmentVariableDefinitionColumns
{
    public const string Table = Tables.EnvironmentVariableDefinition;

    public const string Id = "environmentvariabledefinitionid";
    public const string SchemaName = "schemaname";
    public const string DefaultValue = "defaultvalue";

    /// <summary>StandardChoices.EnvironmentVariableType.</summary>
    public const string Type = "type";
}
