using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activityparty
// https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity (participation types)
internal static class ActivityPartyTable
{
    public static TableMetadata Build() => new TableBuilder("ActivityParty", "activityparties", 135, "Activity Party", "Activity Parties")
        .Ownership(TableOwnership.None)
        .WithoutStamps()
        .PrimaryId("ActivityPartyId", "Activity Party")
        .Lookup("ActivityId", "Activity", ColumnAccess.CreateOnly, RequiredLevel.None, "activitypointer")
        .Lookup("PartyId", "Party", [.. StandardTables.PartyTargets])
        .Choice("ParticipationTypeMask", "Participation Type", null,
            (1, "Sender"), (2, "To Recipient"), (3, "CC Recipient"), (4, "BCC Recipient"), (5, "Required attendee"),
            (6, "Optional attendee"), (7, "Organizer"), (8, "Regarding"), (9, "Owner"), (10, "Resource"), (11, "Customer"),
            (12, "Chat Participant"), (13, "Related"))
        // The address the email went to or came from when the party is not (or not only) a row.
        .String("AddressUsed", 320, "Address")
        .Boolean("IsPartyDeleted", "Is Party Deleted", access: ColumnAccess.ReadOnly)
        .Build();
}
