using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation
// Its columns, states and relationships come from Reference/asyncoperation.tsv; this keeps the table's names
// and regarding, which points at any table (custom ones included): its lookup names no targets.
internal static class AsyncOperationTable
{
    public static TableMetadata Build() => new TableBuilder("AsyncOperation", "asyncoperations", 4700, "System Job", "System Jobs")
        .PrimaryId("AsyncOperationId", "System Job")
        .PrimaryName("Name", 256, "System Job Name", access: ColumnAccess.CreateOnly)
        .Lookup("RegardingObjectId", "Regarding", ColumnAccess.CreateOnly, RequiredLevel.None)
        .Build();
}
