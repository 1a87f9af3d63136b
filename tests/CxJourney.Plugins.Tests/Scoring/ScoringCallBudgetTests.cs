using System;
using System.Linq;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Scoring;
using CxJourney.Plugins.Tests.FollowUps;
using static CxJourney.Plugins.Tests.FollowUps.FollowUpTestKit;

namespace CxJourney.Plugins.Tests.Scoring;

/// <summary>
/// The cost of scoring, read from the execution log: a fixed number of service calls per case, whether it has
/// 3 touchpoints or 10,000, because the touchpoints are counted by one aggregate query, never read one by one.
/// </summary>
public class ScoringCallBudgetTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(1_000)]
    [InlineData(10_000)]
    public void Scoring_a_case_takes_four_service_calls_whatever_its_history(int touchpoints)
    {
        var s = new CxScenario();
        var agent = s.User("Alex");
        var contact = s.Contact("Lovelace", agent);
        var caseId = s.Case(contact, agent);
        s.SeedHistory(caseId, contact, touchpoints, s.Now.AddMinutes(1));
        s.At(Utc(2024, 3, 5, 12));
        var customerSentiments = s.CaseTouchpoints(caseId).Count(t => t.Contains(TouchpointColumns.Sentiment) && t.Option(TouchpointColumns.Direction) == Choices.Direction.Inbound);
        s.Pipeline.Log.Clear();

        s.Resolve(caseId);
        s.Drain();

        // CloseIncident raises both registered reports of the resolution (Create of incidentresolution, Update of the
        // case's state): the first scores with four calls, the second finds the resolution scored after one (the case
        // is read before the settings, which only a job that scores needs).
        var calls = s.CallsBy<CaseScoringPlugin>();
        Assert.Equal(
            new[]
            {
                "RetrieveMultiple incident", "RetrieveMultiple environmentvariabledefinition", "RetrieveMultiple cx_touchpoint", "Upsert cx_casescore",
                "RetrieveMultiple incident",
            },
            calls.Select(c => c.MessageName + " " + c.PrimaryEntityName));
        Assert.All(calls, c => Assert.True(c.Succeeded));

        // The one aggregate query did count every touchpoint.
        var score = s.RequiredScore(caseId);
        Assert.Equal((touchpoints + 1) / 2, score.GetAttributeValue<int>(CaseScoreColumns.InboundContacts));
        Assert.Equal(touchpoints / 2, score.GetAttributeValue<int>(CaseScoreColumns.OutboundContacts));
        Assert.Equal(customerSentiments, score.GetAttributeValue<int>(CaseScoreColumns.SentimentCount));

        // Journey health is a step of its own: the contact's scores, its feedback and one Upsert, after the variables.
        Assert.Equal(
            new[] { "RetrieveMultiple environmentvariabledefinition", "RetrieveMultiple cx_casescore", "RetrieveMultiple cx_feedback", "Upsert cx_journey" },
            s.CallsBy<JourneyHealthPlugin>().Select(c => c.MessageName + " " + c.PrimaryEntityName));
    }

    [Fact]
    public void The_follow_up_step_makes_the_same_calls_for_1000_and_10000_touchpoints()
    {
        string[] Calls(int touchpoints)
        {
            var s = new CxScenario();
            var agent = s.User("Alex");
            var contact = s.Contact("Lovelace", agent);
            var caseId = s.Case(contact, agent);
            s.SeedHistory(caseId, contact, touchpoints, s.Now.AddMinutes(1));
            s.At(Utc(2024, 3, 5, 12));
            s.Resolve(caseId);
            s.Drain();
            return s.CallsBy<FollowUpPlugin>().Select(c => c.MessageName + " " + c.PrimaryEntityName).ToArray();
        }

        // Hundreds of customer messages: a poor predicted CSAT and high effort; the throttle has room for both.
        var expected = new[]
        {
            "RetrieveMultiple incident", "RetrieveMultiple environmentvariabledefinition", "RetrieveMultiple cx_touchpoint",
            "RetrieveMultiple task", "RetrieveMultiple phonecall", "Create phonecall", "Create task", "Upsert cx_casescore",
            // The second report of the same resolution finds its follow-up status in the case it reads first, and stops.
            "RetrieveMultiple incident",
        };
        Assert.Equal(expected, Calls(1_000));
        Assert.Equal(expected, Calls(10_000));
    }
}
