using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/letter
internal static class LetterTable
{
    public static TableMetadata Build() => new TableBuilder("Letter", "letters", 4207, "Letter", "Letters")
        .Activity()
        .PrimaryName("Subject", 200, "Subject", RequiredLevel.ApplicationRequired)
        .Memo("Description", 2000, "Description")
        .Boolean("DirectionCode", "Direction", "Incoming", "Outgoing", defaultValue: true)
        .PartyList("From", "Sender", [.. StandardTables.PartyTargets])
        .PartyList("To", "Recipient", [.. StandardTables.PartyTargets])
        .PartyList("Bcc", "Bcc", [.. StandardTables.PartyTargets])
        .String("Address", 200, "Address")
        .State(0, "Open", 1, (1, "Open"), (2, "Draft"))
        .State(1, "Completed", 4, (3, "Received"), (4, "Sent"))
        .State(2, "Canceled", 5, (5, "Canceled"))
        .Build();
}
