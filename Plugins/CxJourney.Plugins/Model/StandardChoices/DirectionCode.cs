namespace CxJourney.Plugins.Model;

public static partial class StandardChoices
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email#BKMK_DirectionCode
    /// <summary>directioncode of email, phonecall and letter: a Boolean column whose true option is Outgoing.</summary>
    public static class DirectionCode
    {
        public const bool Incoming = false;
        public const bool Outgoing = true;
    }
}
