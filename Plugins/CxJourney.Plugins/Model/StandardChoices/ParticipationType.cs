namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity#activity-party-types
    /// <summary>activityparty.participationtypemask: the role of a party in an activity.</summary>
    public static class ParticipationType
    {
        public const string Table = Tables.ActivityParty;
        public const string Column = ActivityPartyColumns.ParticipationTypeMask;

        public const int Sender = 1;
        public const int ToRecipient = 2;
        public const int CcRecipient = 3;
        public const int BccRecipient = 4;
        public const int RequiredAttendee = 5;
        public const int OptionalAttendee = 6;
        public const int Organizer = 7;
        public const int Regarding = 8;
        public const int Owner = 9;
        public const int Resource = 10;
        public const int Customer = 11;
        public const int ChatParticipant = 12;
        public const int Related = 13;
    }
}
