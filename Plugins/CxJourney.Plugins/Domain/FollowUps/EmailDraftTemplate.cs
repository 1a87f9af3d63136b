namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>The email a rule prepares as a draft next to its task; never sent automatically.</summary>
public sealed record EmailDraftTemplate(MessageTemplate Subject, MessageTemplate Body);
