using System;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// The touchpoints of sales records: an order placed (the customer buying: inbound), an invoice issued (us
/// billing: outbound), both kind Purchased; an opportunity won or lost (internal: our sales pipeline).
/// The contact: an opportunity's contact, else the customer contact, else the account's primary contact (a read).
/// </summary>
public static class CommerceCapture
{
    public static int? ChannelOf(string table)
    {
        switch (table)
        {
            case Tables.SalesOrder: return Choices.Channel.Order;
            case Tables.Invoice: return Choices.Channel.Invoice;
            case Tables.Opportunity: return Choices.Channel.Opportunity;
            default: return null;
        }
    }

    /// <summary>An order or invoice created; null for another table.</summary>
    public static CapturePlan? PlanCreated(CommerceSnapshot s, DateTime operationTime)
    {
        if (s == null) throw new ArgumentNullException(nameof(s));
        if (!s.Is(Tables.SalesOrder) && !s.Is(Tables.Invoice)) return null;
        var direction = s.Is(Tables.SalesOrder) ? Choices.Direction.Inbound : Choices.Direction.Outbound;
        return Build(s, direction, Choices.TouchpointKind.Purchased, s.CreatedOn ?? operationTime);
    }

    /// <summary>An opportunity won or lost (kind from <see cref="StateTransitions.ForOpportunity"/>); null for another table.</summary>
    public static CapturePlan? PlanClosed(CommerceSnapshot s, int kind, DateTime operationTime)
    {
        if (s == null) throw new ArgumentNullException(nameof(s));
        if (!s.Is(Tables.Opportunity)) return null;
        return Build(s, Choices.Direction.Internal, kind, s.ModifiedOn ?? operationTime);
    }

    private static CapturePlan Build(CommerceSnapshot s, int direction, int kind, DateTime occurredOn)
    {
        var channel = ChannelOf(s.Table)!.Value;
        var draft = new TouchpointDraft(s.Table, s.Id, SourceKeys.ForRecord(s.Id), channel, direction, kind, occurredOn,
            TouchpointText.Name(channel, Choices.Direction.Internal, kind, s.Name))
        {
            SubjectSummary = TouchpointText.Summary(s.Name),
            AgentId = s.Owner is not null && s.Owner.Is(Tables.SystemUser) ? s.Owner.Id : (Guid?)null,
        };
        return new CapturePlan(draft, CustomerContacts.Of(s.Customer, s.Contact, s.Table));
    }
}
