namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition#BKMK_Type
    /// <summary>environmentvariabledefinition.type.</summary>
    public static class EnvironmentVariableType
    {
        public const string Table = Tables.EnvironmentVariableDefinition;
        public const string Column = EnvironmentVariableDefinitionColumns.Type;

        public const int String = 100000000;
        public const int Number = 100000001;
        public const int Boolean = 100000002;
        public const int Json = 100000003;
        public const int DataSource = 100000004;
        public const int Secret = 100000005;
    }
}
