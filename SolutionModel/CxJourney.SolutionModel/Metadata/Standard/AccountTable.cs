using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account
// Its columns, states and relationships come from Reference/account.tsv; this keeps the table's names
// and what the page does not print.
internal static class AccountTable
{
    public static TableMetadata Build() => new TableBuilder("Account", "accounts", 1, "Account", "Accounts")
        .PrimaryId("AccountId", "Account")
        .PrimaryName("Name", 160, "Account Name", RequiredLevel.ApplicationRequired)
        .Choice("PreferredContactMethodCode", "Preferred Method of Contact", 1, ContactChoices.PreferredContactMethod)
        .Build();
}
