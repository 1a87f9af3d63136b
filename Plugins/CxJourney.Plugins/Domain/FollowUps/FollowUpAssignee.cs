namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>Who a rule's activity goes to.</summary>
public enum FollowUpAssignee
{
    /// <summary>The case owner, else the contact owner, else the configured team.</summary>
    Owner,

    /// <summary>The case owner's manager; else the owner chain with the activity routed to the CX team queue.</summary>
    OwnerManager,
}
