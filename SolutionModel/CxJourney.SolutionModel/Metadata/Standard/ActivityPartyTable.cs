using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activityparty
// Its columns, states and relationships come from Reference/activityparty.tsv; this keeps the table's names
// and what the page does not print (party targets the Dynamics 365 apps add, participation type 13 Related).
// https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity (participation types)
internal static class ActivityPartyTable
{
    public static TableMetadata Build() => new TableBuilder("ActivityParty", "activityparties", 135, "Activity Party", "Activity Parties")
        .Ownership(TableOwnership.None)
        .WithoutStamps()
        .PrimaryId("ActivityPartyId", "Activity Party")
        .Lookup("PartyId", "Party", [.. StandardTables.PartyTargets])
        .Choice("ParticipationTypeMask", "Participation Type", null,
            (1, "Sender"), (2, "To Recipient"), (3, "CC Recipient"), (4, "BCC Recipient"), (5, "Required attendee"),
            (6, "Optional attendee"), (7, "Organizer"), (8, "Regarding"), (9, "Owner"), (10, "Resource"), (11, "Customer"),
            (12, "Chat Participant"), (13, "Related"))
        .Build();
}
