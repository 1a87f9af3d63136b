namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// Decides the <see cref="FeedbackBand"/> of a touchpoint. An explicit answer wins over inferred mood:
/// an NPS answer first, then a CSAT answer, and only for inbound text without either, its sentiment
/// (our own outbound wording says nothing about the customer).
/// https://en.wikipedia.org/wiki/Net_promoter_score (promoters 9-10, passives 7-8, detractors 0-6)
/// </summary>
public static class FeedbackClassifier
{
    public static FeedbackBand Classify(TouchpointFact fact, JourneyOptions options)
    {
        if (fact.NpsScore.HasValue)
        {
            var nps = fact.NpsScore.Value;
            if (nps >= options.PromoterNps) return FeedbackBand.Promoter;
            return nps >= options.GoodNps ? FeedbackBand.Good : FeedbackBand.Negative;
        }
        if (fact.CsatScore.HasValue)
        {
            var csat = fact.CsatScore.Value;
            if (csat >= options.GoodCsat) return FeedbackBand.Good;
            return csat <= options.NegativeCsat ? FeedbackBand.Negative : FeedbackBand.None;
        }
        if (fact.Direction == TouchpointDirection.Inbound && fact.Sentiment.HasValue)
        {
            var s = fact.Sentiment.Value;
            if (s >= options.GoodSentiment) return FeedbackBand.Good;
            if (s <= options.NegativeSentiment) return FeedbackBand.Negative;
        }
        return FeedbackBand.None;
    }
}
