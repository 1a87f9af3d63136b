namespace CxJourney.Plugins.Model;

/// <summary>Columns of cx_settingscopy (Solution/Entities/cx_SettingsCopy): the one row copying the cx_ environment variables.</summary>
public static class SettingsCopyColumns
{
    public const string Table = Tables.SettingsCopy;
    public const string Id = "cx_settingscopyid";
    public const string Name = "cx_name";

    /// <summary>Every cx_ variable's effective value, a JSON object by schema name.</summary>
    public const string Values = "cx_values";

    /// <summary>When the values were copied; an old copy is copied again (see Infrastructure/SettingsCopy).</summary>
    public const string CopiedOn = "cx_copiedon";
}
