namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>Choice values shared by account, contact and lead.</summary>
internal static class ContactChoices
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_PreferredContactMethodCode
    public static readonly (int Value, string Label)[] PreferredContactMethod =
        [(1, "Any"), (2, "Email"), (3, "Phone"), (4, "Fax"), (5, "Mail")];

    /// <summary>The do-not-contact flags read "Allow" (0) and "Do Not Allow" (1).</summary>
    public static TableBuilder DoNotContactFlags(this TableBuilder table) => table
        .Boolean("DoNotPhone", "Do not allow Phone Calls", "Allow", "Do Not Allow")
        .Boolean("DoNotEMail", "Do not allow Emails", "Allow", "Do Not Allow")
        .Boolean("DoNotBulkEMail", "Do not allow Bulk Emails", "Allow", "Do Not Allow")
        .Boolean("DoNotPostalMail", "Do not allow Mails", "Allow", "Do Not Allow")
        .Boolean("DoNotFax", "Do not allow Faxes", "Allow", "Do Not Allow");

    public static TableBuilder Address1(this TableBuilder table) => table
        .String("Address1_Line1", 250, "Address 1: Street 1")
        .String("Address1_City", 80, "Address 1: City")
        .String("Address1_StateOrProvince", 50, "Address 1: State/Province")
        .String("Address1_PostalCode", 20, "Address 1: ZIP/Postal Code")
        .String("Address1_Country", 80, "Address 1: Country/Region");
}
