namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/opportunityclose
// Its columns, states and relationships come from Reference/opportunityclose.tsv; this keeps the table's names
// and what the page does not print.
internal static class OpportunityCloseTable
{
    public static TableMetadata Build() => new TableBuilder("OpportunityClose", "opportunitycloses", 4208, "Opportunity Close", "Opportunity Closes")
        .Activity(hasRegarding: false)
        .PrimaryName("Subject", 200, "Subject")
        .Build();
}
