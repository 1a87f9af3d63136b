namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_resolvebysource (Resolve-by source): Where the resolve-by time a case was measured against came from.</summary>
    public static class ResolveBySource
    {
        public const string OptionSetName = "cx_resolvebysource";

        /// <summary>SLA: The case's own SLA resolve-by time.</summary>
        public const int Sla = 617500000;

        /// <summary>Configured target: No SLA time was set: created on plus the configured target in business hours (cx_ScoringWeights).</summary>
        public const int ConfiguredTarget = 617500001;
    }
}
