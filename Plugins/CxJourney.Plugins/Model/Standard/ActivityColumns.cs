namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer
/// <summary>
/// Columns every activity table has (email, phonecall, appointment, task, letter), named on activitypointer,
/// the table that lists all activities.
/// </summary>
public static class ActivityColumns
{
    public const string Table = Tables.ActivityPointer;

    public const string Id = "activityid";
    public const string ActivityTypeCode = "activitytypecode";
    public const string Subject = "subject";
    public const string Description = "description";
    public const string RegardingObjectId = "regardingobjectid";
    public const string OwnerId = "ownerid";

    /// <summary>StandardChoices.ActivityPriority.</summary>
    public const string PriorityCode = "prioritycode";
    public const string ScheduledStart = "scheduledstart";

    /// <summary>The due date.</summary>
    public const string ScheduledEnd = "scheduledend";
    public const string ActualStart = "actualstart";
    public const string ActualEnd = "actualend";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    /// <summary>StandardChoices.ActivityState.</summary>
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
}
