namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_StateCode
    /// <summary>incident.statecode.</summary>
    public static class IncidentState
    {
        public const string Table = Tables.Incident;
        public const string Column = IncidentColumns.StateCode;

        public const int Active = 0;
        public const int Resolved = 1;
        public const int Cancelled = 2;
    }
}
