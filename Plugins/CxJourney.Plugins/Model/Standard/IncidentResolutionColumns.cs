namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/incidentresolution
/// <summary>Columns of incidentresolution, the activity the platform creates when a case is resolved (CloseIncident).</summary>
public static class IncidentResolutionColumns
{
    public const string Table = Tables.IncidentResolution;

    public const string Id = "activityid";
    public const string IncidentId = "incidentid";
    public const string Subject = "subject";
    public const string TimeSpent = "timespent";
    public const string ActualEnd = "actualend";
    public const string CreatedOn = "createdon";
    public const string StateCode = "statecode";
}
