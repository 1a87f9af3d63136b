namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer#BKMK_PriorityCode
    /// <summary>prioritycode of every activity table.</summary>
    public static class ActivityPriority
    {
        public const string Table = Tables.ActivityPointer;
        public const string Column = ActivityColumns.PriorityCode;

        public const int Low = 0;
        public const int Normal = 1;
        public const int High = 2;
    }
}
