using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/salesorder
internal static class SalesOrderTable
{
    public static TableMetadata Build() => new TableBuilder("SalesOrder", "salesorders", 1088, "Order", "Orders")
        .PrimaryId("SalesOrderId", "Order")
        .PrimaryName("Name", 300, "Name", RequiredLevel.ApplicationRequired)
        .String("OrderNumber", 100, "Order ID", access: ColumnAccess.CreateOnly)
        .Customer("CustomerId", "Customer", RequiredLevel.ApplicationRequired)
        .Lookup("OpportunityId", "Opportunity", "opportunity")
        .Lookup("TransactionCurrencyId", "Currency", "transactioncurrency")
        .Money("TotalAmount", "Total Amount")
        .DateTime("DateFulfilled", "Date Fulfilled", dateOnly: true)
        .Memo("Description", 2000, "Description")
        .State(0, "Active", 1, (1, "New"), (2, "Pending"))
        .State(1, "Submitted", 3, (3, "In Progress"))
        .State(2, "Canceled", 4, (4, "No Money"))
        .State(3, "Fulfilled", 100001, (100001, "Complete"), (100002, "Partial"))
        .State(4, "Invoiced", 100003, (100003, "Invoiced"))
        .Build();
}
