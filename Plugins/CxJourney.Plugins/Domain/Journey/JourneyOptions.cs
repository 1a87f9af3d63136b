using CxJourney.Plugins.Domain.Json;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// Tunable thresholds of the journey rules. Immutable; <see cref="Default"/> is what applies when the admin
/// configured nothing. <see cref="FromJson"/> reads the admin's environment variable, e.g.
/// <c>{ "onboardingDays": 45, "promoterNps": 9, "sentimentWindow": 5 }</c>; every property is optional.
/// </summary>
public sealed class JourneyOptions
{
    public static JourneyOptions Default { get; } = new();

    /// <summary>Days after the latest purchase during which interactions mean onboarding.</summary>
    public int OnboardingDays { get; init; } = 30;

    /// <summary>A purchase counts as a repeat purchase only when it comes more than this many days after the first:
    /// the won opportunity, order and invoice of one sale usually arrive days apart and must not look like loyalty.</summary>
    public int RepeatPurchaseGapDays { get; init; } = 30;

    /// <summary>NPS answer from which a respondent is a promoter (NPS defines 9-10).</summary>
    public int PromoterNps { get; init; } = 9;

    /// <summary>NPS answer from which feedback is good (NPS "passives" are 7-8); lower answers are negative.</summary>
    public int GoodNps { get; init; } = 7;

    /// <summary>CSAT answer (1-5) from which feedback is good.</summary>
    public int GoodCsat { get; init; } = 4;

    /// <summary>CSAT answer (1-5) up to which feedback is negative.</summary>
    public int NegativeCsat { get; init; } = 2;

    /// <summary>Sentiment of an inbound message from which it counts as good feedback.</summary>
    public double GoodSentiment { get; init; } = 0.5;

    /// <summary>Sentiment of an inbound message up to which it counts as negative feedback.</summary>
    public double NegativeSentiment { get; init; } = -0.5;

    /// <summary>N of the sentiment trend: the mean of the latest N inbound scores against the mean of the N before.</summary>
    public int SentimentWindow { get; init; } = 5;

    /// <summary>Smallest change of the trend's means reported as improving/declining rather than stable.</summary>
    public double TrendThreshold { get; init; } = 0.1;

    /// <summary>Reads options from configuration JSON; null or blank text gives <see cref="Default"/>.</summary>
    /// <exception cref="JsonConfigurationException">Malformed JSON, a wrong type or range, inconsistent thresholds or an unknown property.</exception>
    public static JourneyOptions FromJson(string? json)
    {
        if (json == null || json.Trim().Length == 0)
            return Default;
        var r = JsonObjectReader.Parse(json);
        var d = Default;
        var options = new JourneyOptions
        {
            OnboardingDays = r.OptionalInt32("onboardingDays", d.OnboardingDays, 1, 3650),
            RepeatPurchaseGapDays = r.OptionalInt32("repeatPurchaseGapDays", d.RepeatPurchaseGapDays, 0, 3650),
            PromoterNps = r.OptionalInt32("promoterNps", d.PromoterNps, 0, 10),
            GoodNps = r.OptionalInt32("goodNps", d.GoodNps, 0, 10),
            GoodCsat = r.OptionalInt32("goodCsat", d.GoodCsat, 1, 5),
            NegativeCsat = r.OptionalInt32("negativeCsat", d.NegativeCsat, 1, 5),
            GoodSentiment = r.OptionalDouble("goodSentiment", d.GoodSentiment, -1, 1),
            NegativeSentiment = r.OptionalDouble("negativeSentiment", d.NegativeSentiment, -1, 1),
            SentimentWindow = r.OptionalInt32("sentimentWindow", d.SentimentWindow, 1, 100),
            TrendThreshold = r.OptionalDouble("trendThreshold", d.TrendThreshold, 0, 2),
        };
        r.ThrowIfUnknownProperties("journey setting");
        if (options.GoodNps > options.PromoterNps)
            throw r.Required("goodNps").Error($"goodNps ({options.GoodNps}) must not be above promoterNps ({options.PromoterNps})");
        if (options.NegativeCsat >= options.GoodCsat)
            throw r.Error($"negativeCsat ({options.NegativeCsat}) must be below goodCsat ({options.GoodCsat})");
        if (options.NegativeSentiment >= options.GoodSentiment)
            throw r.Error("negativeSentiment must be below goodSentiment");
        return options;
    }
}
