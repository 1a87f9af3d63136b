
namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer
// Its columns, states and relationships come from Reference/activitypointer.tsv; this keeps the table's names
// and what the page does not print (regarding targets the Dynamics 365 apps add).
internal static class ActivityPointerTable
{
    public static TableMetadata Build() => new TableBuilder("ActivityPointer", "activitypointers", 4200, "Activity", "Activities")
        .Activity()
        .PrimaryName("Subject", 400, "Subject")
        .Build();
}
