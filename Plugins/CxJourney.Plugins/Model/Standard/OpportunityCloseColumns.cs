namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/opportunityclose
/// <summary>Columns of opportunityclose, the activity the platform creates when an opportunity is won or lost (Win, Lose).</summary>
public static class OpportunityCloseColumns
{
    public const string Table = Tables.OpportunityClose;

    public const string Id = "activityid";
    public const string OpportunityId = "opportunityid";
    public const string Subject = "subject";
    public const string CreatedOn = "createdon";
}
