using System;
using System.Collections.Generic;
using CxJourney.Plugins.Domain.Scoring;

namespace CxJourney.Plugins.Tests.Domain.Scoring;

public class SatisfactionModelTests
{
    /// <summary>A middling case, so that neither model is clamped and every term can move the result.</summary>
    private static readonly PredictionSignals Middling = new()
    {
        FirstContactResolution = false,
        Reopens = 1,
        ExtraInboundContacts = 1,
        ResolveByMissed = false,
        ResolutionBusinessHours = 10,
        FirstResponseHours = 2,
        Handoffs = 1,
        ExtraChannels = 1,
        SentimentAverage = 0,
        SentimentMinimum = -0.2,
    };

    /// <summary>Each signal made one step worse for the customer.</summary>
    public static IEnumerable<object[]> WorseSignals() => new[]
    {
        new object[] { "lose FCR", (Func<PredictionSignals, PredictionSignals>)(s => s with { FirstContactResolution = false }), true },
        new object[] { "one more reopen", (Func<PredictionSignals, PredictionSignals>)(s => s with { Reopens = s.Reopens + 1 }), false },
        new object[] { "one more inbound contact", (Func<PredictionSignals, PredictionSignals>)(s => s with { ExtraInboundContacts = s.ExtraInboundContacts + 1 }), false },
        new object[] { "resolve-by missed", (Func<PredictionSignals, PredictionSignals>)(s => s with { ResolveByMissed = true }), false },
        new object[] { "slower resolution", (Func<PredictionSignals, PredictionSignals>)(s => s with { ResolutionBusinessHours = s.ResolutionBusinessHours + 8 }), false },
        new object[] { "slower first response", (Func<PredictionSignals, PredictionSignals>)(s => s with { FirstResponseHours = s.FirstResponseHours + 4 }), false },
        new object[] { "another hand-off", (Func<PredictionSignals, PredictionSignals>)(s => s with { Handoffs = s.Handoffs + 1 }), false },
        new object[] { "another channel", (Func<PredictionSignals, PredictionSignals>)(s => s with { ExtraChannels = s.ExtraChannels + 1 }), false },
        new object[] { "sadder on average", (Func<PredictionSignals, PredictionSignals>)(s => s with { SentimentAverage = s.SentimentAverage - 0.4 }), false },
        new object[] { "an angrier moment", (Func<PredictionSignals, PredictionSignals>)(s => s with { SentimentMinimum = s.SentimentMinimum - 0.5 }), false },
    };

    [Theory]
    [MemberData(nameof(WorseSignals))]
    public void A_worse_signal_lowers_predicted_csat_and_raises_predicted_ces(string what, Func<PredictionSignals, PredictionSignals> worsen, bool startFromFcr)
    {
        var before = startFromFcr ? Middling with { FirstContactResolution = true, Reopens = 0, ExtraInboundContacts = 0 } : Middling;
        var after = worsen(before);
        var csatBefore = SatisfactionModel.DefaultCsat.Predict(before).Value;
        var csatAfter = SatisfactionModel.DefaultCsat.Predict(after).Value;
        var cesBefore = SatisfactionModel.DefaultCes.Predict(before).Value;
        var cesAfter = SatisfactionModel.DefaultCes.Predict(after).Value;
        Assert.True(csatAfter < csatBefore, $"{what}: CSAT {csatBefore} -> {csatAfter}");
        Assert.True(cesAfter > cesBefore, $"{what}: CES {cesBefore} -> {cesAfter}");
    }

    [Fact]
    public void Predictions_are_clamped_to_the_answer_scales()
    {
        var awful = Middling with { Reopens = 10, ExtraInboundContacts = 10, ResolveByMissed = true, SentimentAverage = -1, SentimentMinimum = -1 };
        var perfect = new PredictionSignals { FirstContactResolution = true, SentimentAverage = 1, SentimentMinimum = 1 };
        Assert.Equal(1, SatisfactionModel.DefaultCsat.Predict(awful).Value);
        Assert.Equal(7, SatisfactionModel.DefaultCes.Predict(awful).Value);
        Assert.Equal(5, SatisfactionModel.DefaultCsat.Predict(perfect).Value);
        Assert.Equal(1, SatisfactionModel.DefaultCes.Predict(perfect).Value);
        Assert.True(SatisfactionModel.DefaultCsat.Predict(awful).Unclamped < 1);
    }

    [Fact]
    public void The_prediction_is_the_documented_sum_of_terms()
    {
        // 4.4 - 0.6 (reopen) - 0.25 (extra inbound) - 0.1 (10 h x 0.01) - 0.1 (2 h x 0.05) - 0.15 (hand-off) - 0.1 (channel) + 0 - 0.06 (min -0.2 x 0.3)
        var p = SatisfactionModel.DefaultCsat.Predict(Middling);
        Assert.Equal(3.04, p.Value, 10);
        Assert.Equal(11, p.Terms.Count);
        Assert.Contains("sum 3.04 -> 3.04 (range 1..5)", p.Explain(1, 5));
    }

    [Fact]
    public void Configured_weights_change_the_prediction()
    {
        var settings = ScoringSettings.Parse("""{ "csatModel": { "intercept": 4, "perReopen": -1.5 } }""");
        Assert.Equal(-1.5, settings.CsatModel.PerReopen);
        Assert.Equal(-0.25, settings.CsatModel.PerExtraInboundContact); // untouched weights keep their shipped value
        Assert.Equal(4 - 1.5 - 0.25 - 0.1 - 0.1 - 0.15 - 0.1 - 0.06, settings.CsatModel.Predict(Middling).Value, 10);
    }
}
