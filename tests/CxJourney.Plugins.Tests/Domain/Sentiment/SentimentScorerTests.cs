using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Sentiment;

namespace CxJourney.Plugins.Tests.Domain.Sentiment;

public class SentimentScorerTests
{
    private static double Score(string? text) => SentimentScorer.Default.Score(text);

    [Fact]
    public void Angry_chase_up_email_is_strongly_negative()
    {
        Assert.True(Score("This is UNACCEPTABLE. Third time I'm writing and still no response!!") <= -0.5);
        Assert.True(SentimentScorer.Default.Score("Complaint: order #4411",
            "<p>I am extremely frustrated. The replacement arrived <b>broken</b> and nobody has called me back.</p>") <= -0.5);
    }

    [Fact]
    public void Thank_you_message_is_strongly_positive()
    {
        Assert.True(Score("Thank you so much for the quick help, the issue is resolved. Great service!") >= 0.5);
        Assert.True(Score("Really helpful agent, problem sorted out in minutes. Thanks!") >= 0.5);
    }

    [Theory]
    [InlineData("Can we move our appointment to Tuesday at 10am? Let me know which time suits you.")]
    [InlineData("Please find attached the invoice for March. The delivery address is 12 High Street.")]
    [InlineData("Meeting booked for 14:00 on Thursday with the installation team.")]
    public void Neutral_scheduling_text_is_near_zero(string text)
    {
        Assert.InRange(Score(text), -0.2, 0.2);
    }

    [Fact]
    public void Empty_and_null_text_score_zero()
    {
        Assert.Equal(0, Score(null));
        Assert.Equal(0, Score(""));
        Assert.Equal(0, Score("   \n "));
        Assert.Equal(0, SentimentScorer.Default.Score(null, null));
    }

    [Fact]
    public void Negation_flips_positive_terms()
    {
        Assert.True(Score("I am happy") > 0);
        Assert.True(Score("I am not happy") < 0);
        Assert.True(Score("The agent wasn't helpful at all") < 0);
        Assert.True(Score("The issue was never resolved") < 0);
        Assert.True(Score("I never felt it was resolved") > 0); // a negator reaches three words, no further
    }

    [Fact]
    public void Negated_negative_is_milder_and_above_the_plain_negative()
    {
        var bad = Score("The service was bad");
        var notBad = Score("The service was not bad");
        Assert.True(notBad > bad);
        Assert.True(notBad > 0);
        Assert.True(notBad < -bad, "a negated complaint is weaker than the complaint itself");
    }

    [Fact]
    public void Negation_stays_within_its_clause_and_window()
    {
        Assert.True(Score("No, I am happy") > 0);                       // comma ends the clause
        Assert.True(Score("It is not cheap but the support is great") > 0); // "but" ends the negation's reach
        Assert.True(Score("I do not know why, but thanks for everything on the account team") > 0);
        Assert.True(Score("Not that I would ever say the staff here are friendly") > 0); // beyond three words
    }

    [Fact]
    public void Intensifiers_and_diminishers_order_the_scores()
    {
        var extremely = Score("I am extremely angry");
        var very = Score("I am very angry");
        var plain = Score("I am angry");
        var slightly = Score("I am slightly angry");
        var aBit = Score("I am a bit angry");
        Assert.True(extremely < very, $"{extremely} < {very}");
        Assert.True(very < plain);
        Assert.True(plain < slightly);
        Assert.True(slightly < 0 && aBit < 0);
        Assert.True(plain < aBit);
    }

    [Fact]
    public void Negated_intensifier_softens()
    {
        Assert.True(Score("not very happy") > Score("not happy"));
        Assert.True(Score("not very happy") < 0);
    }

    [Fact]
    public void Capitals_and_exclamations_add_intensity()
    {
        Assert.True(Score("This is UNACCEPTABLE to me") < Score("This is unacceptable to me"));
        Assert.True(Score("This is unacceptable!!!") < Score("This is unacceptable"));
        Assert.True(Score("Great work!!") > Score("Great work"));
        // Shouting the whole message carries no relative emphasis.
        Assert.Equal(Score("this is terrible service"), Score("THIS IS TERRIBLE SERVICE"));
    }

    [Fact]
    public void Clause_after_but_outweighs_the_one_before()
    {
        Assert.True(Score("The agent was friendly but the problem is still not fixed") < 0);
        Assert.True(Score("Delivery was late but the team was brilliant") > 0);
    }

    [Fact]
    public void Longest_phrase_wins_and_phrases_are_matched_across_hyphens()
    {
        var hits = SentimentScorer.Default.Analyze("Still no response, what a rip-off").Hits;
        Assert.Equal(new[] { "still no response", "rip off" }, hits.Select(h => h.Term));
    }

    [Fact]
    public void Html_is_stripped_before_scoring()
    {
        var html = "<html><head><style>.bad{color:red}</style></head><body><div class=\"terrible\">" +
                   "Thanks&nbsp;for the <b>excellent</b> help&#33;</div><!-- awful --></body></html>";
        var analysis = SentimentScorer.Default.Analyze(html);
        Assert.Equal(new[] { "thanks", "excellent" }, analysis.Hits.Select(h => h.Term));
        Assert.True(analysis.Score >= 0.5);
    }

    [Fact]
    public void Quoted_reply_history_is_ignored()
    {
        var body = "Thanks, that fixed it.\n\nOn Mon, 3 Mar 2025 at 10:02, Jane <jane@example.com> wrote:\n> This is a disgrace, still broken!!!";
        Assert.True(SentimentScorer.Default.Score("RE: broken", body) > 0.3);
    }

    [Fact]
    public void Contractions_with_typographic_apostrophes_negate()
    {
        Assert.True(Score("It isn\u2019t working and I don\u2019t trust you") < -0.3);
        Assert.True(Score("It doesnt work") < 0);
        Assert.True(Score("The agent wasnt helpful") < 0);
    }

    [Fact]
    public void Scores_stay_within_bounds_and_are_deterministic()
    {
        var rant = string.Join(" ", Enumerable.Repeat("TERRIBLE, awful, unacceptable!!! worst ever.", 50));
        var s = Score(rant);
        Assert.InRange(s, -1.0, -0.99);
        Assert.Equal(s, Score(rant));
        Assert.InRange(Score(string.Join(" ", Enumerable.Repeat("excellent!", 100))), 0.99, 1.0);
    }

    [Fact]
    public void Normalisation_follows_the_documented_formula()
    {
        // "excellent" = +3.5 alone: 3.5 / sqrt(3.5^2 + 16)
        Assert.Equal(System.Math.Round(3.5 / System.Math.Sqrt(3.5 * 3.5 + 16), 4), Score("excellent"));
    }

    [Fact]
    public void Extra_terms_override_and_extend_the_lexicon()
    {
        var scorer = new SentimentScorer(new Dictionary<string, double> { ["Outage-Credit"] = 2.0, ["refund"] = 0 });
        Assert.True(scorer.Score("we applied an outage credit") > 0);
        Assert.Equal(0, scorer.Score("refund"));
        Assert.True(SentimentScorer.Default.Score("refund") < 0);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new SentimentScorer(new Dictionary<string, double> { ["x"] = 9 }));
    }

    [Fact]
    public void Lexicon_is_a_few_hundred_terms_within_the_scale()
    {
        Assert.InRange(SentimentLexicon.Terms.Count, 300, 800);
        Assert.All(SentimentLexicon.Terms, t =>
        {
            Assert.InRange(t.Value, -4, 4);
            Assert.Equal(t.Key.ToLowerInvariant(), t.Key);
            Assert.DoesNotContain("  ", t.Key);
            Assert.DoesNotContain("-", t.Key);
        });
        Assert.Empty(SentimentLexicon.Terms.Keys.Intersect(SentimentLexicon.Modifiers.Keys));
        Assert.Empty(SentimentLexicon.Terms.Keys.Intersect(SentimentLexicon.Negators.Keys));
    }
}
