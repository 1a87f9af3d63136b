namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>
/// The "when" of a rule. Which members a rule reads (and which keys its JSON may have):
/// poor-case csatAtMost, acceptPredicted; detractor npsAtMost; promoter npsAtLeast, csatAtLeast, acceptPredicted;
/// high-effort cesAtLeast, inboundContactsAtLeast, reopensAtLeast, acceptPredicted; angry-email sentimentAtMost;
/// reopened and resolve-by-missed have none.
/// </summary>
public sealed record RuleThresholds
{
    /// <summary>CSAT at or below this is poor (1..5).</summary>
    public double? CsatAtMost { get; init; }

    /// <summary>CSAT at or above this counts for promoters (1..5).</summary>
    public double? CsatAtLeast { get; init; }

    /// <summary>NPS at or below this is a detractor (0..10).</summary>
    public int? NpsAtMost { get; init; }

    /// <summary>NPS at or above this is a promoter (0..10).</summary>
    public int? NpsAtLeast { get; init; }

    /// <summary>CES at or above this is high effort (1..7).</summary>
    public double? CesAtLeast { get; init; }

    /// <summary>This many inbound contacts for one case is high effort.</summary>
    public int? InboundContactsAtLeast { get; init; }

    /// <summary>This many reopens is high effort.</summary>
    public int? ReopensAtLeast { get; init; }

    /// <summary>An inbound email at or below this sentiment is angry (-1..1).</summary>
    public double? SentimentAtMost { get; init; }

    /// <summary>Whether a predicted CSAT/CES may fire the rule, or only a surveyed one.</summary>
    public bool AcceptPredicted { get; init; }
}
