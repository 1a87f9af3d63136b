namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_journeystage (Journey stage): Where a contact stands on the customer journey; empty before the first touchpoint.</summary>
    public static class JourneyStage
    {
        public const string OptionSetName = "cx_journeystage";

        /// <summary>Awareness: First contacts: web visits, social, leads, general enquiries.</summary>
        public const int Awareness = 617500000;

        /// <summary>Consideration: Evaluating: an opportunity or quote is open, or an appointment was made, and nothing bought yet.</summary>
        public const int Consideration = 617500001;

        /// <summary>Purchase: Has bought and is not onboarding or loyal yet.</summary>
        public const int Purchase = 617500002;

        /// <summary>Onboarding: Interacting with us within the onboarding window after the latest purchase.</summary>
        public const int Onboarding = 617500003;

        /// <summary>Service: At least one case is open; overrides every other stage until the last case closes.</summary>
        public const int Service = 617500004;

        /// <summary>Loyalty: Bought again, or gave good feedback after a case was resolved.</summary>
        public const int Loyalty = 617500005;

        /// <summary>Advocacy: Answered as a promoter or referred someone, with no negative feedback since.</summary>
        public const int Advocacy = 617500006;
    }
}
