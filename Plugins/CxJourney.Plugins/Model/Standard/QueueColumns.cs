namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/queue
/// <summary>Columns of queue the plugins read (the CX team queue fallback).</summary>
public static class QueueColumns
{
    public const string Table = Tables.Queue;

    public const string Id = "queueid";
    public const string Name = "name";
    public const string EMailAddress = "emailaddress";
    public const string PrimaryUserId = "primaryuserid";
}
