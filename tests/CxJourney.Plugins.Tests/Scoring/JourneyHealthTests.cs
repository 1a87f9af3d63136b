using System;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.FollowUps;
using static CxJourney.Plugins.Tests.FollowUps.FollowUpTestKit;

namespace CxJourney.Plugins.Tests.Scoring;

/// <summary>
/// The contact's journey health: its case composites and feedback answers with a time decay (half-life 90 days
/// and a neutral prior of 50 with weight 0.1, shipped in cx_ScoringWeights), and the NPS category of its latest answer.
/// </summary>
public class JourneyHealthTests
{
    private readonly CxScenario _s = new();
    private readonly Guid _agent;
    private readonly Guid _contact;

    public JourneyHealthTests()
    {
        _agent = _s.User("Alex");
        _contact = _s.Contact("Lovelace", _agent);
    }

    private int ResolveCase(DateTime at, int inboundContacts = 1)
    {
        var caseId = _s.Case(_contact, _agent);
        for (var i = 0; i < inboundContacts; i++)
            _s.Seed(_s.InboundEmail(caseId, _contact, _s.Now.AddMinutes(1 + i)));
        _s.At(at);
        _s.Resolve(caseId);
        _s.Drain();
        return _s.RequiredScore(caseId).GetAttributeValue<int>(CaseScoreColumns.CompositeScore);
    }

    [Fact]
    public void One_scored_case_sets_the_health_from_its_composite_and_the_neutral_prior()
    {
        var composite = ResolveCase(Utc(2024, 3, 4, 10));

        var journey = _s.Journey(_contact) ?? throw new Xunit.Sdk.XunitException("no journey");
        // (1 × composite + 0.1 × 50) / 1.1, the case being zero days old.
        Assert.Equal((int)Math.Round((composite + 5) / 1.1, MidpointRounding.AwayFromZero), journey.GetAttributeValue<int>(JourneyColumns.HealthScore));
        Assert.Equal(1, journey.GetAttributeValue<int>(JourneyColumns.CasesScored));
        Assert.Null(journey.GetAttributeValue<int?>(JourneyColumns.LatestNps));
        Assert.Equal(Utc(2024, 3, 4, 10), journey.GetAttributeValue<DateTime>(JourneyColumns.LastScoredOn));
    }

    [Fact]
    public void Recent_experience_weighs_more_than_old_experience()
    {
        var good = ResolveCase(Utc(2024, 3, 4, 10));
        _s.At(Utc(2024, 9, 4, 10));
        var poor = ResolveCase(Utc(2024, 9, 4, 12), inboundContacts: 6);
        Assert.True(poor < good);

        var health = (_s.Journey(_contact) ?? throw new Xunit.Sdk.XunitException("no journey")).GetAttributeValue<int>(JourneyColumns.HealthScore);
        // About two half-lives (184 days) old, the good case weighs about a quarter as much as the recent poor one.
        var weight = Math.Pow(0.5, (Utc(2024, 9, 4, 12) - Utc(2024, 3, 4, 10)).TotalDays / 90);
        var expected = (weight * good + 1.0 * poor + 0.1 * 50) / (weight + 1.1);
        Assert.Equal((int)Math.Round(expected, MidpointRounding.AwayFromZero), health);
        Assert.True(health < (good + poor) / 2.0);
    }

    [Fact]
    public void Feedback_about_no_case_counts_and_the_latest_NPS_answer_sets_the_category()
    {
        ResolveCase(Utc(2024, 3, 4, 10));
        _s.At(Utc(2024, 3, 5, 10));
        _s.Feedback(null, _contact, csat: 5, nps: 10);
        _s.Drain();
        var promoter = _s.Journey(_contact) ?? throw new Xunit.Sdk.XunitException("no journey");
        Assert.Equal(Choices.NpsCategory.Promoter, promoter.Option(JourneyColumns.NpsCategory));
        Assert.Equal(10, promoter.GetAttributeValue<int>(JourneyColumns.LatestNps));
        Assert.Equal(5, promoter.GetAttributeValue<int>(JourneyColumns.LatestCsat));

        _s.At(Utc(2024, 3, 6, 10));
        _s.Feedback(null, _contact, nps: 5);
        _s.Drain();
        var detractor = _s.Journey(_contact) ?? throw new Xunit.Sdk.XunitException("no journey");
        Assert.Equal(Choices.NpsCategory.Detractor, detractor.Option(JourneyColumns.NpsCategory));
        Assert.Equal(5, detractor.GetAttributeValue<int>(JourneyColumns.LatestNps));
        Assert.Equal(5, detractor.GetAttributeValue<int>(JourneyColumns.LatestCsat));
        Assert.True(detractor.GetAttributeValue<int>(JourneyColumns.HealthScore) < promoter.GetAttributeValue<int>(JourneyColumns.HealthScore));
    }

    [Fact]
    public void The_decay_is_configuration()
    {
        _s.SetVariable(EnvironmentVariables.ScoringWeights, "{ \"journeyHealth\": { \"neutralWeight\": 0 } }");
        var composite = ResolveCase(Utc(2024, 3, 4, 10));
        Assert.Equal(composite, (_s.Journey(_contact) ?? throw new Xunit.Sdk.XunitException("no journey")).GetAttributeValue<int>(JourneyColumns.HealthScore));
    }
}
