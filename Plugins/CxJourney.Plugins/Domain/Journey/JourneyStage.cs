namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// Where a contact stands on the customer journey. The numeric values are stored in the journey's choice
/// column, so they never change; the order of the rules that pick a stage is in <see cref="JourneyStageModel"/>.
/// </summary>
public enum JourneyStage
{
    /// <summary>No touchpoint yet.</summary>
    None = 0,

    /// <summary>First contacts: web visits, social, leads, general enquiries.</summary>
    Awareness = 1,

    /// <summary>Evaluating: an opportunity or quote is open, or an appointment was made, and nothing bought yet.</summary>
    Consideration = 2,

    /// <summary>Has bought (order/invoice purchased, opportunity won) and is not onboarding or loyal yet.</summary>
    Purchase = 3,

    /// <summary>Interacting with us within the onboarding window after the latest purchase.</summary>
    Onboarding = 4,

    /// <summary>At least one case is open; overrides every other stage until the last case closes.</summary>
    Service = 5,

    /// <summary>Bought again, or gave good feedback after a case was resolved.</summary>
    Loyalty = 6,

    /// <summary>Answered as a promoter (NPS 9-10) or referred someone, with no negative feedback since.</summary>
    Advocacy = 7,
}
