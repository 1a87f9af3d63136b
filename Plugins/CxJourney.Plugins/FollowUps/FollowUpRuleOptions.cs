using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// The planner's rule ids (<see cref="FollowUpRuleIds"/>) as options of the global choice
/// cx_followuprule (<see cref="Choices.FollowUpRule"/>). The mapping lives here, in the adapter,
/// so Model/ names nothing of the domain and the domain nothing of the choices.
/// </summary>
public static class FollowUpRuleOptions
{
    /// <summary>The option of a rule id of <see cref="FollowUpRuleIds"/>, or null for an id the solution does not define.</summary>
    public static int? FromRuleId(string? ruleId)
    {
        switch (ruleId)
        {
            case FollowUpRuleIds.PoorCase: return Choices.FollowUpRule.PoorCase;
            case FollowUpRuleIds.Detractor: return Choices.FollowUpRule.Detractor;
            case FollowUpRuleIds.Promoter: return Choices.FollowUpRule.Promoter;
            case FollowUpRuleIds.HighEffort: return Choices.FollowUpRule.HighEffort;
            case FollowUpRuleIds.Reopened: return Choices.FollowUpRule.Reopened;
            case FollowUpRuleIds.ResolveByMissed: return Choices.FollowUpRule.ResolveByMissed;
            case FollowUpRuleIds.AngryEmail: return Choices.FollowUpRule.AngryEmail;
            default: return null;
        }
    }

    /// <summary>The rule id of an option value, or null for a value the solution does not define.</summary>
    public static string? ToRuleId(int value)
    {
        switch (value)
        {
            case Choices.FollowUpRule.PoorCase: return FollowUpRuleIds.PoorCase;
            case Choices.FollowUpRule.Detractor: return FollowUpRuleIds.Detractor;
            case Choices.FollowUpRule.Promoter: return FollowUpRuleIds.Promoter;
            case Choices.FollowUpRule.HighEffort: return FollowUpRuleIds.HighEffort;
            case Choices.FollowUpRule.Reopened: return FollowUpRuleIds.Reopened;
            case Choices.FollowUpRule.ResolveByMissed: return FollowUpRuleIds.ResolveByMissed;
            case Choices.FollowUpRule.AngryEmail: return FollowUpRuleIds.AngryEmail;
            default: return null;
        }
    }
}
