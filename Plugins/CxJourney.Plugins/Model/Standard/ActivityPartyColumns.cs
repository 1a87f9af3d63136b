namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity
/// <summary>Columns of activityparty: who an activity's from/to/cc/attendee parties are.</summary>
public static class ActivityPartyColumns
{
    public const string Table = Tables.ActivityParty;

    public const string Id = "activitypartyid";
    public const string ActivityId = "activityid";

    /// <summary>The party row: a contact, account, lead, user or queue.</summary>
    public const string PartyId = "partyid";

    /// <summary>StandardChoices.ParticipationType.</summary>
    public const string ParticipationTypeMask = "participationtypemask";

    /// <summary>The email address used when the party is not (or not only) a row.</summary>
    public const string AddressUsed = "addressused";
    public const string IsPartyDeleted = "ispartydeleted";
}
