using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account
internal static class AccountTable
{
    public static TableMetadata Build() => new TableBuilder("Account", "accounts", 1, "Account", "Accounts")
        .PrimaryId("AccountId", "Account")
        .PrimaryName("Name", 160, "Account Name", RequiredLevel.ApplicationRequired)
        .String("AccountNumber", 20, "Account Number")
        .String("EMailAddress1", 100, "Email", "email")
        .String("EMailAddress2", 100, "Email Address 2", "email")
        .String("Telephone1", 50, "Main Phone", "phone")
        .String("Telephone2", 50, "Other Phone", "phone")
        .String("Fax", 50, "Fax", "phone")
        .String("WebSiteURL", 200, "Website", "url")
        .Address1()
        .Memo("Description", 2000, "Description")
        .Lookup("ParentAccountId", "Parent Account", "account")
        .Lookup("PrimaryContactId", "Primary Contact", "contact")
        .Lookup("TransactionCurrencyId", "Currency", "transactioncurrency")
        .Lookup("MasterId", "Master ID", ColumnAccess.ReadOnly, RequiredLevel.None, "account")
        .Boolean("Merged", "Merged", access: ColumnAccess.ReadOnly)
        .Money("Revenue", "Annual Revenue", min: 0m, max: 100000000000000m)
        .Integer("NumberOfEmployees", "Number of Employees", 0, 1000000000)
        .Choice("AccountCategoryCode", "Category", null, (1, "Preferred Customer"), (2, "Standard"))
        .Choice("CustomerTypeCode", "Relationship Type", null,
            (1, "Competitor"), (2, "Consultant"), (3, "Customer"), (4, "Investor"), (5, "Partner"), (6, "Influencer"),
            (7, "Press"), (8, "Prospect"), (9, "Reseller"), (10, "Supplier"), (11, "Vendor"), (12, "Other"))
        .Choice("PreferredContactMethodCode", "Preferred Method of Contact", 1, ContactChoices.PreferredContactMethod)
        .DoNotContactFlags()
        .State(0, "Active", 1, (1, "Active"))
        .State(1, "Inactive", 2, (2, "Inactive"))
        .Build();
}
