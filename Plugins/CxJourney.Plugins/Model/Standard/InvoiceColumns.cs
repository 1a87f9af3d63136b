namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/invoice
/// <summary>Columns of invoice the plugins read.</summary>
public static class InvoiceColumns
{
    public const string Table = Tables.Invoice;

    public const string Id = "invoiceid";
    public const string Name = "name";
    public const string InvoiceNumber = "invoicenumber";
    public const string CustomerId = "customerid";
    public const string SalesOrderId = "salesorderid";
    public const string TotalAmount = "totalamount";
    public const string DateDelivered = "datedelivered";
    public const string OwnerId = "ownerid";
    public const string CreatedOn = "createdon";

    /// <summary>StandardChoices.InvoiceState.</summary>
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
}
