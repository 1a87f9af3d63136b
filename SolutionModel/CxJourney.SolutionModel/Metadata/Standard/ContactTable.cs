using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact
internal static class ContactTable
{
    public static TableMetadata Build() => new TableBuilder("Contact", "contacts", 2, "Contact", "Contacts")
        .PrimaryId("ContactId", "Contact")
        // fullname is composed by the platform from first, middle and last name.
        .PrimaryName("FullName", 160, "Full Name", access: ColumnAccess.ReadOnly)
        .String("FirstName", 50, "First Name", required: RequiredLevel.Recommended)
        .String("MiddleName", 50, "Middle Name")
        .String("LastName", 50, "Last Name", required: RequiredLevel.ApplicationRequired)
        .String("Salutation", 100, "Salutation")
        .String("JobTitle", 100, "Job Title")
        .String("EMailAddress1", 100, "Email", "email")
        .String("EMailAddress2", 100, "Email Address 2", "email")
        .String("EMailAddress3", 100, "Email Address 3", "email")
        .String("Telephone1", 50, "Business Phone", "phone")
        .String("Telephone2", 50, "Home Phone", "phone")
        .String("Telephone3", 50, "Telephone 3", "phone")
        .String("MobilePhone", 50, "Mobile Phone", "phone")
        .String("Fax", 50, "Fax", "phone")
        .Address1()
        .Memo("Description", 2000, "Description")
        .Customer("ParentCustomerId", "Company Name")
        .Lookup("AccountId", "Account", ColumnAccess.ReadOnly, RequiredLevel.None, "account")
        .Lookup("ParentContactId", "Parent Contact", ColumnAccess.ReadOnly, RequiredLevel.None, "contact")
        .Lookup("TransactionCurrencyId", "Currency", "transactioncurrency")
        .Lookup("MasterId", "Master ID", ColumnAccess.ReadOnly, RequiredLevel.None, "contact")
        .Boolean("Merged", "Merged", access: ColumnAccess.ReadOnly)
        .DateTime("BirthDate", "Birthday", ColumnDateTimeBehavior.DateOnly, dateOnly: true)
        .Choice("GenderCode", "Gender", null, (1, "Male"), (2, "Female"))
        .Choice("FamilyStatusCode", "Marital Status", null, (1, "Single"), (2, "Married"), (3, "Divorced"), (4, "Widowed"))
        .Choice("PreferredContactMethodCode", "Preferred Method of Contact", 1, ContactChoices.PreferredContactMethod)
        .DoNotContactFlags()
        .State(0, "Active", 1, (1, "Active"))
        .State(1, "Inactive", 2, (2, "Inactive"))
        .Build();
}
