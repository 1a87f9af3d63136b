namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>
/// The event the planner reacts to. Each fact is judged once, at the event that reveals it: answers on
/// <see cref="FeedbackReceived"/>, predictions and operational facts on <see cref="CaseResolved"/>.
/// </summary>
public enum FollowUpTrigger
{
    /// <summary>The case was resolved and scored (predicted CSAT/CES, contacts, reopens, resolve-by).</summary>
    CaseResolved,

    /// <summary>The customer answered a survey (before or after the close).</summary>
    FeedbackReceived,

    /// <summary>A resolved case was reactivated.</summary>
    CaseReopened,

    /// <summary>An email arrived from the customer, with its sentiment.</summary>
    InboundEmail,
}
