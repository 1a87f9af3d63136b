using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall
// Its columns, states and relationships come from Reference/phonecall.tsv; this keeps the table's names
// and what the page does not print (party and regarding targets the Dynamics 365 apps add).
internal static class PhoneCallTable
{
    public static TableMetadata Build() => new TableBuilder("PhoneCall", "phonecalls", 4210, "Phone Call", "Phone Calls")
        .Activity()
        .PrimaryName("Subject", 200, "Subject", RequiredLevel.ApplicationRequired)
        .PartyList("From", "Call From", [.. StandardTables.PartyTargets])
        .PartyList("To", "Call To", [.. StandardTables.PartyTargets])
        .Build();
}
