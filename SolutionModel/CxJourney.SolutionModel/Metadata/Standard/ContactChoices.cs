namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>Choice values account and contact share that their reference files do not fully give (no default printed).</summary>
internal static class ContactChoices
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_PreferredContactMethodCode
    public static readonly (int Value, string Label)[] PreferredContactMethod =
        [(1, "Any"), (2, "Email"), (3, "Phone"), (4, "Fax"), (5, "Mail")];
}
