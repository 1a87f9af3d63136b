namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_direction (Direction): Who started a touchpoint.</summary>
    public static class Direction
    {
        public const string OptionSetName = "cx_direction";

        /// <summary>Inbound: The customer reached out to us.</summary>
        public const int Inbound = 617500000;

        /// <summary>Outbound: We reached out to the customer.</summary>
        public const int Outbound = 617500001;

        /// <summary>Internal: Neither side contacted the other: a system event or internal record.</summary>
        public const int Internal = 617500002;
    }
}
