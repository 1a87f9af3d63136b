namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email
/// <summary>Columns of email beyond the common activity columns (ActivityColumns).</summary>
public static class EmailColumns
{
    public const string Table = Tables.Email;

    /// <summary>Boolean: false incoming, true outgoing (StandardChoices.DirectionCode).</summary>
    public const string DirectionCode = "directioncode";
    public const string From = "from";
    public const string To = "to";
    public const string Cc = "cc";
    public const string Bcc = "bcc";
    public const string Sender = "sender";
    public const string ToRecipients = "torecipients";
    public const string MessageId = "messageid";
    public const string TrackingToken = "trackingtoken";

    /// <summary>The email this one replies to or forwards: the conversation thread.</summary>
    public const string ParentActivityId = "parentactivityid";
    public const string SentOn = "senton";

    /// <summary>StandardChoices.EmailStatus.</summary>
    public const string StatusCode = "statuscode";
}
