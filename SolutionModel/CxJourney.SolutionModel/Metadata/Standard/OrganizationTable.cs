using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/organization
// Its columns, states and relationships come from Reference/organization.tsv; this keeps the table's names
// and what the page does not print.
internal static class OrganizationTable
{
    public static TableMetadata Build() => new TableBuilder("Organization", "organizations", 1019, "Organization", "Organizations")
        .Ownership(TableOwnership.None)
        .PrimaryId("OrganizationId", "Organization")
        .PrimaryName("Name", 160, "Organization Name", RequiredLevel.SystemRequired, ColumnAccess.ReadOnly)
        .Build();
}
