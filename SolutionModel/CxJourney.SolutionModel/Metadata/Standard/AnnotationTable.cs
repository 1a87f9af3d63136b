
namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/annotation
// Its columns, states and relationships come from Reference/annotation.tsv; this keeps the table's names
// and what the page does not print (regarding targets the Dynamics 365 apps add).
internal static class AnnotationTable
{
    public static TableMetadata Build() => new TableBuilder("Annotation", "annotations", 5, "Note", "Notes")
        .PrimaryId("AnnotationId", "Note")
        .PrimaryName("Subject", 500, "Title")
        .Lookup("ObjectId", "Regarding",
            "account", "contact", "incident", "opportunity", "lead", "salesorder", "invoice",
            "email", "phonecall", "appointment", "task", "letter", "incidentresolution")
        .Build();
}
