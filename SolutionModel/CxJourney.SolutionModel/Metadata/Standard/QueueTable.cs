using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/queue
internal static class QueueTable
{
    public static TableMetadata Build() => new TableBuilder("Queue", "queues", 2020, "Queue", "Queues")
        .PrimaryId("QueueId", "Queue")
        .PrimaryName("Name", 200, "Queue Name", RequiredLevel.ApplicationRequired)
        .String("EMailAddress", 100, "Incoming Email", "email")
        .Memo("Description", 2000, "Description")
        .Lookup("BusinessUnitId", "Business Unit", ColumnAccess.ReadOnly, RequiredLevel.None, "businessunit")
        .Lookup("PrimaryUserId", "Owner", "systemuser")
        .Choice("QueueViewType", "Type", 0, (0, "Public"), (1, "Private"))
        .State(0, "Active", 1, (1, "Active"))
        .State(1, "Inactive", 2, (2, "Inactive"))
        .Build();
}
