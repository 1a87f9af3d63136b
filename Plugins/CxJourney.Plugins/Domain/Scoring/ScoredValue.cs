namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// A satisfaction measure with its provenance. When a survey answer replaces an earlier prediction,
/// <see cref="Prediction"/> keeps what the model had said and <see cref="PredictionError"/> is
/// surveyed minus predicted, so the model's accuracy can be reported.
/// </summary>
public sealed record ScoredValue(double Value, ScoreSource Source, double? Prediction, double? PredictionError)
{
    public bool IsSurveyed => Source == ScoreSource.Surveyed;
}
