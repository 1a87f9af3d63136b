using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/invoice
// Its columns, states and relationships come from Reference/invoice.tsv; this keeps the table's names
// and what the page does not print.
internal static class InvoiceTable
{
    public static TableMetadata Build() => new TableBuilder("Invoice", "invoices", 1090, "Invoice", "Invoices")
        .PrimaryId("InvoiceId", "Invoice")
        .PrimaryName("Name", 300, "Name", RequiredLevel.ApplicationRequired)
        .Build();
}
