using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/transactioncurrency
internal static class TransactionCurrencyTable
{
    public static TableMetadata Build() => new TableBuilder("TransactionCurrency", "transactioncurrencies", 9105, "Currency", "Currencies")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("TransactionCurrencyId", "Currency")
        .PrimaryName("CurrencyName", 100, "Currency Name", RequiredLevel.SystemRequired)
        .String("ISOCurrencyCode", 5, "Currency Code", required: RequiredLevel.SystemRequired)
        .String("CurrencySymbol", 10, "Currency Symbol", required: RequiredLevel.SystemRequired)
        .Integer("CurrencyPrecision", "Currency Precision", 0, 10)
        .Decimal("ExchangeRate", "Exchange Rate", 12, 0.000000000001m, 100000000000m)
        .State(0, "Active", 1, (1, "Active"))
        .State(1, "Inactive", 2, (2, "Inactive"))
        .Build();
}
