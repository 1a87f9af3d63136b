namespace CxJourney.Plugins.Model;

public static partial class Choices
{
    /// <summary>Global choice cx_touchpointkind (Touchpoint kind): What happened to the source record that a touchpoint records.</summary>
    public static class TouchpointKind
    {
        public const string OptionSetName = "cx_touchpointkind";

        /// <summary>Created: The source record was created: email received or drafted, case opened, order or opportunity created.</summary>
        public const int Created = 617500000;

        /// <summary>Completed: The activity was done: email sent or received, call made, appointment held, task completed.</summary>
        public const int Completed = 617500001;

        /// <summary>Resolved: The case was resolved.</summary>
        public const int Resolved = 617500002;

        /// <summary>Reopened: The case was reopened after it had been resolved or cancelled.</summary>
        public const int Reopened = 617500003;

        /// <summary>Cancelled: The activity, order or case was cancelled.</summary>
        public const int Cancelled = 617500004;

        /// <summary>Responded: A reply on a case or conversation thread.</summary>
        public const int Responded = 617500005;

        /// <summary>Purchased: An order was fulfilled or an invoice was paid.</summary>
        public const int Purchased = 617500006;

        /// <summary>Won: An opportunity or quote was won.</summary>
        public const int Won = 617500007;

        /// <summary>Lost: An opportunity or quote was lost.</summary>
        public const int Lost = 617500008;

        /// <summary>Answered: A survey or feedback form was answered.</summary>
        public const int Answered = 617500009;

        /// <summary>Referred: The contact referred someone to us.</summary>
        public const int Referred = 617500010;
    }
}
