using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/opportunityclose
internal static class OpportunityCloseTable
{
    public static TableMetadata Build() => new TableBuilder("OpportunityClose", "opportunitycloses", 4208, "Opportunity Close", "Opportunity Closes")
        .Activity(hasRegarding: false)
        .PrimaryName("Subject", 200, "Subject")
        .Lookup("OpportunityId", "Opportunity", ColumnAccess.CreateOnly, RequiredLevel.None, "opportunity")
        .Money("ActualRevenue", "Actual Revenue")
        .Memo("Description", 2000, "Description")
        .State(0, "Open", 1, (1, "Open"))
        .State(1, "Completed", 2, (2, "Completed"))
        .State(2, "Canceled", 3, (3, "Canceled"))
        .Build();
}
