using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall
internal static class PhoneCallTable
{
    public static TableMetadata Build() => new TableBuilder("PhoneCall", "phonecalls", 4210, "Phone Call", "Phone Calls")
        .Activity()
        .PrimaryName("Subject", 200, "Subject", RequiredLevel.ApplicationRequired)
        .Memo("Description", 2000, "Description")
        .Boolean("DirectionCode", "Direction", "Incoming", "Outgoing", defaultValue: true)
        .PartyList("From", "Call From", [.. StandardTables.PartyTargets])
        .PartyList("To", "Call To", [.. StandardTables.PartyTargets])
        .String("PhoneNumber", 200, "Phone Number", "phone")
        .Boolean("LeftVoiceMail", "Left Voice Mail")
        .State(0, "Open", 1, (1, "Open"))
        .State(1, "Completed", 2, (2, "Made"), (4, "Received"))
        .State(2, "Canceled", 3, (3, "Canceled"))
        .Build();
}
