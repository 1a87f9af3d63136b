namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email#BKMK_StatusCode
    /// <summary>email.statuscode.</summary>
    public static class EmailStatus
    {
        public const string Table = Tables.Email;
        public const string Column = EmailColumns.StatusCode;

        public const int Draft = 1;
        public const int Completed = 2;
        public const int Sent = 3;
        public const int Received = 4;
        public const int Canceled = 5;
        public const int PendingSend = 6;
        public const int Sending = 7;
        public const int Failed = 8;
    }
}
