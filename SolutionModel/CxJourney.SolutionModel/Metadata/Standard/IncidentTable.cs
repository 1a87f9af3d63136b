using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/incident
internal static class IncidentTable
{
    public static TableMetadata Build() => new TableBuilder("Incident", "incidents", 112, "Case", "Cases")
        .PrimaryId("IncidentId", "Case")
        .PrimaryName("Title", 200, "Case Title", RequiredLevel.ApplicationRequired)
        // The platform numbers the case (auto-number) when the caller leaves ticketnumber empty.
        .String("TicketNumber", 100, "Case Number", access: ColumnAccess.CreateOnly)
        .Customer("CustomerId", "Customer", RequiredLevel.SystemRequired)
        .Lookup("PrimaryContactId", "Contact", "contact")
        .Lookup("AccountId", "Account", ColumnAccess.ReadOnly, RequiredLevel.None, "account")
        .Lookup("ContactId", "Contact (customer)", ColumnAccess.ReadOnly, RequiredLevel.None, "contact")
        .Lookup("ParentCaseId", "Parent Case", "incident")
        .Lookup("MasterId", "Master Case", ColumnAccess.ReadOnly, RequiredLevel.None, "incident")
        .Lookup("TransactionCurrencyId", "Currency", "transactioncurrency")
        .Boolean("Merged", "Internal Use Only", access: ColumnAccess.ReadOnly)
        .Memo("Description", 2000, "Description")
        .Choice("PriorityCode", "Priority", 2, (1, "High"), (2, "Normal"), (3, "Low"))
        .Choice("CaseOriginCode", "Origin", null,
            (1, "Phone"), (2, "Email"), (3, "Web"), (2483, "Facebook"), (3986, "Twitter"), (700610000, "IoT"))
        .Choice("CaseTypeCode", "Case Type", null, (1, "Question"), (2, "Problem"), (3, "Request"))
        .Choice("SeverityCode", "Severity", 1, (1, "Default Value"))
        .Choice("CustomerSatisfactionCode", "Satisfaction", null,
            (5, "Very Satisfied"), (4, "Satisfied"), (3, "Neutral"), (2, "Dissatisfied"), (1, "Very Dissatisfied"))
        .DateTime("ResolveBy", "Resolve By")
        .DateTime("ResponseBy", "First Response By")
        .DateTime("FollowupBy", "Follow Up By")
        .Boolean("FirstResponseSent", "First Response Sent")
        .Boolean("IsEscalated", "Is Escalated")
        .DateTime("EscalatedOn", "Escalated On", access: ColumnAccess.ReadOnly)
        .Boolean("ActivitiesComplete", "Activities Complete")
        .State(0, "Active", 1, (1, "In Progress"), (2, "On Hold"), (3, "Waiting for Details"), (4, "Researching"))
        .State(1, "Resolved", 5, (5, "Problem Solved"), (1000, "Information Provided"))
        .State(2, "Cancelled", 6, (6, "Cancelled"), (2000, "Merged"))
        .Build();
}
