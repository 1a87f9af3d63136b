using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solution
// Its columns, states and relationships come from Reference/solution.tsv; this keeps the table's names
// and what the page does not print.
// One row per imported solution, written by the import.
internal static class SolutionTable
{
    public static TableMetadata Build() => new TableBuilder("Solution", "solutions", 7100, "Solution", "Solutions")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("SolutionId", "Solution Identifier")
        .PrimaryName("FriendlyName", 256, "Display Name", RequiredLevel.SystemRequired, ColumnAccess.ReadOnly)
        .Build();
}
