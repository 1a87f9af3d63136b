namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/salesorder
/// <summary>Columns of salesorder (order) the plugins read.</summary>
public static class SalesOrderColumns
{
    public const string Table = Tables.SalesOrder;

    public const string Id = "salesorderid";
    public const string Name = "name";
    public const string OrderNumber = "ordernumber";
    public const string CustomerId = "customerid";
    public const string OpportunityId = "opportunityid";
    public const string TotalAmount = "totalamount";
    public const string DateFulfilled = "datefulfilled";
    public const string OwnerId = "ownerid";
    public const string CreatedOn = "createdon";

    /// <summary>StandardChoices.SalesOrderState.</summary>
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
}
