using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/incident
// Every column, its states and relationships come from Reference/incident.tsv; this keeps the
// table's names. The platform numbers the case (ticketnumber, see AutoNumbers) when the caller
// leaves it empty.
internal static class IncidentTable
{
    public static TableMetadata Build() => new TableBuilder("Incident", "incidents", 112, "Case", "Cases")
        .PrimaryId("IncidentId", "Case")
        .PrimaryName("Title", 200, "Case Title", RequiredLevel.ApplicationRequired)
        .Build();
}
