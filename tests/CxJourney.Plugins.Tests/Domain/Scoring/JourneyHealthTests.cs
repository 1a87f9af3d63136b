using System;
using CxJourney.Plugins.Domain.Scoring;
using static CxJourney.Plugins.Tests.Domain.Calendar.Calendars;

namespace CxJourney.Plugins.Tests.Domain.Scoring;

public class JourneyHealthTests
{
    private static readonly DateTime Now = Utc(2025, 6, 1, 12);
    private static readonly JourneyHealthSettings NoPrior = new() { HalfLifeDays = 90, NeutralScore = 50, NeutralWeight = 0 };

    [Fact]
    public void No_experience_means_no_health_and_no_category()
    {
        var h = JourneyHealthCalculator.Calculate(new JourneyExperience[0], JourneyHealthSettings.Default, Now);
        Assert.Null(h.Score);
        Assert.Null(h.NpsCategory);
        Assert.Equal(0, h.ExperienceCount);
    }

    [Fact]
    public void An_experience_one_half_life_old_weighs_half()
    {
        var h = JourneyHealthCalculator.Calculate(new[]
        {
            new JourneyExperience(Now, 100),
            new JourneyExperience(Now.AddDays(-90), 0),
        }, NoPrior, Now);
        Assert.Equal(67, h.Score); // (100 x 1 + 0 x 0.5) / 1.5
    }

    [Fact]
    public void Recent_experience_weighs_more_than_old()
    {
        var recentGood = JourneyHealthCalculator.Calculate(new[] { new JourneyExperience(Now.AddDays(-5), 90), new JourneyExperience(Now.AddDays(-300), 10) }, JourneyHealthSettings.Default, Now);
        var recentBad = JourneyHealthCalculator.Calculate(new[] { new JourneyExperience(Now.AddDays(-300), 90), new JourneyExperience(Now.AddDays(-5), 10) }, JourneyHealthSettings.Default, Now);
        Assert.InRange(recentGood.Score!.Value, 75, 90);
        Assert.InRange(recentBad.Score!.Value, 10, 25);
    }

    [Fact]
    public void A_shorter_half_life_forgets_faster()
    {
        var items = new[] { new JourneyExperience(Now, 80), new JourneyExperience(Now.AddDays(-30), 20) };
        var slow = JourneyHealthCalculator.Calculate(items, NoPrior with { HalfLifeDays = 365 }, Now).Score!.Value;
        var fast = JourneyHealthCalculator.Calculate(items, NoPrior with { HalfLifeDays = 10 }, Now).Score!.Value;
        Assert.True(fast > slow, $"fast {fast} should exceed slow {slow}");
    }

    [Fact]
    public void The_neutral_prior_pulls_a_lone_old_experience_back_towards_neutral()
    {
        var settings = JourneyHealthSettings.Default; // neutral 50, weight 0.1
        var fresh = JourneyHealthCalculator.Calculate(new[] { new JourneyExperience(Now, 0) }, settings, Now).Score;
        var old = JourneyHealthCalculator.Calculate(new[] { new JourneyExperience(Now.AddDays(-720), 0) }, settings, Now).Score;
        Assert.Equal(5, fresh); // 0.1 x 50 / 1.1 = 4.5 -> 5
        Assert.InRange(old!.Value, 45, 50);
    }

    [Fact]
    public void Feedback_without_a_case_counts_on_the_0_to_100_scale()
    {
        Assert.Equal(100, JourneyHealthCalculator.Value(new JourneyExperience(Now, null, new FeedbackAnswers(nps: 10, csat: 1))));
        Assert.Equal(0, JourneyHealthCalculator.Value(new JourneyExperience(Now, null, new FeedbackAnswers(csat: 1))));
        Assert.Equal(50, JourneyHealthCalculator.Value(new JourneyExperience(Now, null, new FeedbackAnswers(ces: 4))));
        Assert.Throws<ArgumentException>(() => new JourneyExperience(Now, null, new FeedbackAnswers()));
    }

    [Fact]
    public void The_nps_category_follows_the_latest_answer()
    {
        var h = JourneyHealthCalculator.Calculate(new[]
        {
            new JourneyExperience(Now.AddDays(-10), 70, new FeedbackAnswers(nps: 10)),
            new JourneyExperience(Now.AddDays(-2), 40, new FeedbackAnswers(nps: 4)),
            new JourneyExperience(Now.AddDays(-1), 60, new FeedbackAnswers(csat: 4)),
        }, JourneyHealthSettings.Default, Now);
        Assert.Equal(4, h.LatestNps);
        Assert.Equal(NpsCategory.Detractor, h.NpsCategory);
        Assert.Null(JourneyHealthCalculator.Calculate(new[] { new JourneyExperience(Now, 60) }, JourneyHealthSettings.Default, Now).NpsCategory);
    }

    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void Nps_categories_follow_the_standard_bands(int nps, NpsCategory expected)
    {
        Assert.Equal(expected, NpsCategories.FromScore(nps));
    }
}
