namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_channel (Channel): Where a touchpoint or answer happened. One whole-number count column per channel on the journey.</summary>
    public static class Channel
    {
        public const string OptionSetName = "cx_channel";

        /// <summary>Email: An email sent to or received from the customer.</summary>
        public const int Email = 617500000;

        /// <summary>Phone: A phone call with the customer.</summary>
        public const int Phone = 617500001;

        /// <summary>Appointment: A meeting or visit with the customer.</summary>
        public const int Appointment = 617500002;

        /// <summary>Chat: A live chat or messaging conversation.</summary>
        public const int Chat = 617500003;

        /// <summary>SMS: A text message.</summary>
        public const int Sms = 617500004;

        /// <summary>Social: A social media post or direct message.</summary>
        public const int Social = 617500005;

        /// <summary>Web: A web visit, portal post or web form.</summary>
        public const int Web = 617500006;

        /// <summary>In-store kiosk: An answer or request entered at an in-store kiosk.</summary>
        public const int Kiosk = 617500007;

        /// <summary>Survey: A survey answer (CSAT, CES or NPS).</summary>
        public const int Survey = 617500008;

        /// <summary>Case: A case (incident) opened, resolved, reopened or cancelled.</summary>
        public const int Case = 617500009;

        /// <summary>Order: A sales order.</summary>
        public const int Order = 617500010;

        /// <summary>Letter: A postal letter.</summary>
        public const int Letter = 617500011;

        /// <summary>Task: A task about the customer, such as a follow-up.</summary>
        public const int Task = 617500012;

        /// <summary>Invoice: An invoice.</summary>
        public const int Invoice = 617500013;

        /// <summary>Quote: A quote.</summary>
        public const int Quote = 617500014;

        /// <summary>Opportunity: A sales opportunity.</summary>
        public const int Opportunity = 617500015;

        /// <summary>Lead: A lead that became or belongs to the contact.</summary>
        public const int Lead = 617500016;

        /// <summary>Other: Any other interaction that fits no channel above.</summary>
        public const int Other = 617500017;
    }
}
