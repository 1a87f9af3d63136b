namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/incident
/// <summary>Columns of incident (case) the plugins read.</summary>
public static class IncidentColumns
{
    public const string Table = Tables.Incident;

    public const string Id = "incidentid";
    public const string Title = "title";
    public const string TicketNumber = "ticketnumber";
    public const string Description = "description";

    /// <summary>The customer: an account or a contact.</summary>
    public const string CustomerId = "customerid";
    public const string PrimaryContactId = "primarycontactid";
    public const string ParentCaseId = "parentcaseid";
    public const string OwnerId = "ownerid";

    /// <summary>Origin (StandardChoices.CaseOrigin).</summary>
    public const string CaseOriginCode = "caseorigincode";
    public const string PriorityCode = "prioritycode";
    public const string CustomerSatisfactionCode = "customersatisfactioncode";

    /// <summary>The SLA's resolve-by time, when an SLA applies.</summary>
    public const string ResolveBy = "resolveby";
    public const string ResponseBy = "responseby";
    public const string FirstResponseSent = "firstresponsesent";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    /// <summary>StandardChoices.IncidentState.</summary>
    public const string StateCode = "statecode";

    /// <summary>StandardChoices.IncidentStatus.</summary>
    public const string StatusCode = "statuscode";
}
