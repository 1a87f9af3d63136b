namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_CaseOriginCode
    /// <summary>incident.caseorigincode: the channel a case came in through.</summary>
    public static class CaseOrigin
    {
        public const string Table = Tables.Incident;
        public const string Column = IncidentColumns.CaseOriginCode;

        public const int Phone = 1;
        public const int Email = 2;
        public const int Web = 3;
        public const int Facebook = 2483;
        public const int Twitter = 3986;
        public const int IoT = 700610000;
    }
}
