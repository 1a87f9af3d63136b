using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using static CxJourney.Plugins.Tests.Domain.Journey.Facts;

namespace CxJourney.Plugins.Tests.Domain.Journey;

public class JourneyStageModelTests
{
    private static readonly JourneyOptions Options = JourneyOptions.Default;

    private static JourneyStage StageAfter(params TouchpointFact[] facts)
    {
        var signals = JourneySignals.Empty;
        foreach (var f in facts)
            signals = signals.Apply(f, Options);
        return JourneyStageModel.Derive(signals, Options);
    }

    // A plausible life: browse, talk to sales, buy, onboard, raise a case, resolve it, praise, recommend.
    private static readonly TouchpointFact[] Life =
    {
        Fact("web1", TouchpointChannel.Web, TouchpointDirection.Inbound, TouchpointKind.Created, 0),
        Fact("soc1", TouchpointChannel.Social, TouchpointDirection.Inbound, TouchpointKind.Created, 1),
        Fact("opp1", TouchpointChannel.Opportunity, TouchpointDirection.Internal, TouchpointKind.Created, 3),
        Fact("apt1", TouchpointChannel.Appointment, TouchpointDirection.Outbound, TouchpointKind.Completed, 5),
        Fact("won1", TouchpointChannel.Opportunity, TouchpointDirection.Internal, TouchpointKind.Won, 10),
        Out("welcome", TouchpointChannel.Email, 11),
        CaseEvent("case1-open", TouchpointKind.Created, 20, "case1"),
        CaseEvent("case1-done", TouchpointKind.Resolved, 22, "case1"),
        Survey("csat1", 23, csat: 5),
        Survey("nps1", 60, nps: 10),
    };

    [Fact]
    public void Stages_follow_a_typical_life_in_time_order()
    {
        var expected = new[]
        {
            JourneyStage.Awareness, JourneyStage.Awareness, JourneyStage.Consideration, JourneyStage.Consideration,
            JourneyStage.Purchase, JourneyStage.Onboarding, JourneyStage.Service, JourneyStage.Onboarding,
            JourneyStage.Loyalty, JourneyStage.Advocacy,
        };
        var signals = JourneySignals.Empty;
        var stage = JourneyStage.None;
        var seen = new List<JourneyStage>();
        foreach (var f in Life)
        {
            var t = JourneyStageModel.Next(stage, f, signals, Options);
            Assert.Equal(stage, t.From);
            signals = t.Signals;
            stage = t.To;
            seen.Add(stage);
        }
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Final_stage_is_the_same_for_every_delivery_order_and_with_duplicates()
    {
        var expected = StageAfter(Life);
        var random = new Random(12345);
        for (var i = 0; i < 50; i++)
        {
            var shuffled = Life.Concat(Life.Take(4)).OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, StageAfter(shuffled));
        }
    }

    [Fact]
    public void No_touchpoint_is_none_and_any_touchpoint_is_awareness()
    {
        Assert.Equal(JourneyStage.None, JourneyStageModel.Derive(JourneySignals.Empty, Options));
        Assert.Equal(JourneyStage.Awareness, StageAfter(Fact("k", TouchpointChannel.Kiosk, TouchpointDirection.Inbound, TouchpointKind.Created, 0)));
    }

    [Fact]
    public void Lost_deal_falls_back_to_awareness_until_a_newer_evaluation()
    {
        var opp = Fact("o", TouchpointChannel.Opportunity, TouchpointDirection.Internal, TouchpointKind.Created, 1);
        var lost = Fact("l", TouchpointChannel.Opportunity, TouchpointDirection.Internal, TouchpointKind.Lost, 5);
        var quote = Fact("q", TouchpointChannel.Quote, TouchpointDirection.Outbound, TouchpointKind.Created, 9);

        Assert.Equal(JourneyStage.Awareness, StageAfter(opp, lost));
        Assert.Equal(JourneyStage.Consideration, StageAfter(lost, opp, quote));
    }

    [Fact]
    public void Cancelled_appointment_is_not_consideration()
    {
        Assert.Equal(JourneyStage.Awareness,
            StageAfter(Fact("a", TouchpointChannel.Appointment, TouchpointDirection.Outbound, TouchpointKind.Cancelled, 1)));
    }

    [Fact]
    public void Onboarding_lasts_only_for_the_window_after_purchase()
    {
        var order = Fact("ord", TouchpointChannel.Order, TouchpointDirection.Inbound, TouchpointKind.Purchased, 0);
        Assert.Equal(JourneyStage.Purchase, StageAfter(order));
        Assert.Equal(JourneyStage.Onboarding, StageAfter(order, In("e1", TouchpointChannel.Email, 30)));
        Assert.Equal(JourneyStage.Purchase, StageAfter(order, In("e1", TouchpointChannel.Email, 31)));
        // The invoice of the same sale is a sales record, not onboarding activity.
        Assert.Equal(JourneyStage.Purchase, StageAfter(order, Fact("inv", TouchpointChannel.Invoice, TouchpointDirection.Outbound, TouchpointKind.Created, 2)));

        var shortWindow = new JourneyOptions { OnboardingDays = 7 };
        var signals = JourneySignals.Empty.Apply(order, shortWindow).Apply(In("e1", TouchpointChannel.Email, 10), shortWindow);
        Assert.Equal(JourneyStage.Purchase, JourneyStageModel.Derive(signals, shortWindow));
    }

    [Fact]
    public void Repeat_purchase_means_loyalty_but_the_documents_of_one_sale_do_not()
    {
        var won = Fact("won", TouchpointChannel.Opportunity, TouchpointDirection.Internal, TouchpointKind.Won, 0);
        var order = Fact("ord", TouchpointChannel.Order, TouchpointDirection.Inbound, TouchpointKind.Purchased, 4);
        var second = Fact("ord2", TouchpointChannel.Order, TouchpointDirection.Inbound, TouchpointKind.Purchased, 90);
        Assert.Equal(JourneyStage.Purchase, StageAfter(won, order));
        Assert.Equal(JourneyStage.Loyalty, StageAfter(won, order, second));
    }

    [Fact]
    public void Service_overrides_until_every_case_is_closed()
    {
        var order = Fact("ord", TouchpointChannel.Order, TouchpointDirection.Inbound, TouchpointKind.Purchased, 0);
        var a = CaseEvent("a1", TouchpointKind.Created, 40, "A");
        var b = CaseEvent("b1", TouchpointKind.Created, 41, "B");
        var aDone = CaseEvent("a2", TouchpointKind.Resolved, 42, "A");
        var bDone = CaseEvent("b2", TouchpointKind.Cancelled, 43, "B");
        var aAgain = CaseEvent("a3", TouchpointKind.Reopened, 44, "A");

        Assert.Equal(JourneyStage.Service, StageAfter(order, a, b, aDone));
        Assert.Equal(JourneyStage.Purchase, StageAfter(order, a, b, aDone, bDone));
        Assert.Equal(JourneyStage.Service, StageAfter(order, a, b, aDone, bDone, aAgain));
        // Even a promoter is in service while a case is open.
        Assert.Equal(JourneyStage.Service, StageAfter(Survey("n", 1, nps: 10), a));
    }

    [Fact]
    public void Resolution_delivered_before_the_case_creation_never_leaves_the_case_open()
    {
        var created = CaseEvent("c1", TouchpointKind.Created, 5, "C");
        var resolved = CaseEvent("c2", TouchpointKind.Resolved, 6, "C");
        var t1 = JourneyStageModel.Next(JourneyStage.Awareness, resolved, JourneySignals.Empty, Options);
        var t2 = JourneyStageModel.Next(t1.To, created, t1.Signals, Options);
        Assert.Equal(JourneyStage.Awareness, t2.To);
        Assert.Equal(0, t2.Signals.OpenCaseCount);
        Assert.False(t2.Changed);
    }

    [Fact]
    public void Good_feedback_counts_for_loyalty_only_after_a_resolved_case()
    {
        var order = Fact("ord", TouchpointChannel.Order, TouchpointDirection.Inbound, TouchpointKind.Purchased, 0);
        var thanks = In("thanks", TouchpointChannel.Email, 50, sentiment: 0.8);
        Assert.Equal(JourneyStage.Purchase, StageAfter(order, thanks));

        var open = CaseEvent("c1", TouchpointKind.Created, 40, "C");
        var resolved = CaseEvent("c2", TouchpointKind.Resolved, 45, "C");
        Assert.Equal(JourneyStage.Loyalty, StageAfter(order, open, resolved, thanks));
        // Negative feedback after the praise takes loyalty back.
        Assert.Equal(JourneyStage.Purchase, StageAfter(order, open, resolved, thanks, Survey("s", 60, csat: 1)));
    }

    [Fact]
    public void Advocacy_needs_promoter_or_referral_and_ends_with_later_negative_feedback()
    {
        Assert.Equal(JourneyStage.Advocacy, StageAfter(Survey("n", 1, nps: 9)));
        Assert.NotEqual(JourneyStage.Advocacy, StageAfter(Survey("n", 1, nps: 8)));
        Assert.Equal(JourneyStage.Advocacy, StageAfter(Fact("r", TouchpointChannel.Other, TouchpointDirection.Inbound, TouchpointKind.Referred, 1)));
        Assert.NotEqual(JourneyStage.Advocacy, StageAfter(Survey("n", 1, nps: 10), In("angry", TouchpointChannel.Email, 2, sentiment: -0.9)));
        // Same instant: the pessimistic reading wins.
        Assert.NotEqual(JourneyStage.Advocacy, StageAfter(Survey("n", 1, nps: 10), Survey("d", 1, nps: 3)));
    }

    [Fact]
    public void Reasons_name_the_deciding_rule()
    {
        var t = JourneyStageModel.Next(JourneyStage.Consideration,
            Fact("won", TouchpointChannel.Opportunity, TouchpointDirection.Internal, TouchpointKind.Won, 10), JourneySignals.Empty, Options);
        Assert.True(t.Changed);
        Assert.Equal(JourneyStage.Purchase, t.To);
        Assert.Equal("purchase on 2025-01-11", t.Reason);
    }

    [Fact]
    public void Signals_merge_is_the_same_as_applying_everything()
    {
        var firstHalf = Life.Take(5).Aggregate(JourneySignals.Empty, (s, f) => s.Apply(f, Options));
        var secondHalf = Life.Skip(5).Aggregate(JourneySignals.Empty, (s, f) => s.Apply(f, Options));
        Assert.Equal(StageAfter(Life), JourneyStageModel.Derive(secondHalf.Merge(firstHalf), Options));
        Assert.Equal(StageAfter(Life), JourneyStageModel.Derive(firstHalf.Merge(secondHalf), Options));
    }
}
