namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/team
/// <summary>Columns of team the plugins read (the CX team fallback owner).</summary>
public static class TeamColumns
{
    public const string Table = Tables.Team;

    public const string Id = "teamid";
    public const string Name = "name";
    public const string TeamType = "teamtype";
    public const string QueueId = "queueid";
    public const string AdministratorId = "administratorid";
}
