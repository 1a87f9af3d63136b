using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/dynamics365/developer/reference/entities/salesorder
// Its columns, states and relationships come from Reference/salesorder.tsv; this keeps the table's names
// and what the page does not print.
internal static class SalesOrderTable
{
    public static TableMetadata Build() => new TableBuilder("SalesOrder", "salesorders", 1088, "Order", "Orders")
        .PrimaryId("SalesOrderId", "Order")
        .PrimaryName("Name", 300, "Name", RequiredLevel.ApplicationRequired)
        .Build();
}
