using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuser
// Its columns, states and relationships come from Reference/systemuser.tsv; this keeps the table's names
// and what the page does not print.
internal static class SystemUserTable
{
    public static TableMetadata Build() => new TableBuilder("SystemUser", "systemusers", 8, "User", "Users")
        .Ownership(TableOwnership.BusinessOwned)
        .PrimaryId("SystemUserId", "User")
        .PrimaryName("FullName", 200, "Full Name", access: ColumnAccess.ReadOnly)
        .Choice("AccessMode", "Access Mode", 0,
            (0, "Read-Write"), (1, "Administrative"), (2, "Read"), (3, "Support User"), (4, "Non-interactive"), (5, "Delegated Admin"))
        .Build();
}
