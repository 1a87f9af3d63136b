using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// Which touchpoint kind a change of statecode means, from the state before (pre-image; null when unknown)
/// and after (post-image). A change that is no event for the journey (an activity reopened, an order
/// submitted, a status reason changed within a state) gives null.
/// </summary>
public static class StateTransitions
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer#BKMK_StateCode
    public static int? ForActivity(int? before, int after)
    {
        if (after == StandardChoices.ActivityState.Completed && before != StandardChoices.ActivityState.Completed)
            return Choices.TouchpointKind.Completed;
        if (after == StandardChoices.ActivityState.Canceled && before != StandardChoices.ActivityState.Canceled)
            return Choices.TouchpointKind.Cancelled;
        return null;
    }

    /// <summary>
    /// A case leaving Active is resolved or cancelled; a case coming back to Active from either is reopened.
    /// Without the state before, a reopen cannot be told from any other update of an active case.
    /// </summary>
    // https://learn.microsoft.com/dynamics365/developer/reference/entities/incident#BKMK_StateCode
    public static int? ForCase(int? before, int after)
    {
        const int active = StandardChoices.IncidentState.Active;
        if (after == StandardChoices.IncidentState.Resolved && before != StandardChoices.IncidentState.Resolved)
            return Choices.TouchpointKind.Resolved;
        if (after == StandardChoices.IncidentState.Cancelled && before != StandardChoices.IncidentState.Cancelled)
            return Choices.TouchpointKind.Cancelled;
        if (after == active && before.HasValue && before.Value != active)
            return Choices.TouchpointKind.Reopened;
        return null;
    }

    // https://learn.microsoft.com/dynamics365/developer/reference/entities/opportunity#BKMK_StateCode
    public static int? ForOpportunity(int? before, int after)
    {
        if (after == StandardChoices.OpportunityState.Won && before != StandardChoices.OpportunityState.Won)
            return Choices.TouchpointKind.Won;
        if (after == StandardChoices.OpportunityState.Lost && before != StandardChoices.OpportunityState.Lost)
            return Choices.TouchpointKind.Lost;
        return null;
    }
}
