using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuser
internal static class SystemUserTable
{
    public static TableMetadata Build() => new TableBuilder("SystemUser", "systemusers", 8, "User", "Users")
        .Ownership(TableOwnership.BusinessOwned)
        .PrimaryId("SystemUserId", "User")
        .PrimaryName("FullName", 200, "Full Name", access: ColumnAccess.ReadOnly)
        .String("FirstName", 256, "First Name", required: RequiredLevel.ApplicationRequired)
        .String("LastName", 256, "Last Name", required: RequiredLevel.ApplicationRequired)
        .String("DomainName", 1024, "User Name", required: RequiredLevel.SystemRequired)
        .String("InternalEMailAddress", 100, "Primary Email", "email")
        .String("Title", 128, "Title")
        .String("MobilePhone", 64, "Mobile Phone", "phone")
        .String("Address1_Telephone1", 64, "Main Phone", "phone")
        .Lookup("BusinessUnitId", "Business Unit", ColumnAccess.CreateAndUpdate, RequiredLevel.SystemRequired, "businessunit")
        .Lookup("ParentSystemUserId", "Manager", "systemuser")
        .Lookup("QueueId", "Default Queue", "queue")
        .Lookup("TransactionCurrencyId", "Currency", "transactioncurrency")
        .Boolean("IsDisabled", "Status", "Enabled", "Disabled", access: ColumnAccess.ReadOnly)
        .Choice("AccessMode", "Access Mode", 0,
            (0, "Read-Write"), (1, "Administrative"), (2, "Read"), (3, "Support User"), (4, "Non-interactive"), (5, "Delegated Admin"))
        .Uniqueidentifier("AzureActiveDirectoryObjectId", "Azure AD Object ID")
        .Uniqueidentifier("ApplicationId", "Application ID")
        .Uniqueidentifier("OrganizationId", "Organization", ColumnAccess.ReadOnly)
        .Build();
}
