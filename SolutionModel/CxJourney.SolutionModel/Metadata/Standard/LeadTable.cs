using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/lead
internal static class LeadTable
{
    public static TableMetadata Build() => new TableBuilder("Lead", "leads", 4, "Lead", "Leads")
        .PrimaryId("LeadId", "Lead")
        .PrimaryName("FullName", 160, "Name", access: ColumnAccess.ReadOnly)
        .String("Subject", 300, "Topic", required: RequiredLevel.ApplicationRequired)
        .String("FirstName", 50, "First Name", required: RequiredLevel.Recommended)
        .String("LastName", 50, "Last Name", required: RequiredLevel.ApplicationRequired)
        .String("CompanyName", 100, "Company Name")
        .String("JobTitle", 100, "Job Title")
        .String("EMailAddress1", 100, "Email", "email")
        .String("Telephone1", 50, "Business Phone", "phone")
        .String("MobilePhone", 20, "Mobile Phone", "phone")
        .Customer("CustomerId", "Customer")
        .Lookup("ParentAccountId", "Parent Account for lead", "account")
        .Lookup("ParentContactId", "Parent Contact for lead", "contact")
        .Lookup("QualifyingOpportunityId", "Qualifying Opportunity", "opportunity")
        .Lookup("TransactionCurrencyId", "Currency", "transactioncurrency")
        .Choice("LeadSourceCode", "Lead Source", null,
            (1, "Advertisement"), (2, "Employee Referral"), (3, "External Referral"), (4, "Partner"), (5, "Public Relations"),
            (6, "Seminar"), (7, "Trade Show"), (8, "Web"), (9, "Word of Mouth"), (10, "Other"))
        .Choice("LeadQualityCode", "Rating", 2, (1, "Hot"), (2, "Warm"), (3, "Cold"))
        .Choice("PreferredContactMethodCode", "Preferred Method of Contact", 1, ContactChoices.PreferredContactMethod)
        .DoNotContactFlags()
        .Memo("Description", 2000, "Description")
        .State(0, "Open", 1, (1, "New"), (2, "Contacted"))
        .State(1, "Qualified", 3, (3, "Qualified"))
        .State(2, "Disqualified", 6, (4, "Lost"), (5, "Cannot Contact"), (6, "No Longer Interested"), (7, "Canceled"))
        .Build();
}
