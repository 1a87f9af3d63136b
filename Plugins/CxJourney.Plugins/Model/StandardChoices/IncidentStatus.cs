namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_StatusCode
    /// <summary>incident.statuscode (the statuses of a standard organization; an org may add its own).</summary>
    public static class IncidentStatus
    {
        public const string Table = Tables.Incident;
        public const string Column = IncidentColumns.StatusCode;

        public const int InProgress = 1;
        public const int OnHold = 2;
        public const int WaitingForDetails = 3;
        public const int Researching = 4;
        public const int ProblemSolved = 5;
        public const int InformationProvided = 1000;
        public const int Cancelled = 6;
        public const int Merged = 2000;
    }
}
