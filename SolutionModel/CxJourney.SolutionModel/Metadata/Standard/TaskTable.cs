using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task
// Its columns, states and relationships come from Reference/task.tsv; this keeps the table's names
// and what the page does not print (regarding targets the Dynamics 365 apps add).
internal static class TaskTable
{
    public static TableMetadata Build() => new TableBuilder("Task", "tasks", 4212, "Task", "Tasks")
        .Activity()
        .PrimaryName("Subject", 200, "Subject", RequiredLevel.ApplicationRequired)
        .Build();
}
