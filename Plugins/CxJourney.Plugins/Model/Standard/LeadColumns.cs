namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/lead
/// <summary>Columns of lead the plugins read.</summary>
public static class LeadColumns
{
    public const string Table = Tables.Lead;

    public const string Id = "leadid";
    public const string FullName = "fullname";
    public const string Subject = "subject";
    public const string ParentContactId = "parentcontactid";
    public const string CustomerId = "customerid";
    public const string EMailAddress1 = "emailaddress1";
    public const string OwnerId = "ownerid";
    public const string StateCode = "statecode";
    public const string CreatedOn = "createdon";
}
