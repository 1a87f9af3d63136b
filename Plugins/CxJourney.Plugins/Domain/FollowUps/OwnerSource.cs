namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>Which fact the planned owner came from (for the trace).</summary>
public enum OwnerSource
{
    CaseOwner,
    ContactOwner,
    ConfiguredTeam,
    OwnerManager,
}
