
namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer
internal static class ActivityPointerTable
{
    public static TableMetadata Build() => new TableBuilder("ActivityPointer", "activitypointers", 4200, "Activity", "Activities")
        .Activity()
        .PrimaryName("Subject", 400, "Subject")
        .Memo("Description", 2000, "Description")
        .State(0, "Open", 1, (1, "Open"))
        .State(1, "Completed", 2, (2, "Completed"))
        .State(2, "Canceled", 3, (3, "Canceled"))
        .State(3, "Scheduled", 4, (4, "Scheduled"))
        .Build();
}
