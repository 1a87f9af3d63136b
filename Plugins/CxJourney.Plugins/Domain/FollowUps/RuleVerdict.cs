namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>Whether a rule's condition held for an event, and the facts that decided it (for the trace).</summary>
public sealed record RuleVerdict(bool Matched, string Why)
{
    internal static RuleVerdict Yes(string why) => new(true, why);

    internal static RuleVerdict No(string why) => new(false, why);
}
