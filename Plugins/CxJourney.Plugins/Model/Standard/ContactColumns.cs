namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact
/// <summary>Columns of contact the plugins read, and the column the solution adds (cx_segment).</summary>
public static class ContactColumns
{
    public const string Table = Tables.Contact;

    public const string Id = "contactid";
    public const string FullName = "fullname";
    public const string FirstName = "firstname";
    public const string LastName = "lastname";
    public const string EMailAddress1 = "emailaddress1";
    public const string Telephone1 = "telephone1";
    public const string MobilePhone = "mobilephone";
    public const string ParentCustomerId = "parentcustomerid";
    public const string OwnerId = "ownerid";
    public const string DoNotEMail = "donotemail";
    public const string DoNotPhone = "donotphone";
    public const string DoNotBulkEMail = "donotbulkemail";
    public const string PreferredContactMethodCode = "preferredcontactmethodcode";
    public const string StateCode = "statecode";

    /// <summary>Added by the solution: the customer segment (Choices.Segment).</summary>
    public const string Segment = "cx_segment";
}
