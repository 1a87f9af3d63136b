namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// The predictions a case's score row held before a survey answer arrived: the predicted value when the
/// row's source is Predicted, or the prediction it kept when it was already surveyed. Null members mean
/// no prediction was ever made for that measure.
/// </summary>
public sealed record PriorPrediction(double? Csat, double? Ces);
