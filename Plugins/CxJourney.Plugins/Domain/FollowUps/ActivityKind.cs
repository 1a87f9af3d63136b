namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>What a follow-up becomes in Dataverse.</summary>
public enum ActivityKind
{
    /// <summary>A phonecall activity (outgoing, to the contact).</summary>
    PhoneCall,

    /// <summary>A task activity.</summary>
    Task,

    /// <summary>An email activity left in draft; never sent automatically.</summary>
    EmailDraft,
}
