using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/incidentresolution
internal static class IncidentResolutionTable
{
    public static TableMetadata Build() => new TableBuilder("IncidentResolution", "incidentresolutions", 4206, "Case Resolution", "Case Resolutions")
        .Activity(hasRegarding: false)
        .PrimaryName("Subject", 200, "Resolution")
        .Lookup("IncidentId", "Case", ColumnAccess.CreateOnly, RequiredLevel.ApplicationRequired, "incident")
        .Integer("TimeSpent", "Time Spent", 0, 2147483647)
        .Memo("Description", 100000, "Description")
        .State(0, "Open", 1, (1, "Open"))
        .State(1, "Completed", 2, (2, "Closed"))
        .State(2, "Canceled", 3, (3, "Canceled"))
        .Build();
}
