using System;
using System.Linq;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Scoring;
using CxJourney.Plugins.Tests.FollowUps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static CxJourney.Plugins.Tests.FollowUps.FollowUpTestKit;

namespace CxJourney.Plugins.Tests.Scoring;

/// <summary>
/// The cx_casescore row a case gets when it is resolved, reopened or answered, through the product's own
/// steps. Starts Monday 2024-03-04 09:00 UTC; the shipped calendar is London, weekdays 09:00-17:00, and the
/// shipped resolve-by target 16 business hours.
/// </summary>
public class CaseScoringTests
{
    private readonly CxScenario _s = new();
    private readonly Guid _agent;
    private readonly Guid _contact;

    public CaseScoringTests()
    {
        _agent = _s.User("Alex");
        _contact = _s.Contact("Lovelace", _agent);
    }

    [Fact]
    public void A_case_resolved_with_one_inbound_contact_is_first_contact_resolution_with_predicted_satisfaction()
    {
        var caseId = _s.Case(_contact, _agent);
        var t = _s.Now;
        _s.Seed(_s.InboundEmail(caseId, _contact, t.AddMinutes(5), -0.5), _s.OutboundEmail(caseId, _contact, t.AddMinutes(50), 0.5),
            _s.OutboundEmail(caseId, _contact, t.AddMinutes(90), 0.7));
        _s.At(Utc(2024, 3, 4, 14, 30));

        _s.Resolve(caseId);
        _s.Drain();

        var score = _s.RequiredScore(caseId);
        Assert.True(score.GetAttributeValue<bool>(CaseScoreColumns.FirstContactResolution));
        Assert.Equal(1, score.GetAttributeValue<int>(CaseScoreColumns.InboundContacts));
        Assert.Equal(2, score.GetAttributeValue<int>(CaseScoreColumns.OutboundContacts));
        Assert.Equal(3, score.GetAttributeValue<int>(CaseScoreColumns.ContactsBeforeResolution));
        Assert.Equal(0, score.GetAttributeValue<int>(CaseScoreColumns.ReopenCount));
        Assert.Equal(50m, score.GetAttributeValue<decimal>(CaseScoreColumns.FirstResponseMinutes));
        Assert.Equal(5.5m, score.GetAttributeValue<decimal>(CaseScoreColumns.ResolutionBusinessHours));
        Assert.Equal(Utc(2024, 3, 4, 14, 30), score.GetAttributeValue<DateTime>(CaseScoreColumns.ResolvedOn));
        // No SLA time on the case: created on + 16 business hours = Tuesday 17:00.
        Assert.Equal(Utc(2024, 3, 5, 17), score.GetAttributeValue<DateTime>(CaseScoreColumns.ResolveBy));
        Assert.Equal(Choices.ResolveBySource.ConfiguredTarget, score.Option(CaseScoreColumns.ResolveBySource));
        Assert.True(score.GetAttributeValue<bool?>(CaseScoreColumns.ResolveByMet));

        // Sentiment over the customer's words: the inbound email, and the case's opening where capture scored its title.
        var sentiments = _s.CaseTouchpoints(caseId).Where(t => t.Option(TouchpointColumns.Direction) == Choices.Direction.Inbound).Select(t => t.GetAttributeValue<double?>(TouchpointColumns.Sentiment)).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        Assert.Contains(-0.5, sentiments);
        Assert.DoesNotContain(0.7, sentiments);
        Assert.Equal(sentiments.Count, score.GetAttributeValue<int>(CaseScoreColumns.SentimentCount));
        Assert.Equal(sentiments.Min(), score.GetAttributeValue<double>(CaseScoreColumns.MinimumSentiment));
        Assert.Equal(sentiments.Average(), score.GetAttributeValue<double>(CaseScoreColumns.Sentiment), 4);

        // CSAT = 4.4 + FCR 0.3 − 5.5 business hours × 0.01 − (50/60) h to first response × 0.05 + 0.8 × average + 0.3 × minimum sentiment.
        var csat = Math.Round((decimal)(4.4 + 0.3 - 0.055 - 50 / 60.0 * 0.05 + 0.8 * sentiments.Average() + 0.3 * sentiments.Min()), 2, MidpointRounding.AwayFromZero);
        Assert.Equal(csat, score.GetAttributeValue<decimal>(CaseScoreColumns.Csat));
        Assert.Equal(Choices.ScoreSource.Predicted, score.Option(CaseScoreColumns.CsatSource));
        Assert.Equal(csat, score.GetAttributeValue<decimal>(CaseScoreColumns.PredictedCsat));
        Assert.Null(score.GetAttributeValue<decimal?>(CaseScoreColumns.CsatPredictionError));
        Assert.Equal(Choices.ScoreSource.Predicted, score.Option(CaseScoreColumns.CesSource));
        Assert.Contains("firstContactResolution 1 x 0.3 = 0.3", score.Text(CaseScoreColumns.CsatExplanation));
        Assert.Null(score.GetAttributeValue<int?>(CaseScoreColumns.Nps));
        // Composite: weights CSAT .35, CES .20, sentiment .15, FCR .10, resolve-by .10 (NPS unanswered, so left out).
        var ces = (double)score.GetAttributeValue<decimal>(CaseScoreColumns.Ces);
        var composite = 100 * (0.35 * ((double)csat - 1) / 4 + 0.20 * (7 - ces) / 6 + 0.15 * (sentiments.Average() + 1) / 2 + 0.10 + 0.10) / 0.90;
        Assert.Equal((int)Math.Round(composite, MidpointRounding.AwayFromZero), score.GetAttributeValue<int>(CaseScoreColumns.CompositeScore));
        Assert.Equal(new EntityReference(Tables.Contact, _contact), score.Ref(CaseScoreColumns.Contact));
        Assert.Equal(_agent, score.Ref(CaseScoreColumns.Agent).Id);
        Assert.Equal(Choices.Channel.Email, score.Option(CaseScoreColumns.Channel));
        Assert.StartsWith("CAS-", score.Text(CaseScoreColumns.Name));
        Assert.Null(score.GetAttributeValue<string>(CaseScoreColumns.ScoringNotes));
    }

    [Fact]
    public void A_second_inbound_contact_breaks_first_contact_resolution_and_an_SLA_time_sets_the_resolve_by()
    {
        var caseId = _s.Case(_contact, _agent, resolveBy: Utc(2024, 3, 4, 12));
        var t = _s.Now;
        _s.Seed(_s.InboundEmail(caseId, _contact, t.AddMinutes(1)), _s.InboundEmail(caseId, _contact, t.AddMinutes(30)));
        _s.At(Utc(2024, 3, 4, 13));

        _s.Resolve(caseId);
        _s.Drain();

        var score = _s.RequiredScore(caseId);
        Assert.False(score.GetAttributeValue<bool>(CaseScoreColumns.FirstContactResolution));
        Assert.Equal(2, score.GetAttributeValue<int>(CaseScoreColumns.InboundContacts));
        Assert.Null(score.GetAttributeValue<decimal?>(CaseScoreColumns.FirstResponseMinutes));
        Assert.Equal(Utc(2024, 3, 4, 12), score.GetAttributeValue<DateTime>(CaseScoreColumns.ResolveBy));
        Assert.Equal(Choices.ResolveBySource.Sla, score.Option(CaseScoreColumns.ResolveBySource));
        Assert.False(score.GetAttributeValue<bool?>(CaseScoreColumns.ResolveByMet));
        Assert.Contains("resolveByMissed 1 x -0.7", score.Text(CaseScoreColumns.CsatExplanation));
    }

    [Fact]
    public void A_case_answered_by_a_second_agent_counts_a_hand_off_and_a_planned_or_cancelled_call_is_no_contact()
    {
        var caseId = _s.Case(_contact, _agent);
        var t = _s.Now;
        var specialist = _s.Organization.CreateUser("Sam", "Specialist");
        Entity By(Entity row, Guid agent)
        {
            row[TouchpointColumns.Agent] = new EntityReference(Tables.SystemUser, agent);
            return row;
        }
        Entity WithStatus(Entity row, int status)
        {
            row[TouchpointColumns.Status] = new OptionSetValue(status);
            return row;
        }
        _s.Seed(_s.InboundEmail(caseId, _contact, t.AddMinutes(1)),
            By(_s.OutboundEmail(caseId, _contact, t.AddMinutes(20)), _agent),
            By(_s.OutboundEmail(caseId, _contact, t.AddMinutes(90)), specialist),
            By(_s.OutboundEmail(caseId, _contact, t.AddMinutes(95)), specialist),
            WithStatus(_s.Touchpoint(caseId, _contact, Choices.Channel.Phone, Choices.Direction.Inbound, Choices.TouchpointKind.Created, t.AddMinutes(40)), Choices.TouchpointStatus.Planned),
            WithStatus(_s.Touchpoint(caseId, _contact, Choices.Channel.Phone, Choices.Direction.Outbound, Choices.TouchpointKind.Completed, t.AddMinutes(50)), Choices.TouchpointStatus.Cancelled));
        _s.At(Utc(2024, 3, 4, 13));

        _s.Resolve(caseId);
        _s.Drain();

        var score = _s.RequiredScore(caseId);
        // One hand-off (two agents answered); the planned and the cancelled call are neither a message nor a reply.
        Assert.Contains("perHandoff 1 x", score.Text(CaseScoreColumns.CsatExplanation));
        Assert.Equal((1, 3), (score.GetAttributeValue<int>(CaseScoreColumns.InboundContacts), score.GetAttributeValue<int>(CaseScoreColumns.OutboundContacts)));
        Assert.True(score.GetAttributeValue<bool>(CaseScoreColumns.FirstContactResolution));
    }

    [Fact]
    public void Touchpoints_after_the_resolution_are_not_contacts_before_it()
    {
        var caseId = _s.Case(_contact, _agent);
        _s.Seed(_s.InboundEmail(caseId, _contact, _s.Now.AddMinutes(1)), _s.InboundEmail(caseId, _contact, Utc(2024, 3, 9, 10)));
        _s.At(Utc(2024, 3, 4, 11));
        _s.Resolve(caseId);
        _s.Drain();

        Assert.Equal(1, _s.RequiredScore(caseId).GetAttributeValue<int>(CaseScoreColumns.InboundContacts));
    }

    [Fact]
    public void Resolving_through_a_batch_scores_the_same_way_and_the_platform_refuses_other_ways_to_resolve()
    {
        var direct = _s.Case(_contact, _agent);
        var batched = _s.Case(_contact, _agent);
        _s.Seed(_s.InboundEmail(direct, _contact, _s.Now.AddMinutes(1)), _s.InboundEmail(batched, _contact, _s.Now.AddMinutes(1)));
        _s.At(Utc(2024, 3, 4, 12));

        _s.Resolve(direct);
        _s.Service.Execute(new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection { CxScenario.CloseIncident(batched) } });
        _s.Drain();

        var a = _s.RequiredScore(direct);
        var b = _s.RequiredScore(batched);
        foreach (var column in new[] { CaseScoreColumns.Csat, CaseScoreColumns.Ces, CaseScoreColumns.ResolutionBusinessHours })
            Assert.Equal(a.GetAttributeValue<decimal>(column), b.GetAttributeValue<decimal>(column));
        Assert.Equal(a.GetAttributeValue<int>(CaseScoreColumns.CompositeScore), b.GetAttributeValue<int>(CaseScoreColumns.CompositeScore));

        // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest: only CloseIncident resolves a case.
        var third = _s.Case(_contact, _agent);
        var refused = Assert.ThrowsAny<Exception>(() => _s.Service.Update(new Entity(Tables.Incident, third)
        {
            [IncidentColumns.StateCode] = new OptionSetValue(StandardChoices.IncidentState.Resolved),
            [IncidentColumns.StatusCode] = new OptionSetValue(StandardChoices.IncidentStatus.ProblemSolved),
        }));
        Assert.Contains("CloseIncidentRequest", refused.Message);
        _s.Drain();
        Assert.Null(_s.Score(third));
    }

    [Fact]
    public void A_reopened_case_is_scored_again_as_open_and_its_next_resolution_counts_the_reopen()
    {
        var caseId = _s.Case(_contact, _agent);
        _s.Seed(_s.InboundEmail(caseId, _contact, _s.Now.AddMinutes(1)), _s.OutboundEmail(caseId, _contact, _s.Now.AddMinutes(20)));
        _s.At(Utc(2024, 3, 4, 11));
        _s.Resolve(caseId);
        _s.Drain();
        var first = _s.RequiredScore(caseId);
        Assert.True(first.GetAttributeValue<bool>(CaseScoreColumns.FirstContactResolution));

        _s.At(Utc(2024, 3, 4, 15));
        _s.Reopen(caseId);
        CaseLifecycle.EnsureReopenedTouchpoint(_s, caseId, _contact);
        _s.Drain();
        var open = _s.RequiredScore(caseId);
        Assert.Null(open.GetAttributeValue<DateTime?>(CaseScoreColumns.ResolvedOn));
        Assert.Null(open.GetAttributeValue<decimal?>(CaseScoreColumns.ResolutionBusinessHours));
        Assert.False(open.GetAttributeValue<bool>(CaseScoreColumns.FirstContactResolution));
        Assert.Equal(1, open.GetAttributeValue<int>(CaseScoreColumns.ReopenCount));
        Assert.Null(open.GetAttributeValue<bool?>(CaseScoreColumns.ResolveByMet));

        _s.At(Utc(2024, 3, 5, 10));
        _s.Resolve(caseId);
        _s.Drain();
        var second = _s.RequiredScore(caseId);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, second.GetAttributeValue<int>(CaseScoreColumns.ReopenCount));
        Assert.False(second.GetAttributeValue<bool>(CaseScoreColumns.FirstContactResolution));
        Assert.Equal(Utc(2024, 3, 5, 10), second.GetAttributeValue<DateTime>(CaseScoreColumns.ResolvedOn));
        Assert.Contains("perReopen 1 x -0.6", second.Text(CaseScoreColumns.CsatExplanation));
        Assert.True(second.GetAttributeValue<decimal>(CaseScoreColumns.Csat) < first.GetAttributeValue<decimal>(CaseScoreColumns.Csat));
    }

    [Fact]
    public void Feedback_after_the_close_replaces_the_prediction_and_keeps_its_error()
    {
        var caseId = _s.Case(_contact, _agent);
        _s.Seed(_s.InboundEmail(caseId, _contact, _s.Now.AddMinutes(1)));
        _s.At(Utc(2024, 3, 4, 12));
        _s.Resolve(caseId);
        _s.Drain();
        var predicted = _s.RequiredScore(caseId);
        var predictedCsat = predicted.GetAttributeValue<decimal>(CaseScoreColumns.Csat);
        var predictedCes = predicted.GetAttributeValue<decimal>(CaseScoreColumns.Ces);

        _s.At(Utc(2024, 3, 6, 9));
        _s.Feedback(caseId, _contact, csat: 2, ces: 6, nps: 3);
        _s.Drain();

        var score = _s.RequiredScore(caseId);
        Assert.Equal(predicted.Id, score.Id);
        Assert.Equal(2m, score.GetAttributeValue<decimal>(CaseScoreColumns.Csat));
        Assert.Equal(Choices.ScoreSource.Surveyed, score.Option(CaseScoreColumns.CsatSource));
        Assert.Equal(predictedCsat, score.GetAttributeValue<decimal>(CaseScoreColumns.PredictedCsat));
        Assert.Equal(2m - predictedCsat, score.GetAttributeValue<decimal>(CaseScoreColumns.CsatPredictionError));
        Assert.Equal(6m, score.GetAttributeValue<decimal>(CaseScoreColumns.Ces));
        Assert.Equal(Choices.ScoreSource.Surveyed, score.Option(CaseScoreColumns.CesSource));
        Assert.Equal(6m - predictedCes, score.GetAttributeValue<decimal>(CaseScoreColumns.CesPredictionError));
        Assert.Equal(3, score.GetAttributeValue<int>(CaseScoreColumns.Nps));
        Assert.Equal(Choices.NpsCategory.Detractor, score.Option(CaseScoreColumns.NpsCategory));
        // Resolution facts stay those of the close, not of the day the answer came.
        Assert.Equal(Utc(2024, 3, 4, 12), score.GetAttributeValue<DateTime>(CaseScoreColumns.ResolvedOn));
        Assert.True(score.GetAttributeValue<int>(CaseScoreColumns.CompositeScore) < predicted.GetAttributeValue<int>(CaseScoreColumns.CompositeScore));
    }

    [Fact]
    public void Scoring_is_idempotent_and_order_free_under_redelivery()
    {
        var caseId = _s.Case(_contact, _agent);
        _s.Seed(_s.InboundEmail(caseId, _contact, _s.Now.AddMinutes(1)));
        _s.At(Utc(2024, 3, 4, 12));
        _s.Resolve(caseId);
        _s.At(Utc(2024, 3, 5, 12));
        _s.Feedback(caseId, _contact, csat: 5);
        _s.Drain();
        var once = _s.RequiredScore(caseId);

        // The resolution's job delivered again after the answer's: the surveyed value and its error stay.
        var resolutionJob = _s.Pipeline.AsyncQueue.Jobs.First(j => j.Step.PluginType == typeof(CaseScoringPlugin) && j.PrimaryEntityName == Tables.Incident);
        _s.Pipeline.AsyncQueue.Redeliver(resolutionJob);
        _s.Drain();

        var again = _s.RequiredScore(caseId);
        Assert.Single(_s.Organization.Query(Tables.CaseScore));
        foreach (var column in new[] { CaseScoreColumns.Csat, CaseScoreColumns.PredictedCsat, CaseScoreColumns.CsatPredictionError, CaseScoreColumns.Ces })
            Assert.Equal(once.GetAttributeValue<decimal?>(column), again.GetAttributeValue<decimal?>(column));
        Assert.Equal(Choices.ScoreSource.Surveyed, again.Option(CaseScoreColumns.CsatSource));
    }

    [Fact]
    public void Weights_are_configuration()
    {
        _s.SetVariable(EnvironmentVariables.ScoringWeights, "{ \"csatModel\": { \"intercept\": 3.0, \"firstContactResolution\": 0 } }");
        var caseId = _s.Case(_contact, _agent);
        _s.Seed(_s.InboundEmail(caseId, _contact, _s.Now.AddMinutes(1)));
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(caseId);
        _s.Drain();

        var score = _s.RequiredScore(caseId);
        // 3.0 − 1 business hour × 0.01 = 2.99
        Assert.Equal(2.99m, score.GetAttributeValue<decimal>(CaseScoreColumns.Csat));
        Assert.Contains("intercept 3;", score.Text(CaseScoreColumns.CsatExplanation));
    }

    [Theory]
    [InlineData(EnvironmentVariables.ScoringWeights, "{ \"csatModel\": { \"perReopen\": 0.5 } }", "$.csatModel.perReopen")]
    [InlineData(EnvironmentVariables.ScoringWeights, "{ not json", "line 1")]
    [InlineData(EnvironmentVariables.BusinessCalendar, "{ \"timeZone\": \"GMT Standard Time\", \"week\": { } }", "no working days")]
    public void Bad_scoring_configuration_never_stops_scoring_and_the_notes_say_what_and_where(string variable, string value, string where)
    {
        _s.SetVariable(variable, value);
        var caseId = _s.Case(_contact, _agent);
        _s.Seed(_s.InboundEmail(caseId, _contact, _s.Now.AddMinutes(1)));
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(caseId);
        _s.Drain();

        var score = _s.RequiredScore(caseId);
        var notes = score.Text(CaseScoreColumns.ScoringNotes);
        Assert.Contains(variable + ": Invalid configuration", notes);
        Assert.Contains(where, notes);
        Assert.Contains("instead", notes);
        // The shipped model scored it: 4.4 + FCR 0.3 − 1 business hour × 0.01.
        Assert.Equal(4.69m, score.GetAttributeValue<decimal>(CaseScoreColumns.Csat));
        // The run that scored (the second report of the resolution stops before reading the configuration's problems).
        var run = _s.Pipeline.Log.RunsOf(typeof(CaseScoringPlugin)).Single(r => r.ServiceCalls.Any(c => c.MessageName == "Upsert"));
        Assert.Contains(run.Trace, line => line.Contains("Configuration problem") && line.Contains(variable));
    }
}
