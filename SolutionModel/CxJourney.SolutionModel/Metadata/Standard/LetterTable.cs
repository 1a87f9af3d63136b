using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/letter
// Its columns, states and relationships come from Reference/letter.tsv; this keeps the table's names
// and what the page does not print (party and regarding targets the Dynamics 365 apps add).
internal static class LetterTable
{
    public static TableMetadata Build() => new TableBuilder("Letter", "letters", 4207, "Letter", "Letters")
        .Activity()
        .PrimaryName("Subject", 200, "Subject", RequiredLevel.ApplicationRequired)
        .PartyList("From", "Sender", [.. StandardTables.PartyTargets])
        .PartyList("To", "Recipient", [.. StandardTables.PartyTargets])
        .PartyList("Bcc", "Bcc", [.. StandardTables.PartyTargets])
        .Build();
}
