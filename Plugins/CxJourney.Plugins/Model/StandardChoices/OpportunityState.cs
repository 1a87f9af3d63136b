namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/dynamics365/developer/reference/entities/opportunity#BKMK_StateCode
    /// <summary>opportunity.statecode.</summary>
    public static class OpportunityState
    {
        public const string Table = Tables.Opportunity;
        public const string Column = OpportunityColumns.StateCode;

        public const int Open = 0;
        public const int Won = 1;
        public const int Lost = 2;
    }
}
