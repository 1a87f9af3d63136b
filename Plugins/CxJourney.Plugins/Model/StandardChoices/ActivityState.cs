namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer#BKMK_StateCode
    /// <summary>statecode of every activity table (appointments also have Scheduled).</summary>
    public static class ActivityState
    {
        public const string Table = Tables.ActivityPointer;
        public const string Column = ActivityColumns.StateCode;

        public const int Open = 0;
        public const int Completed = 1;
        public const int Canceled = 2;
        public const int Scheduled = 3;
    }
}
