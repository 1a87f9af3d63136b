namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_feedbackband (Feedback band): How a touchpoint speaks about the customer's satisfaction; empty when it says nothing.</summary>
    public static class FeedbackBand
    {
        public const string OptionSetName = "cx_feedbackband";

        /// <summary>Negative: A detractor NPS, a low CSAT, or a clearly negative inbound message.</summary>
        public const int Negative = 617500000;

        /// <summary>Good: A passive NPS, a high CSAT, or a clearly positive inbound message.</summary>
        public const int Good = 617500001;

        /// <summary>Promoter: A promoter NPS answer.</summary>
        public const int Promoter = 617500002;
    }
}
