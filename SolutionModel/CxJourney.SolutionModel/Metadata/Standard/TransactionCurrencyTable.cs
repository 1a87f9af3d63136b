using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/transactioncurrency
// Its columns, states and relationships come from Reference/transactioncurrency.tsv; this keeps the table's names
// and what the page does not print.
internal static class TransactionCurrencyTable
{
    public static TableMetadata Build() => new TableBuilder("TransactionCurrency", "transactioncurrencies", 9105, "Currency", "Currencies")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("TransactionCurrencyId", "Currency")
        .PrimaryName("CurrencyName", 100, "Currency Name", RequiredLevel.SystemRequired)
        .Build();
}
