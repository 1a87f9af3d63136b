namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account
/// <summary>Columns of account the plugins read, and the column the solution adds (cx_segment).</summary>
public static class AccountColumns
{
    public const string Table = Tables.Account;

    public const string Id = "accountid";
    public const string Name = "name";
    public const string PrimaryContactId = "primarycontactid";
    public const string OwnerId = "ownerid";

    /// <summary>Added by the solution: the customer segment (Choices.Segment).</summary>
    public const string Segment = "cx_segment";
}
