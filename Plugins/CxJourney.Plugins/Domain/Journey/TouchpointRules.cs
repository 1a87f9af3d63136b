namespace CxJourney.Plugins.Domain.Journey;

/// <summary>Which facts count as what, in one place, so the stage model and the rollups agree.</summary>
public static class TouchpointRules
{
    /// <summary>Channels where customer and company talk to each other, and so where a message can wait for a reply.</summary>
    public static bool IsConversation(TouchpointChannel channel) =>
        channel == TouchpointChannel.Email || channel == TouchpointChannel.Phone || channel == TouchpointChannel.Chat ||
        channel == TouchpointChannel.Sms || channel == TouchpointChannel.Social || channel == TouchpointChannel.Letter ||
        channel == TouchpointChannel.Case;

    /// <summary>Sales records rather than interactions: they do not count as onboarding activity.</summary>
    public static bool IsSalesRecord(TouchpointChannel channel) =>
        channel == TouchpointChannel.Order || channel == TouchpointChannel.Invoice || channel == TouchpointChannel.Quote ||
        channel == TouchpointChannel.Opportunity || channel == TouchpointChannel.Lead;

    /// <summary>
    /// An inbound message that asks for an answer, counted ONCE: by its Created touchpoint (an email or letter received,
    /// a call the customer made, a case opened), a reply on a thread, or a case reopening. Completing or cancelling a
    /// received message is our bookkeeping, not a second message: capture no longer records it, and a Completed row
    /// of an inbound message recorded before that (issue 17) is not counted again. Planned or cancelled moments never
    /// reach these rules (the queries and the ledger count Happened touchpoints only).
    /// </summary>
    public static bool IsCustomerMessage(TouchpointFact f) =>
        f.Direction == TouchpointDirection.Inbound && IsConversation(f.Channel) &&
        (f.Kind == TouchpointKind.Created || f.Kind == TouchpointKind.Responded || f.Kind == TouchpointKind.Reopened);

    /// <summary>An outbound message that actually reached the customer: sent or done, not merely drafted or scheduled.</summary>
    public static bool IsReply(TouchpointFact f) =>
        f.Direction == TouchpointDirection.Outbound && IsConversation(f.Channel) &&
        (f.Kind == TouchpointKind.Completed || f.Kind == TouchpointKind.Responded);

    /// <summary>A case closing (resolved or cancelled): nothing on that case waits for a reply any more.</summary>
    public static bool IsCaseClose(TouchpointFact f) =>
        f.HasCaseIdentity && (f.Kind == TouchpointKind.Resolved || f.Kind == TouchpointKind.Cancelled);

    /// <summary>A case (re)opening.</summary>
    public static bool IsCaseOpen(TouchpointFact f) =>
        f.HasCaseIdentity && (f.Kind == TouchpointKind.Created || f.Kind == TouchpointKind.Reopened);

    public static bool IsPurchase(TouchpointChannel channel, TouchpointKind kind) =>
        kind == TouchpointKind.Purchased ||
        (kind == TouchpointKind.Won && (channel == TouchpointChannel.Opportunity || channel == TouchpointChannel.Quote));

    /// <summary>Evaluation signals: an opportunity or quote being worked on, or an appointment (not cancelled).</summary>
    public static bool IsConsideration(TouchpointChannel channel, TouchpointKind kind) =>
        ((channel == TouchpointChannel.Opportunity || channel == TouchpointChannel.Quote) &&
         (kind == TouchpointKind.Created || kind == TouchpointKind.Completed || kind == TouchpointKind.Responded || kind == TouchpointKind.Reopened)) ||
        (channel == TouchpointChannel.Appointment && kind != TouchpointKind.Cancelled);

    public static bool IsLostDeal(TouchpointChannel channel, TouchpointKind kind) =>
        kind == TouchpointKind.Lost && (channel == TouchpointChannel.Opportunity || channel == TouchpointChannel.Quote);
}
