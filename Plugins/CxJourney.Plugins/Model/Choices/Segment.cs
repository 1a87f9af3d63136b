namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_segment (Customer segment): The customer segment used to compare experience across groups of customers.</summary>
    public static class Segment
    {
        public const string OptionSetName = "cx_segment";

        /// <summary>Retail: Individual consumers.</summary>
        public const int Retail = 617500000;

        /// <summary>Small business: Small and medium-sized business customers.</summary>
        public const int SmallBusiness = 617500001;

        /// <summary>Enterprise: Large business customers.</summary>
        public const int Enterprise = 617500002;
    }
}
