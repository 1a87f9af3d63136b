namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_touchpointstatus (Touchpoint status): Whether a touchpoint's moment happened, is still planned, or was cancelled: only happened moments count.</summary>
    public static class TouchpointStatus
    {
        public const string OptionSetName = "cx_touchpointstatus";

        /// <summary>Planned: Expected but not yet happened: a call logged as open. Not counted as customer contact.</summary>
        public const int Planned = 617500000;

        /// <summary>Happened: The moment took place: counted on the journey, in case scores and KPIs. An empty status (rows recorded before statuses existed) reads as Happened.</summary>
        public const int Happened = 617500001;

        /// <summary>Cancelled: The planned moment was called off: a call or appointment cancelled. Not counted as customer contact.</summary>
        public const int Cancelled = 617500002;

        /// <summary>Whether a stored status counts as a customer moment: Happened, or empty (a row written before the column existed).</summary>
        public static bool Counts(int? status) => status is null || status == Happened;
    }
}
