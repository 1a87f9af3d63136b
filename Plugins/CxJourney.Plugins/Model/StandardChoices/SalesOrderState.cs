namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/dynamics365/developer/reference/entities/salesorder#BKMK_StateCode
    /// <summary>salesorder.statecode.</summary>
    public static class SalesOrderState
    {
        public const string Table = Tables.SalesOrder;
        public const string Column = SalesOrderColumns.StateCode;

        public const int Active = 0;
        public const int Submitted = 1;
        public const int Canceled = 2;
        public const int Fulfilled = 3;
        public const int Invoiced = 4;
    }
}
