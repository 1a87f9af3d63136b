using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/opportunity
// Its columns, states and relationships come from Reference/opportunity.tsv; this keeps the table's names
// and what the page does not print.
internal static class OpportunityTable
{
    public static TableMetadata Build() => new TableBuilder("Opportunity", "opportunities", 3, "Opportunity", "Opportunities")
        .PrimaryId("OpportunityId", "Opportunity")
        .PrimaryName("Name", 300, "Topic", RequiredLevel.ApplicationRequired)
        .Build();
}
