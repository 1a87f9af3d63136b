namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>One configured rule (see <see cref="FollowUpSettings.DefaultJson"/> for the JSON form).</summary>
public sealed record FollowUpRuleSettings
{
    public string Id { get; init; } = "";

    public bool Enabled { get; init; }

    /// <summary>1..1000; higher wins when the throttle leaves room for fewer follow-ups than rules that fired.</summary>
    public int Priority { get; init; }

    public RuleThresholds When { get; init; } = new();

    /// <summary>PhoneCall or Task (a call becomes a task for a do-not-phone contact).</summary>
    public ActivityKind Activity { get; init; }

    public ActivityPriority ActivityPriority { get; init; }

    public FollowUpAssignee AssignTo { get; init; }

    public DueRule Due { get; init; } = DueRule.InBusinessHours(8);

    /// <summary>When set, the rule fires at most once per contact in this many days.</summary>
    public int? OncePerContactDays { get; init; }

    public MessageTemplate Subject { get; init; } = MessageTemplate.Parse("");

    public MessageTemplate Description { get; init; } = MessageTemplate.Parse("");

    /// <summary>When set, an email draft is prepared too (unless the contact does not want email).</summary>
    public EmailDraftTemplate? EmailDraft { get; init; }
}
