using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/businessunit
// Its columns, states and relationships come from Reference/businessunit.tsv; this keeps the table's names
// and what the page does not print.
internal static class BusinessUnitTable
{
    public static TableMetadata Build() => new TableBuilder("BusinessUnit", "businessunits", 10, "Business Unit", "Business Units")
        .Ownership(TableOwnership.BusinessOwned)
        .PrimaryId("BusinessUnitId", "Business Unit")
        .PrimaryName("Name", 160, "Name", RequiredLevel.SystemRequired)
        .Build();
}
