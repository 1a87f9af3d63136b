namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>A contact's journey health: 0-100 (null with no experience yet), its latest NPS answer and category.</summary>
public sealed record JourneyHealth(int? Score, int? LatestNps, NpsCategory? NpsCategory, int ExperienceCount);
