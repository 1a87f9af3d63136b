namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuser
/// <summary>Columns of systemuser the plugins read (agents, owners, managers).</summary>
public static class SystemUserColumns
{
    public const string Table = Tables.SystemUser;

    public const string Id = "systemuserid";
    public const string FullName = "fullname";
    public const string InternalEMailAddress = "internalemailaddress";

    /// <summary>The user's manager (the "ownerManager" assignee of a follow-up rule).</summary>
    public const string ParentSystemUserId = "parentsystemuserid";
    public const string IsDisabled = "isdisabled";
    public const string BusinessUnitId = "businessunitid";
    public const string QueueId = "queueid";
}
