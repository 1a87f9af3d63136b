using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/invoice
internal static class InvoiceTable
{
    public static TableMetadata Build() => new TableBuilder("Invoice", "invoices", 1090, "Invoice", "Invoices")
        .PrimaryId("InvoiceId", "Invoice")
        .PrimaryName("Name", 300, "Name", RequiredLevel.ApplicationRequired)
        .String("InvoiceNumber", 100, "Invoice ID", access: ColumnAccess.CreateOnly)
        .Customer("CustomerId", "Customer", RequiredLevel.ApplicationRequired)
        .Lookup("SalesOrderId", "Order", "salesorder")
        .Lookup("OpportunityId", "Opportunity", "opportunity")
        .Lookup("TransactionCurrencyId", "Currency", "transactioncurrency")
        .Money("TotalAmount", "Total Amount")
        .DateTime("DueDate", "Due Date", dateOnly: true)
        .DateTime("DateDelivered", "Date Delivered", dateOnly: true)
        .Memo("Description", 2000, "Description")
        .State(0, "Active", 1, (1, "New"), (2, "Recalculating"), (4, "Billed"), (5, "Booked (applies to services)"), (6, "Installed (applies to product)"))
        .State(1, "Closed (deprecated)", 3, (3, "Canceled (deprecated)"), (7, "Paid in Full (deprecated)"))
        .State(2, "Paid", 100001, (100001, "Complete"), (100002, "Partial"))
        .State(3, "Canceled", 100003, (100003, "Canceled"))
        .Build();
}
