namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/dynamics365/developer/reference/entities/invoice#BKMK_StateCode
    /// <summary>invoice.statecode.</summary>
    public static class InvoiceState
    {
        public const string Table = Tables.Invoice;
        public const string Column = InvoiceColumns.StateCode;

        public const int Active = 0;

        /// <summary>Deprecated by the platform; older invoices may still be in it.</summary>
        public const int Closed = 1;
        public const int Paid = 2;
        public const int Canceled = 3;
    }
}
