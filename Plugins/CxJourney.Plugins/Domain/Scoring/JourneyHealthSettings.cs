namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// Time decay for a contact's journey health. An experience <c>age</c> days old weighs
/// <c>0.5 ^ (age / HalfLifeDays)</c>; a neutral prior (<see cref="NeutralScore"/> with weight
/// <see cref="NeutralWeight"/>) pulls health back towards neutral as experiences age.
/// Shipped: half-life 90 days, neutral 50 with weight 0.1.
/// </summary>
public sealed record JourneyHealthSettings
{
    public static readonly JourneyHealthSettings Default = new() { HalfLifeDays = 90, NeutralScore = 50, NeutralWeight = 0.1 };

    public double HalfLifeDays { get; init; }

    public double NeutralScore { get; init; }

    public double NeutralWeight { get; init; }
}
