using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task
internal static class TaskTable
{
    public static TableMetadata Build() => new TableBuilder("Task", "tasks", 4212, "Task", "Tasks")
        .Activity()
        .PrimaryName("Subject", 200, "Subject", RequiredLevel.ApplicationRequired)
        .Memo("Description", 2000, "Description")
        .Integer("PercentComplete", "Percent Complete", 0, 100)
        .String("Category", 250, "Category")
        .String("Subcategory", 250, "Sub-Category")
        .State(0, "Open", 2, (2, "Not Started"), (3, "In Progress"), (4, "Waiting on someone else"), (7, "Deferred"))
        .State(1, "Completed", 5, (5, "Completed"))
        .State(2, "Canceled", 6, (6, "Canceled"))
        .Build();
}
