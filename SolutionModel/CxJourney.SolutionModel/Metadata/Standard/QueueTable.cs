using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/queue
// Its columns, states and relationships come from Reference/queue.tsv; this keeps the table's names
// and what the page does not print.
internal static class QueueTable
{
    public static TableMetadata Build() => new TableBuilder("Queue", "queues", 2020, "Queue", "Queues")
        .PrimaryId("QueueId", "Queue")
        .PrimaryName("Name", 200, "Queue Name", RequiredLevel.ApplicationRequired)
        .Choice("QueueViewType", "Type", 0, (0, "Public"), (1, "Private"))
        .Build();
}
