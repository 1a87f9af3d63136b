using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Cases;

/// <summary>
/// Turns a case's touchpoint groups into the operational facts of a <see cref="CaseSummary"/>. A contact is a
/// message between the customer and us on a conversation channel (email, phone, chat, SMS, social, letter),
/// counted once however many touchpoints capture records for it:
/// <list type="bullet">
/// <item>Inbound contact: an inbound message, counted by its Created touchpoint (capture records every inbound
/// email or call when it is created; marking it received or done later is the same message) or a Responded one.
/// The case's own lifecycle events (channel Case) are not contacts, but a case the customer opened with no
/// message recorded (a walk-in typed in by an agent) counts its opening as the one inbound contact.</item>
/// <item>Outbound contact: a reply that reached the customer: an outbound Completed (sent, call made) or
/// Responded touchpoint; a draft or a scheduled call is none.</item>
/// <item>Reopens: the case's Reopened touchpoints (one per reopening: capture keys them by event time).</item>
/// <item>First agent response: the earliest outbound contact.</item>
/// <item>Owner changes (hand-offs): the agents who answered the customer beyond the first; a case transferred to a
/// specialist is answered by two. Counted from the same aggregate (grouped by agent too), no extra call.</item>
/// <item>Sentiment: over the case's inbound touchpoints that have one, i.e. the customer's own words (messages and
/// the case's opening), as the journey's average sentiment is; our replies and follow-up texts are not the
/// customer's experience.</item>
/// </list>
/// Only moments that happened are read (<see cref="CaseTouchpointTotals"/> filters cx_status: a planned call or a
/// cancelled appointment is no contact), and internal work (direction Internal) is never a contact.
/// The conversation channels and the reply kinds are those of Domain.Journey.TouchpointRules, so a case score
/// and the journey rollup agree on what a reply is.
/// </summary>
public static class TouchpointCounting
{
    private static readonly HashSet<int> ConversationChannels = new()
    {
        Choices.Channel.Email, Choices.Channel.Phone, Choices.Channel.Chat, Choices.Channel.Sms,
        Choices.Channel.Social, Choices.Channel.Letter,
    };

    public static bool IsCustomerMessage(CaseTouchpointGroup g) =>
        g.Direction == Choices.Direction.Inbound && IsConversation(g.Channel) &&
        (g.Kind == Choices.TouchpointKind.Created || g.Kind == Choices.TouchpointKind.Responded);

    public static bool IsReply(CaseTouchpointGroup g) =>
        g.Direction == Choices.Direction.Outbound && IsConversation(g.Channel) &&
        (g.Kind == Choices.TouchpointKind.Completed || g.Kind == Choices.TouchpointKind.Responded);

    public static bool IsReopen(CaseTouchpointGroup g) => g.Channel == Choices.Channel.Case && g.Kind == Choices.TouchpointKind.Reopened;

    public static bool IsInboundCaseOpening(CaseTouchpointGroup g) =>
        g.Channel == Choices.Channel.Case && g.Kind == Choices.TouchpointKind.Created && g.Direction == Choices.Direction.Inbound;

    private static bool IsConversation(int? channel) => channel.HasValue && ConversationChannels.Contains(channel.Value);

    public static CaseSummary Summarize(CaseRecord record, IReadOnlyList<CaseTouchpointGroup> groups)
    {
        var messages = groups.Where(IsCustomerMessage).ToList();
        var replies = groups.Where(IsReply).ToList();
        var inbound = messages.Sum(g => g.Count);
        if (inbound == 0 && groups.Any(IsInboundCaseOpening))
            inbound = 1;
        var mix = messages.Concat(replies)
            .GroupBy(g => ChannelName(g.Channel!.Value))
            .ToDictionary(x => x.Key, x => x.Sum(g => g.Count), StringComparer.Ordinal);
        return new CaseSummary
        {
            CreatedOnUtc = record.CreatedOn,
            ResolvedOnUtc = record.ResolvedOn,
            ResolveByUtc = record.ResolveBy,
            ReopenCount = groups.Where(IsReopen).Sum(g => g.Count),
            InboundContacts = inbound,
            OutboundContacts = replies.Sum(g => g.Count),
            FirstAgentResponseUtc = replies.Where(g => g.FirstOccurredOn.HasValue).Select(g => g.FirstOccurredOn).Min(),
            OwnerChanges = Math.Max(0, replies.Where(g => g.Agent.HasValue).Select(g => g.Agent!.Value).Distinct().Count() - 1),
            ChannelMix = mix,
            Sentiment = Sentiment(groups),
        };
    }

    /// <summary>The count-weighted average and the minimum over the inbound groups that have a sentiment.</summary>
    public static SentimentAggregate? Sentiment(IEnumerable<CaseTouchpointGroup> groups)
    {
        var scored = groups.Where(g => g.Direction == Choices.Direction.Inbound && g.SentimentCount > 0 && g.SentimentAverage.HasValue && g.SentimentMinimum.HasValue).ToList();
        var count = scored.Sum(g => g.SentimentCount);
        if (count == 0)
            return null;
        var average = Clamp(scored.Sum(g => g.SentimentAverage!.Value * g.SentimentCount) / count);
        var minimum = Clamp(scored.Min(g => g.SentimentMinimum!.Value));
        return new SentimentAggregate(average, Math.Min(minimum, average), count);
    }

    private static double Clamp(double v) => v < -1 ? -1 : v > 1 ? 1 : v;

    private static string ChannelName(int channel)
    {
        switch (channel)
        {
            case Choices.Channel.Email: return "email";
            case Choices.Channel.Phone: return "phone";
            case Choices.Channel.Chat: return "chat";
            case Choices.Channel.Sms: return "sms";
            case Choices.Channel.Social: return "social";
            case Choices.Channel.Letter: return "letter";
            default: return channel.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
