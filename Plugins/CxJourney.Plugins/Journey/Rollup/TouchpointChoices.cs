using System;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>
/// Stored option values (Model.Choices) to and from the journey domain's enums. Two stored values have no
/// domain value of their own: the Task channel counts as Other for the stage and thread rules (a task is
/// neither a conversation nor a sales record), and an Answered survey is a Responded touchpoint. The
/// journey's per-channel counts are taken from the stored values, so tasks still count as tasks there.
/// </summary>
public static class TouchpointChoices
{
    public static TouchpointChannel Channel(int value)
    {
        switch (value)
        {
            case Choices.Channel.Email: return TouchpointChannel.Email;
            case Choices.Channel.Phone: return TouchpointChannel.Phone;
            case Choices.Channel.Appointment: return TouchpointChannel.Appointment;
            case Choices.Channel.Chat: return TouchpointChannel.Chat;
            case Choices.Channel.Sms: return TouchpointChannel.Sms;
            case Choices.Channel.Social: return TouchpointChannel.Social;
            case Choices.Channel.Web: return TouchpointChannel.Web;
            case Choices.Channel.Kiosk: return TouchpointChannel.Kiosk;
            case Choices.Channel.Survey: return TouchpointChannel.Survey;
            case Choices.Channel.Case: return TouchpointChannel.Case;
            case Choices.Channel.Order: return TouchpointChannel.Order;
            case Choices.Channel.Letter: return TouchpointChannel.Letter;
            case Choices.Channel.Invoice: return TouchpointChannel.Invoice;
            case Choices.Channel.Quote: return TouchpointChannel.Quote;
            case Choices.Channel.Opportunity: return TouchpointChannel.Opportunity;
            case Choices.Channel.Lead: return TouchpointChannel.Lead;
            default: return TouchpointChannel.Other;
        }
    }

    public static TouchpointDirection Direction(int value)
    {
        switch (value)
        {
            case Choices.Direction.Inbound: return TouchpointDirection.Inbound;
            case Choices.Direction.Outbound: return TouchpointDirection.Outbound;
            default: return TouchpointDirection.Internal;
        }
    }

    public static TouchpointKind Kind(int value)
    {
        switch (value)
        {
            case Choices.TouchpointKind.Created: return TouchpointKind.Created;
            case Choices.TouchpointKind.Completed: return TouchpointKind.Completed;
            case Choices.TouchpointKind.Resolved: return TouchpointKind.Resolved;
            case Choices.TouchpointKind.Reopened: return TouchpointKind.Reopened;
            case Choices.TouchpointKind.Cancelled: return TouchpointKind.Cancelled;
            case Choices.TouchpointKind.Responded: return TouchpointKind.Responded;
            case Choices.TouchpointKind.Purchased: return TouchpointKind.Purchased;
            case Choices.TouchpointKind.Won: return TouchpointKind.Won;
            case Choices.TouchpointKind.Lost: return TouchpointKind.Lost;
            case Choices.TouchpointKind.Answered: return TouchpointKind.Responded;
            case Choices.TouchpointKind.Referred: return TouchpointKind.Referred;
            default: throw new ArgumentOutOfRangeException(nameof(value), value, "Not a cx_touchpointkind option.");
        }
    }

    /// <summary>Options the journey rules understand; a row with another kind (an option added later) is left out of rollups.</summary>
    public static bool IsKnownKind(int value) =>
        value == Choices.TouchpointKind.Created || value == Choices.TouchpointKind.Completed || value == Choices.TouchpointKind.Resolved ||
        value == Choices.TouchpointKind.Reopened || value == Choices.TouchpointKind.Cancelled || value == Choices.TouchpointKind.Responded ||
        value == Choices.TouchpointKind.Purchased || value == Choices.TouchpointKind.Won || value == Choices.TouchpointKind.Lost ||
        value == Choices.TouchpointKind.Answered || value == Choices.TouchpointKind.Referred;

    public static FeedbackBand Band(int? value)
    {
        switch (value)
        {
            case Choices.FeedbackBand.Negative: return FeedbackBand.Negative;
            case Choices.FeedbackBand.Good: return FeedbackBand.Good;
            case Choices.FeedbackBand.Promoter: return FeedbackBand.Promoter;
            default: return FeedbackBand.None;
        }
    }

    public static int? BandValue(FeedbackBand band)
    {
        switch (band)
        {
            case FeedbackBand.Negative: return Choices.FeedbackBand.Negative;
            case FeedbackBand.Good: return Choices.FeedbackBand.Good;
            case FeedbackBand.Promoter: return Choices.FeedbackBand.Promoter;
            default: return null;
        }
    }

    public static int? StageValue(JourneyStage stage)
    {
        switch (stage)
        {
            case JourneyStage.Awareness: return Choices.JourneyStage.Awareness;
            case JourneyStage.Consideration: return Choices.JourneyStage.Consideration;
            case JourneyStage.Purchase: return Choices.JourneyStage.Purchase;
            case JourneyStage.Onboarding: return Choices.JourneyStage.Onboarding;
            case JourneyStage.Service: return Choices.JourneyStage.Service;
            case JourneyStage.Loyalty: return Choices.JourneyStage.Loyalty;
            case JourneyStage.Advocacy: return Choices.JourneyStage.Advocacy;
            default: return null;
        }
    }

    public static int? TrendValue(TrendDirection direction)
    {
        switch (direction)
        {
            case TrendDirection.Declining: return Choices.TrendDirection.Declining;
            case TrendDirection.Stable: return Choices.TrendDirection.Stable;
            case TrendDirection.Improving: return Choices.TrendDirection.Improving;
            default: return null;
        }
    }

    /// <summary>The domain fact of a stored touchpoint (or of an aggregate row, keyed by its group).</summary>
    public static TouchpointFact Fact(string key, int channel, int direction, int kind, DateTime occurredOn, string? threadKey,
        double? sentiment = null, int? nps = null, int? csat = null) =>
        new(key, Channel(channel), Direction(direction), Kind(kind), occurredOn)
        {
            ThreadKey = string.IsNullOrEmpty(threadKey) ? null : threadKey,
            Sentiment = sentiment,
            NpsScore = nps,
            CsatScore = csat,
        };
}
