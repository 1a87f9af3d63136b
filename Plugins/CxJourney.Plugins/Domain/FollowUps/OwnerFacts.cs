namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>
/// The candidates for owning a follow-up, as the plugin looked them up. Any may be unknown (null).
/// <see cref="CaseOwnerManager"/> is the case owner's manager (systemuser.parentsystemuserid) when the owner is a user.
/// </summary>
public sealed record OwnerFacts
{
    public RecordRef? CaseOwner { get; init; }

    public RecordRef? CaseOwnerManager { get; init; }

    public RecordRef? ContactOwner { get; init; }

    /// <summary>The team configured to own follow-ups nobody else owns.</summary>
    public RecordRef? FallbackTeam { get; init; }

    /// <summary>The CX team queue escalations go to when the owner has no manager.</summary>
    public RecordRef? CxTeamQueue { get; init; }
}
