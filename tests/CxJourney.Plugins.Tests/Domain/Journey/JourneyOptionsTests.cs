using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Domain.Json;

namespace CxJourney.Plugins.Tests.Domain.Journey;

public class JourneyOptionsTests
{
    [Fact]
    public void Blank_configuration_gives_the_defaults()
    {
        Assert.Same(JourneyOptions.Default, JourneyOptions.FromJson(null));
        Assert.Same(JourneyOptions.Default, JourneyOptions.FromJson("  "));
        Assert.Equal(30, JourneyOptions.FromJson("{}").OnboardingDays);
    }

    [Fact]
    public void Configured_values_override_defaults()
    {
        var o = JourneyOptions.FromJson("{ \"onboardingDays\": 45, \"goodSentiment\": 0.4, \"sentimentWindow\": 3 }");
        Assert.Equal(45, o.OnboardingDays);
        Assert.Equal(0.4, o.GoodSentiment);
        Assert.Equal(3, o.SentimentWindow);
        Assert.Equal(9, o.PromoterNps);
    }

    [Fact]
    public void Misspelt_setting_is_reported_with_a_suggestion()
    {
        var ex = Assert.Throws<JsonConfigurationException>(() => JourneyOptions.FromJson("{\n  \"OnboardingDays\": 45\n}"));
        Assert.Equal("Invalid configuration at line 2, column 21 ($.OnboardingDays): unknown journey setting 'OnboardingDays'; did you mean 'onboardingDays'? Names are case-sensitive", ex.Message);
    }

    [Fact]
    public void Out_of_range_and_inconsistent_values_are_rejected()
    {
        Assert.Contains("between 0 and 10", Assert.Throws<JsonConfigurationException>(() => JourneyOptions.FromJson("{\"promoterNps\": 11}")).Message);
        Assert.Contains("must not be above promoterNps", Assert.Throws<JsonConfigurationException>(() => JourneyOptions.FromJson("{\"goodNps\": 9, \"promoterNps\": 8}")).Message);
        Assert.Contains("expected a whole number but found 1.5", Assert.Throws<JsonConfigurationException>(() => JourneyOptions.FromJson("{\"onboardingDays\": 1.5}")).Message);
    }

    [Fact]
    public void Feedback_bands_prefer_explicit_answers_over_mood()
    {
        var o = JourneyOptions.Default;
        TouchpointFact F(int? nps = null, int? csat = null, double? sentiment = null, TouchpointDirection dir = TouchpointDirection.Inbound) =>
            new("k", TouchpointChannel.Survey, dir, TouchpointKind.Responded, Facts.Origin) { NpsScore = nps, CsatScore = csat, Sentiment = sentiment };

        Assert.Equal(FeedbackBand.Promoter, FeedbackClassifier.Classify(F(nps: 9), o));
        Assert.Equal(FeedbackBand.Good, FeedbackClassifier.Classify(F(nps: 7), o));
        Assert.Equal(FeedbackBand.Negative, FeedbackClassifier.Classify(F(nps: 6, sentiment: 0.9), o));
        Assert.Equal(FeedbackBand.Good, FeedbackClassifier.Classify(F(csat: 4), o));
        Assert.Equal(FeedbackBand.None, FeedbackClassifier.Classify(F(csat: 3), o));
        Assert.Equal(FeedbackBand.Negative, FeedbackClassifier.Classify(F(csat: 2), o));
        Assert.Equal(FeedbackBand.Good, FeedbackClassifier.Classify(F(sentiment: 0.5), o));
        Assert.Equal(FeedbackBand.None, FeedbackClassifier.Classify(F(sentiment: 0.9, dir: TouchpointDirection.Outbound), o));
    }
}
