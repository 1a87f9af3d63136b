namespace CxJourney.Emulator.Faults;

/// <summary>Codes of documented limits and key faults (kept apart so that additions elsewhere merge cleanly).</summary>
public static partial class ErrorCodes
{
    /// <summary>
    /// EntityKeyNotDefined: the key attributes of a reference or target are not one of the table's alternate keys.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
    /// </summary>
    public const int EntityKeyNotDefined = unchecked((int)0x80060890);

    /// <summary>
    /// TooManyConditionsInQuery: "Number of conditions in query exceeded maximum limit." More than 500
    /// conditions and link-entities together.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#condition-limits
    /// </summary>
    public const int TooManyConditionsInQuery = unchecked((int)0x8004430C);
}
