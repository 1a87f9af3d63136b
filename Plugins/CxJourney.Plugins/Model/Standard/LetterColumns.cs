namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/letter
/// <summary>Columns of letter beyond the common activity columns (ActivityColumns).</summary>
public static class LetterColumns
{
    public const string Table = Tables.Letter;

    /// <summary>Boolean: false incoming, true outgoing (StandardChoices.DirectionCode).</summary>
    public const string DirectionCode = "directioncode";
    public const string From = "from";
    public const string To = "to";
}
