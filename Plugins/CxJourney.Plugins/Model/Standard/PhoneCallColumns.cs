namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall
/// <summary>Columns of phonecall beyond the common activity columns (ActivityColumns).</summary>
public static class PhoneCallColumns
{
    public const string Table = Tables.PhoneCall;

    /// <summary>Boolean: false incoming, true outgoing (StandardChoices.DirectionCode).</summary>
    public const string DirectionCode = "directioncode";
    public const string From = "from";
    public const string To = "to";
    public const string PhoneNumber = "phonenumber";
    public const string LeftVoiceMail = "leftvoicemail";
}
