namespace CxJourney.Plugins.Model;

/// <summary>
/// Logical names of every table the plugins touch: the solution's own tables (Solution/Entities/cx_*)
/// and the standard tables they read or write. Column names are in the matching *Columns class.
/// </summary>
public static class Tables
{
    // The solution's tables.
    public const string Journey = "cx_journey";
    public const string Touchpoint = "cx_touchpoint";
    public const string Feedback = "cx_feedback";
    public const string CaseScore = "cx_casescore";
    public const string SettingsCopy = "cx_settingscopy";

    // Customers.
    public const string Contact = "contact";
    public const string Account = "account";
    public const string Lead = "lead";

    // Service.
    public const string Incident = "incident";
    public const string IncidentResolution = "incidentresolution";
    public const string OpportunityClose = "opportunityclose";

    // Activities.
    public const string ActivityPointer = "activitypointer";
    public const string ActivityParty = "activityparty";
    public const string Email = "email";
    public const string PhoneCall = "phonecall";
    public const string Appointment = "appointment";
    public const string Task = "task";
    public const string Letter = "letter";

    // Sales.
    public const string SalesOrder = "salesorder";
    public const string Invoice = "invoice";
    public const string Opportunity = "opportunity";

    // Who does the work.
    public const string SystemUser = "systemuser";
    public const string Team = "team";
    public const string Queue = "queue";

    // Configuration.
    public const string EnvironmentVariableDefinition = "environmentvariabledefinition";
    public const string EnvironmentVariableValue = "environmentvariablevalue";
}
