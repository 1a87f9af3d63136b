using System;
using System.Linq;
using CxJourney.Plugins.Journey;
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
    public void Scoring_a_case_takes_the_same_service_calls_whatever_its_history(int touchpoints)
    {
        var s = new CxScenario();
        var agent = s.User("Alex");
        var contact = s.Contact("Lovelace", agent);
        var caseId = s.Case(contact, agent);
        s.SeedHistory(caseId, contact, touchpoints, s.Now.AddMinutes(1));
        s.At(Utc(2024, 3, 5, 12));
        s.SettingsCopiedToday();
        var customerSentiments = s.CaseTouchpoints(caseId).Count(t => t.Contains(TouchpointColumns.Sentiment) && t.Option(TouchpointColumns.Direction) == Choices.Direction.Inbound);
        s.Pipeline.Log.Clear();

        s.Resolve(caseId);
        s.Drain();

        // CloseIncident raises both registered reports of the resolution (Create of incidentresolution, Update of the
        // case's state): the resolution's job scores it, the Update's job leaves it to that job without a call. One job:
        // the case, the variables, the touchpoint aggregate, the follow-ups (a poor case fires rules: the contact's
        // follow-ups, the Creates), ONE Upsert of the score with its follow-up status, then the journey's health.
        // The health is ONE versioned Update of the journey (was: the contact's scores and feedback, two reads, and an
        // Upsert): the case query read the journey with its health ledger, which the job updates with this case's entries.
        // The variables came with the case too: the settings copy the journey links to (was: one read of the variables).
        var calls = s.CallsBy<CaseScoringPlugin>();
        var scoring = new[] { "RetrieveMultiple incident", "RetrieveMultiple cx_touchpoint" };
        var health = new[] { "Upsert cx_casescore", "Update cx_journey" };
        var names = calls.Select(c => c.MessageName + " " + c.PrimaryEntityName).ToList();
        Assert.Equal(scoring, names.Take(2));
        Assert.Equal(health, names.Skip(names.Count - 2));
        Assert.All(names.Skip(2).Take(names.Count - 4), n => Assert.Matches("^(RetrieveMultiple (task|phonecall)|Create (task|phonecall|email))$", n));
        Assert.All(calls, c => Assert.True(c.Succeeded));

        // The one aggregate query did count every touchpoint.
        var score = s.RequiredScore(caseId);
        Assert.Equal((touchpoints + 1) / 2, score.GetAttributeValue<int>(CaseScoreColumns.InboundContacts));
        Assert.Equal(touchpoints / 2, score.GetAttributeValue<int>(CaseScoreColumns.OutboundContacts));
        Assert.Equal(customerSentiments, score.GetAttributeValue<int>(CaseScoreColumns.SentimentCount));

    }

    [Fact]
    public void A_resolution_captured_by_both_of_its_reports_is_rolled_up_once_and_its_second_write_costs_no_call()
    {
        var s = new CxScenario();
        var agent = s.User("Alex");
        var contact = s.Contact("Lovelace", agent);
        var caseId = s.Case(contact, agent);
        s.Drain();
        s.Pipeline.Log.Clear();

        s.Resolve(caseId);
        s.Drain();

        // Both reports write the one resolution touchpoint (its key is the operation): the Create queues a rollup that
        // counts it, the second write's Update of cx_status queues one whose pre-image says it had happened already.
        var rollups = s.Pipeline.Log.RunsOf(typeof(JourneyRollupPlugin)).ToList();
        var rewrite = Assert.Single(rollups, r => r.MessageName == "Update");
        Assert.Empty(rewrite.ServiceCalls);
        Assert.Contains(rewrite.Trace, l => l.Contains("had happened already"));
        Assert.Single(rollups, r => r.MessageName == "Create" && r.ServiceCalls.Any(c => c.MessageName == "Update" && c.PrimaryEntityName == Tables.Journey));
    }

    [Fact]
    public void The_resolution_job_makes_the_same_calls_for_1000_and_10000_touchpoints()
    {
        string[] Calls(int touchpoints)
        {
            var s = new CxScenario();
            var agent = s.User("Alex");
            var contact = s.Contact("Lovelace", agent);
            var caseId = s.Case(contact, agent);
            s.SeedHistory(caseId, contact, touchpoints, s.Now.AddMinutes(1));
            s.At(Utc(2024, 3, 5, 12));
            s.SettingsCopiedToday();
            s.Resolve(caseId);
            s.Drain();
            return s.CallsBy<CaseScoringPlugin>().Select(c => c.MessageName + " " + c.PrimaryEntityName).ToArray();
        }

        // Hundreds of customer messages: a poor predicted CSAT and high effort; the throttle has room for both.
        // The journey's health: one versioned Update with its ledger (no read of the contact's scores and feedback).
        var expected = new[]
        {
            "RetrieveMultiple incident", "RetrieveMultiple cx_touchpoint",
            "RetrieveMultiple task", "RetrieveMultiple phonecall", "Create phonecall", "Create task", "Upsert cx_casescore",
            "Update cx_journey",
        };
        Assert.Equal(expected, Calls(1_000));
        Assert.Equal(expected, Calls(10_000));
    }
}
