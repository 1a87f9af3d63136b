namespace CxJourney.Plugins.Domain.FollowUps;

public enum SkipReason
{
    /// <summary>The follow-up configuration is invalid; nothing was planned.</summary>
    InvalidConfiguration,

    /// <summary>The contact is inactive.</summary>
    ContactInactive,

    /// <summary>An open follow-up from the same rule already regards this case.</summary>
    AlreadyOpen,

    /// <summary>The rule already fired for this contact within its once-per-contact window.</summary>
    OncePerContact,

    /// <summary>The contact reached the follow-up throttle; higher-priority rules went first.</summary>
    Throttled,

    /// <summary>No case owner, contact owner or configured team to own the activity.</summary>
    NoOwner,

    /// <summary>Neither a case nor a contact to regard.</summary>
    NoRegarding,

    /// <summary>The calendar could not give a due time.</summary>
    CalendarError,

    /// <summary>Only the email draft was dropped: the contact does not want email.</summary>
    DoNotEmail,

    /// <summary>Only the email draft was dropped: there is no contact to write to.</summary>
    NoRecipient,
}

/// <summary>A follow-up a rule wanted but did not get (or only partly got), and exactly why.</summary>
public sealed record SkippedFollowUp(string? RuleId, SkipReason Reason, string Message)
{
    public override string ToString() => (RuleId ?? "all rules") + ": " + Message;
}
