using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/opportunity
internal static class OpportunityTable
{
    public static TableMetadata Build() => new TableBuilder("Opportunity", "opportunities", 3, "Opportunity", "Opportunities")
        .PrimaryId("OpportunityId", "Opportunity")
        .PrimaryName("Name", 300, "Topic", RequiredLevel.ApplicationRequired)
        .Customer("CustomerId", "Potential Customer")
        .Lookup("ParentAccountId", "Account", "account")
        .Lookup("ParentContactId", "Contact", "contact")
        .Lookup("OriginatingLeadId", "Originating Lead", "lead")
        .Lookup("TransactionCurrencyId", "Currency", "transactioncurrency")
        .Money("EstimatedValue", "Est. Revenue", min: -1000000000000m, max: 1000000000000m)
        .Money("ActualValue", "Actual Revenue", min: -1000000000000m, max: 1000000000000m)
        .DateTime("EstimatedCloseDate", "Est. Close Date", dateOnly: true)
        .DateTime("ActualCloseDate", "Actual Close Date", dateOnly: true)
        .Integer("CloseProbability", "Probability", 0, 100)
        .Choice("OpportunityRatingCode", "Rating", 2, (1, "Hot"), (2, "Warm"), (3, "Cold"))
        .Memo("Description", 2000, "Description")
        .State(0, "Open", 1, (1, "In Progress"), (2, "On Hold"))
        .State(1, "Won", 3, (3, "Won"))
        .State(2, "Lost", 4, (4, "Canceled"), (5, "Out-Sold"))
        .Build();
}
