namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/lead
// Its columns, states and relationships come from Reference/lead.tsv; this keeps the table's names
// and what the page does not print.
internal static class LeadTable
{
    public static TableMetadata Build() => new TableBuilder("Lead", "leads", 4, "Lead", "Leads")
        .PrimaryId("LeadId", "Lead")
        .PrimaryName("FullName", 160, "Name", access: ColumnAccess.ReadOnly)
        .Build();
}
