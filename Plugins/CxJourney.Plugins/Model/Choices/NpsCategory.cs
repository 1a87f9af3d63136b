namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_npscategory (NPS category): Net Promoter category of an NPS answer: promoter 9-10, passive 7-8, detractor 0-6.</summary>
    public static class NpsCategory
    {
        public const string OptionSetName = "cx_npscategory";

        /// <summary>Promoter: Answered 9 or 10.</summary>
        public const int Promoter = 617500000;

        /// <summary>Passive: Answered 7 or 8.</summary>
        public const int Passive = 617500001;

        /// <summary>Detractor: Answered 0 to 6.</summary>
        public const int Detractor = 617500002;
    }
}
