namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariablevalue
/// <summary>Columns of environmentvariablevalue: the value that overrides a definition's default.</summary>
public static class EnvironmentVariableValueColumns
{
    public const string Table = Tables.EnvironmentVariableValue;

    public const string Id = "environmentvariablevalueid";
    public const string SchemaName = "schemaname";
    public const string Value = "value";
    public const string DefinitionId = "environmentvariabledefinitionid";
}
