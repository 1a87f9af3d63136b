namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>At most <see cref="MaxFollowUps"/> follow-ups per contact in any <see cref="PerDays"/> days; higher-priority rules go first.</summary>
public sealed record ThrottleSettings(int MaxFollowUps, int PerDays)
{
    public static readonly ThrottleSettings Default = new(2, 7);
}
