namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/incidentresolution
// Its columns, states and relationships come from Reference/incidentresolution.tsv; this keeps the table's names
// and what the page does not print.
internal static class IncidentResolutionTable
{
    public static TableMetadata Build() => new TableBuilder("IncidentResolution", "incidentresolutions", 4206, "Case Resolution", "Case Resolutions")
        .Activity(hasRegarding: false)
        .PrimaryName("Subject", 200, "Resolution")
        .Build();
}
