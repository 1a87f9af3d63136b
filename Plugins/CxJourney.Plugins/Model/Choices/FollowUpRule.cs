namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_followuprule (Follow-up rule): The rule that created a follow-up activity. The description of each option names the rule id used in the cx_FollowUpRules environment variable.</summary>
    public static class FollowUpRule
    {
        public const string OptionSetName = "cx_followuprule";

        /// <summary>Poor case service recovery: Rule poor-case: a low CSAT (surveyed or predicted) on a case calls for a service recovery call.</summary>
        public const int PoorCase = 617500000;

        /// <summary>Detractor escalation: Rule detractor: an NPS answer of a detractor is escalated to the case owner's manager.</summary>
        public const int Detractor = 617500001;

        /// <summary>Promoter review request: Rule promoter: a promoter with top CSAT is asked for a review or referral.</summary>
        public const int Promoter = 617500002;

        /// <summary>High effort root-cause review: Rule high-effort: a case that cost the customer high effort gets a root-cause review.</summary>
        public const int HighEffort = 617500003;

        /// <summary>Reopened priority call-back: Rule reopened: a reopened case gets a priority call-back.</summary>
        public const int Reopened = 617500004;

        /// <summary>Resolve-by missed apology: Rule resolve-by-missed: a case resolved after its resolve-by time gets an apology (task and draft email, never sent automatically).</summary>
        public const int ResolveByMissed = 617500005;

        /// <summary>Angry email reply-fast: Rule angry-email: an upset inbound email on an open case gets a fast personal reply.</summary>
        public const int AngryEmail = 617500006;
    }
}
