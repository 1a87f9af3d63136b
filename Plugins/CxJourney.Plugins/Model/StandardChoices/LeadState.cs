namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/dynamics365/developer/reference/entities/lead#BKMK_StateCode
    /// <summary>lead.statecode.</summary>
    public static class LeadState
    {
        public const string Table = Tables.Lead;
        public const string Column = LeadColumns.StateCode;

        public const int Open = 0;
        public const int Qualified = 1;
        public const int Disqualified = 2;
    }
}
