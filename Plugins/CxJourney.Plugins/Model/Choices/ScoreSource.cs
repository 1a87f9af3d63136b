namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_scoresource (Score source): Where a satisfaction value came from.</summary>
    public static class ScoreSource
    {
        public const string OptionSetName = "cx_scoresource";

        /// <summary>Surveyed: The customer answered a survey (a feedback row).</summary>
        public const int Surveyed = 617500000;

        /// <summary>Predicted: Estimated from the case's operational signals by the scoring model.</summary>
        public const int Predicted = 617500001;
    }
}
