
namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email
internal static class EmailTable
{
    public static TableMetadata Build() => new TableBuilder("Email", "emails", 4202, "Email", "Email Messages")
        .Activity()
        .PrimaryName("Subject", 800, "Subject")
        .Memo("Description", 1073741823, "Description")
        .Boolean("DirectionCode", "Direction", "Incoming", "Outgoing", defaultValue: true)
        .PartyList("From", "From", [.. StandardTables.PartyTargets])
        .PartyList("To", "To", [.. StandardTables.PartyTargets])
        .PartyList("Cc", "Cc", [.. StandardTables.PartyTargets])
        .PartyList("Bcc", "Bcc", [.. StandardTables.PartyTargets])
        .String("Sender", 250, "From (address)")
        .String("ToRecipients", 500, "To Recipients")
        .String("MessageId", 320, "Message ID")
        .String("TrackingToken", 50, "Tracking Token")
        .DateTime("SentOn", "Date Sent", access: ColumnAccess.ReadOnly)
        .Boolean("ReadReceiptRequested", "Read Receipt Requested")
        .Boolean("DeliveryReceiptRequested", "Delivery Receipt Requested")
        .Lookup("ParentActivityId", "Parent Activity Id", "email")
        .Integer("AttachmentCount", "Attachment Count", 0, 2147483647, ColumnAccess.ReadOnly)
        .State(0, "Open", 1, (1, "Draft"), (8, "Failed"))
        .State(1, "Completed", 2, (2, "Completed"), (3, "Sent"), (4, "Received"), (6, "Pending Send"), (7, "Sending"))
        .State(2, "Canceled", 5, (5, "Canceled"))
        .Build();
}
