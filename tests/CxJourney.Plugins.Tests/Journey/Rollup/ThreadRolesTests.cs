using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Tests.Journey.Rollup;

/// <summary>The query filters are computed from the domain rules; these pin what they come to.</summary>
public class ThreadRolesTests
{
    [Fact]
    public void Conversation_channels_are_the_ones_people_talk_on()
    {
        Assert.Equal(
            new[] { Choices.Channel.Email, Choices.Channel.Phone, Choices.Channel.Chat, Choices.Channel.Sms, Choices.Channel.Social, Choices.Channel.Case, Choices.Channel.Letter },
            ThreadRoles.ConversationChannels);
    }

    [Fact]
    public void Messages_replies_and_closures_are_the_kinds_the_domain_pairs()
    {
        // A customer message counts once, by its Created row (received); a Completed row of an inbound message (written
        // before issue 17, when closing a received email made a second row) is not a second message.
        Assert.Equal(new[] { Choices.TouchpointKind.Created, Choices.TouchpointKind.Reopened, Choices.TouchpointKind.Responded, Choices.TouchpointKind.Answered },
            ThreadRoles.CustomerMessageKinds);
        Assert.False(ThreadRoles.IsCustomerMessage(Choices.Channel.Email, Choices.Direction.Inbound, Choices.TouchpointKind.Completed));
        Assert.Equal(new[] { Choices.TouchpointKind.Completed, Choices.TouchpointKind.Responded, Choices.TouchpointKind.Answered }, ThreadRoles.ReplyKinds);
        Assert.Equal(new[] { Choices.TouchpointKind.Resolved, Choices.TouchpointKind.Cancelled }, ThreadRoles.CaseCloseKinds);
    }

    [Fact]
    public void A_case_closure_needs_its_case_thread()
    {
        Assert.True(ThreadRoles.IsCaseClose(Choices.Channel.Case, Choices.Direction.Internal, Choices.TouchpointKind.Resolved, "incident:1"));
        Assert.False(ThreadRoles.IsCaseClose(Choices.Channel.Case, Choices.Direction.Internal, Choices.TouchpointKind.Resolved, null));
        Assert.False(ThreadRoles.IsThreadRelevant(Choices.Channel.Task, Choices.Direction.Internal, Choices.TouchpointKind.Completed, null));
        Assert.False(ThreadRoles.IsCustomerMessage(Choices.Channel.Email, Choices.Direction.Inbound, 12345));
    }

    [Fact]
    public void Stored_values_map_to_the_domain_and_back()
    {
        Assert.Equal(TouchpointChannel.Other, TouchpointChoices.Channel(Choices.Channel.Task));
        Assert.Equal(TouchpointKind.Responded, TouchpointChoices.Kind(Choices.TouchpointKind.Answered));
        Assert.Equal(TouchpointDirection.Inbound, TouchpointChoices.Direction(Choices.Direction.Inbound));
        Assert.Equal(Choices.FeedbackBand.Promoter, TouchpointChoices.BandValue(TouchpointChoices.Band(Choices.FeedbackBand.Promoter)));
        Assert.Null(TouchpointChoices.BandValue(FeedbackBand.None));
        Assert.Null(TouchpointChoices.StageValue(JourneyStage.None));
        Assert.Equal(Choices.JourneyStage.Service, TouchpointChoices.StageValue(JourneyStage.Service));
        Assert.Null(TouchpointChoices.TrendValue(TrendDirection.Unknown));
        Assert.False(TouchpointChoices.IsKnownKind(0));
    }
}
