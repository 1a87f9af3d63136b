using System;
using System.Collections.Generic;
using CxJourney.Plugins.Domain.Calendar;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Tests.Domain.Calendar;
using static CxJourney.Plugins.Tests.Domain.Calendar.Calendars;

namespace CxJourney.Plugins.Tests.Domain.Scoring;

public class CaseScorerTests
{
    private static readonly BusinessCalendar Cal = Calendars.Weekdays();
    private static readonly DateTime Monday9 = Utc(2025, 3, 31, 9);

    internal static CaseSummary GoodCase() => new()
    {
        CreatedOnUtc = Monday9,
        ResolvedOnUtc = Monday9.AddHours(3),
        InboundContacts = 1,
        OutboundContacts = 1,
        FirstAgentResponseUtc = Monday9.AddMinutes(30),
        ChannelMix = new Dictionary<string, int> { ["email"] = 2 },
        Sentiment = new SentimentAggregate(0.4, 0.1, 2),
    };

    private static CaseScore Score(CaseSummary s, FeedbackAnswers? f = null, PriorPrediction? prior = null, DateTime? now = null) =>
        CaseScorer.Score(s, f, ScoringSettings.Default, Cal, now ?? Utc(2025, 4, 10, 12), prior);

    [Fact]
    public void A_single_contact_never_reopened_resolution_is_first_contact_resolution()
    {
        var score = Score(GoodCase());
        Assert.True(score.FirstContactResolution);
        Assert.Equal(1, score.InboundContacts);
        Assert.Equal(0, score.Reopens);
        Assert.Equal(30, score.FirstResponseMinutes);
        Assert.Equal(3, score.ResolutionBusinessHours);
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(1, 1)]
    public void A_second_inbound_contact_or_a_reopen_is_not_fcr(int inbound, int reopens)
    {
        Assert.False(Score(GoodCase() with { InboundContacts = inbound, ReopenCount = reopens }).FirstContactResolution);
    }

    [Fact]
    public void An_open_case_is_not_fcr_and_has_no_resolution_time()
    {
        var score = Score(GoodCase() with { ResolvedOnUtc = null }, now: Monday9.AddHours(1));
        Assert.False(score.FirstContactResolution);
        Assert.Null(score.ResolutionBusinessHours);
        Assert.Null(score.ResolveByMet);
    }

    [Fact]
    public void Resolution_time_counts_business_hours_only()
    {
        var s = GoodCase() with { CreatedOnUtc = Utc(2025, 3, 28, 16), ResolvedOnUtc = Utc(2025, 3, 31, 10), FirstAgentResponseUtc = null };
        var score = Score(s);
        Assert.Equal(2, score.ResolutionBusinessHours);
        Assert.Null(score.FirstResponseMinutes);
    }

    [Fact]
    public void Without_an_sla_time_the_configured_target_in_business_hours_applies()
    {
        // 16 business hours from Monday 09:00 is Tuesday 17:00.
        var onTime = Score(GoodCase() with { ResolvedOnUtc = Utc(2025, 4, 1, 17) });
        Assert.Equal(ResolveBySource.ConfiguredTarget, onTime.ResolveBySource);
        Assert.Equal(Utc(2025, 4, 1, 17), onTime.ResolveByUtc);
        Assert.True(onTime.ResolveByMet);
        Assert.False(Score(GoodCase() with { ResolvedOnUtc = Utc(2025, 4, 2, 9, 1) }).ResolveByMet);
    }

    [Fact]
    public void The_case_sla_time_wins_over_the_configured_target()
    {
        var score = Score(GoodCase() with { ResolveByUtc = Monday9.AddHours(2) });
        Assert.Equal(ResolveBySource.Sla, score.ResolveBySource);
        Assert.False(score.ResolveByMet);
    }

    [Fact]
    public void An_open_case_past_its_resolve_by_time_has_missed_it()
    {
        var score = Score(GoodCase() with { ResolvedOnUtc = null, ResolveByUtc = Monday9.AddHours(2) }, now: Monday9.AddHours(5));
        Assert.False(score.ResolveByMet);
    }

    [Fact]
    public void Without_answers_csat_and_ces_are_predicted_and_nps_is_absent()
    {
        var score = Score(GoodCase());
        Assert.Equal(ScoreSource.Predicted, score.Csat.Source);
        Assert.Equal(ScoreSource.Predicted, score.Ces.Source);
        Assert.InRange(score.Csat.Value, 4.5, 5);
        Assert.InRange(score.Ces.Value, 1, 2.5);
        Assert.Null(score.Nps);
        Assert.Null(score.NpsCategory);
        Assert.Contains("perReopen 0 x -0.6 = 0", score.CsatExplanation);
    }

    [Fact]
    public void A_survey_answer_overrides_the_prediction_and_keeps_its_error()
    {
        var atClose = Score(GoodCase() with { ReopenCount = 2, InboundContacts = 4 });
        Assert.Equal(ScoreSource.Predicted, atClose.Csat.Source);
        var prior = new PriorPrediction(atClose.Csat.Value, atClose.Ces.Value);

        var afterSurvey = Score(GoodCase() with { ReopenCount = 2, InboundContacts = 4 }, new FeedbackAnswers(csat: 4, nps: 8), prior);

        Assert.Equal(ScoreSource.Surveyed, afterSurvey.Csat.Source);
        Assert.Equal(4, afterSurvey.Csat.Value);
        Assert.Equal(atClose.Csat.Value, afterSurvey.Csat.Prediction);
        Assert.Equal(Math.Round(4 - atClose.Csat.Value, 2), afterSurvey.Csat.PredictionError);
        // CES was not answered: it stays predicted, with no error.
        Assert.Equal(ScoreSource.Predicted, afterSurvey.Ces.Source);
        Assert.Null(afterSurvey.Ces.PredictionError);
        Assert.Equal(8, afterSurvey.Nps);
        Assert.Equal(NpsCategory.Passive, afterSurvey.NpsCategory);
    }

    [Fact]
    public void An_answer_without_an_earlier_prediction_has_no_error()
    {
        var score = Score(GoodCase(), new FeedbackAnswers(csat: 2, ces: 6));
        Assert.Equal(2, score.Csat.Value);
        Assert.Equal(6, score.Ces.Value);
        Assert.Null(score.Csat.Prediction);
        Assert.Null(score.Csat.PredictionError);
    }

    [Fact]
    public void The_composite_rewards_a_good_case_and_punishes_a_bad_one()
    {
        var good = Score(GoodCase() with { Sentiment = new SentimentAggregate(1, 1, 2) }, new FeedbackAnswers(csat: 5, ces: 1, nps: 10));
        var bad = Score(GoodCase() with { ReopenCount = 2, InboundContacts = 5, ResolveByUtc = Monday9.AddHours(1), Sentiment = new SentimentAggregate(-1, -1, 3) },
            new FeedbackAnswers(csat: 1, ces: 7, nps: 0));
        Assert.Equal(100, good.Composite);
        Assert.Equal(0, bad.Composite);
        var middling = Score(GoodCase());
        Assert.InRange(middling.Composite, 80, 99);
    }

    [Fact]
    public void Composite_averages_only_the_parts_that_are_known()
    {
        var weights = new CompositeWeights { Csat = 1, Sentiment = 1 };
        var noSentiment = Score(GoodCase() with { Sentiment = null }, new FeedbackAnswers(csat: 3));
        Assert.Equal(50, CaseScorer.Composite(noSentiment, weights)); // CSAT 3 alone = 0.5
        var withSentiment = Score(GoodCase() with { Sentiment = new SentimentAggregate(1, 1, 1) }, new FeedbackAnswers(csat: 3));
        Assert.Equal(75, CaseScorer.Composite(withSentiment, weights)); // (0.5 + 1) / 2
    }

    [Fact]
    public void A_calendar_without_working_time_does_not_stop_scoring()
    {
        var week = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> { [DayOfWeek.Monday] = new[] { Calendars.Period(9, 17) } };
        var allMondaysOff = new List<Holiday>();
        for (var d = new DateTime(2025, 3, 31); d.Year < 2037; d = d.AddDays(7))
            allMondaysOff.Add(new Holiday(d));
        var cal = BusinessCalendar.Create(TimeZoneInfo.Utc, week, allMondaysOff);
        var score = CaseScorer.Score(GoodCase(), null, ScoringSettings.Default, cal, Utc(2025, 4, 10));
        Assert.Equal(Monday9.AddHours(16), score.ResolveByUtc);
        Assert.Contains(score.Warnings, w => w.Contains("elapsed hours"));
    }

    [Fact]
    public void Impossible_summaries_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Score(GoodCase() with { ReopenCount = -1 }));
        Assert.Throws<ArgumentException>(() => Score(GoodCase() with { ResolvedOnUtc = Monday9.AddHours(-1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackAnswers(csat: 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackAnswers(nps: 11));
    }
}
