namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact
// Every column, its states and relationships come from Reference/contact.tsv; this keeps the table's
// names and what the page does not print.
internal static class ContactTable
{
    public static TableMetadata Build() => new TableBuilder("Contact", "contacts", 2, "Contact", "Contacts")
        .PrimaryId("ContactId", "Contact")
        // fullname is composed by the platform from first, middle and last name.
        .PrimaryName("FullName", 160, "Full Name", access: ColumnAccess.ReadOnly)
        // The page prints no default; a new contact's preferred method is Any (1), as on account.
        .Choice("PreferredContactMethodCode", "Preferred Method of Contact", 1, ContactChoices.PreferredContactMethod)
        .Build();
}
