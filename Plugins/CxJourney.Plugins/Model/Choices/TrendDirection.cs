namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_trenddirection (Trend direction): Direction of the customer's mood over the latest inbound messages; empty when there are too few to compare.</summary>
    public static class TrendDirection
    {
        public const string OptionSetName = "cx_trenddirection";

        /// <summary>Declining: The recent messages are more negative than the ones before.</summary>
        public const int Declining = 617500000;

        /// <summary>Stable: No change beyond the configured threshold.</summary>
        public const int Stable = 617500001;

        /// <summary>Improving: The recent messages are more positive than the ones before.</summary>
        public const int Improving = 617500002;
    }
}
