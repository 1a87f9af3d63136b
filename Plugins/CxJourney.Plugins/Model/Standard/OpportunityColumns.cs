namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/opportunity
/// <summary>Columns of opportunity the plugins read.</summary>
public static class OpportunityColumns
{
    public const string Table = Tables.Opportunity;

    public const string Id = "opportunityid";
    public const string Name = "name";
    public const string CustomerId = "customerid";
    public const string ParentContactId = "parentcontactid";
    public const string EstimatedValue = "estimatedvalue";
    public const string ActualCloseDate = "actualclosedate";
    public const string OwnerId = "ownerid";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    /// <summary>StandardChoices.OpportunityState.</summary>
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
}
