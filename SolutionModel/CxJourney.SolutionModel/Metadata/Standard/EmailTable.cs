
namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email
// Its columns, states and relationships come from Reference/email.tsv; this keeps the table's names
// and what the page does not print (party and regarding targets the Dynamics 365 apps add).
internal static class EmailTable
{
    public static TableMetadata Build() => new TableBuilder("Email", "emails", 4202, "Email", "Email Messages")
        .Activity()
        .PrimaryName("Subject", 800, "Subject")
        .PartyList("From", "From", [.. StandardTables.PartyTargets])
        .PartyList("To", "To", [.. StandardTables.PartyTargets])
        .PartyList("Cc", "Cc", [.. StandardTables.PartyTargets])
        .PartyList("Bcc", "Bcc", [.. StandardTables.PartyTargets])
        .Build();
}
