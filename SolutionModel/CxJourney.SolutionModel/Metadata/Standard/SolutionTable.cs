using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solution
// One row per imported solution; an import writes it, so every column is read-only to callers.
internal static class SolutionTable
{
    public static TableMetadata Build() => new TableBuilder("Solution", "solutions", 7100, "Solution", "Solutions")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("SolutionId", "Solution Identifier")
        .PrimaryName("FriendlyName", 256, "Display Name", RequiredLevel.SystemRequired, ColumnAccess.ReadOnly)
        .String("UniqueName", 65, "Name", access: ColumnAccess.ReadOnly)
        .String("Version", 256, "Version", access: ColumnAccess.ReadOnly)
        .Boolean("IsManaged", "Package Type", "Unmanaged", "Managed", access: ColumnAccess.ReadOnly)
        .Boolean("IsVisible", "Is Visible Outside Platform", access: ColumnAccess.ReadOnly)
        .DateTime("InstalledOn", "Installed On", access: ColumnAccess.ReadOnly)
        .String("Description", 2000, "Description")
        .Build();
}
