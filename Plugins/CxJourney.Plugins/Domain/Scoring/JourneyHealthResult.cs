namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// What the journey's health columns hold: the health and NPS category, the latest answer to each question (from the
/// most recently answered feedback that answers it, with or without a case) and how many scored cases count.
/// </summary>
public sealed record JourneyHealthResult(JourneyHealth Health, int? LatestCsat, int? LatestCes, int? LatestNps, int ScoredCases);
