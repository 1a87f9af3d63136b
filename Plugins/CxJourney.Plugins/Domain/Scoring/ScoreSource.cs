namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>Where a satisfaction value came from.</summary>
public enum ScoreSource
{
    /// <summary>The customer answered a survey (cx_feedback).</summary>
    Surveyed,

    /// <summary>Estimated from the case's operational signals by <see cref="SatisfactionModel"/>.</summary>
    Predicted,
}
