using System;
using System.Linq;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Scoring;
using Microsoft.Xrm.Sdk;
using static CxJourney.Plugins.Tests.FollowUps.FollowUpTestKit;

namespace CxJourney.Plugins.Tests.FollowUps;

/// <summary>
/// Each shipped rule of cx_FollowUpRules, end to end: a user's operation, the asynchronous follow-up job,
/// and the activity it leaves (type, owner, regarding, rule column, key, due time in business hours).
/// The product organization starts on Monday 2024-03-04 09:00 UTC; the shipped calendar is London
/// (GMT in March), Monday to Friday 09:00-17:00.
/// </summary>
public class FollowUpRuleTests
{
    private readonly CxScenario _s = new();
    private readonly Guid _agent;
    private readonly Guid _contact;
    private readonly Guid _case;

    public FollowUpRuleTests()
    {
        _agent = _s.User("Alex");
        _contact = _s.Contact("Lovelace", _agent);
        _case = _s.Case(_contact, _agent);
    }

    [Fact]
    public void Poor_case_predicted_at_resolution_gets_a_service_recovery_call_to_the_case_owner_within_4_business_hours()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        _s.OrdinaryHistory(_case, _contact, _s.Now);
        _s.At(Utc(2024, 3, 4, 10));

        _s.Resolve(_case);
        _s.Drain();

        var call = Assert.Single(_s.FollowUps());
        Assert.Equal(Tables.PhoneCall, call.LogicalName);
        Assert.Equal(Choices.FollowUpRule.PoorCase, call.Option(FollowUpColumns.Rule));
        Assert.Equal($"contact:{_contact:D}|incident:{_case:D}|poor-case", call.Text(FollowUpColumns.Key));
        Assert.Equal(new EntityReference(Tables.Incident, _case), call.Ref(ActivityColumns.RegardingObjectId));
        Assert.Equal(_agent, call.Ref(ActivityColumns.OwnerId).Id);
        Assert.Equal(Utc(2024, 3, 4, 14), call.Due());
        Assert.Equal(StandardChoices.ActivityPriority.High, call.Option(ActivityColumns.PriorityCode));
        Assert.True(call.GetAttributeValue<bool>(PhoneCallColumns.DirectionCode));
        Assert.Equal("+44 20 7946 0000", call.Text(PhoneCallColumns.PhoneNumber));
        Assert.Equal(new[] { _contact }, call.PartyIds(PhoneCallColumns.To));
        var description = call.Text(ActivityColumns.Description);
        Assert.Contains("Apologise sincerely", description);
        Assert.Contains("Offer to make amends", description);
        Assert.Contains("CSAT 1.", description);
        Assert.Contains("predicted", description);
        Assert.StartsWith("Service recovery call: case CAS-", call.Text(ActivityColumns.Subject));
        Assert.Contains("Created poor-case: phone call", _s.Status(_case));
    }

    [Fact]
    public void Poor_case_from_a_surveyed_answer_after_the_close_gets_the_call_too()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.OrdinaryHistory(_case, _contact, _s.Now);
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(_case);
        _s.Drain();
        Assert.Empty(_s.FollowUps());

        _s.At(Utc(2024, 3, 5, 15));
        _s.Feedback(_case, _contact, csat: 1);
        _s.Drain();

        var call = Assert.Single(_s.FollowUps());
        Assert.Equal(Tables.PhoneCall, call.LogicalName);
        Assert.Equal(Utc(2024, 3, 6, 11), call.Due());
        Assert.Contains("CSAT 1, surveyed", call.Text(ActivityColumns.Description));
    }

    [Fact]
    public void Detractor_answer_is_escalated_to_the_case_owners_manager_by_the_end_of_the_next_business_day()
    {
        var manager = _s.User("Morgan");
        var agent = _s.User("Sam", manager);
        var caseId = _s.Case(_contact, agent);
        _s.OnlyRules(FollowUpRuleIds.Detractor);
        _s.Resolve(caseId);
        _s.Drain();

        _s.At(Utc(2024, 3, 5, 10));
        _s.Feedback(caseId, _contact, nps: 4);
        _s.Drain();

        var task = Assert.Single(_s.FollowUps());
        Assert.Equal(Tables.Task, task.LogicalName);
        Assert.Equal(Choices.FollowUpRule.Detractor, task.Option(FollowUpColumns.Rule));
        Assert.Equal(manager, task.Ref(ActivityColumns.OwnerId).Id);
        Assert.Equal(Utc(2024, 3, 6, 17), task.Due());
        Assert.Contains("(NPS 4)", task.Text(ActivityColumns.Subject));
    }

    [Fact]
    public void Detractor_without_a_manager_goes_to_the_owner_and_the_CX_team_queue()
    {
        var queue = _s.Organization.CreateQueue("CX Team");
        _s.OnlyRules(FollowUpRuleIds.Detractor);
        _s.Feedback(_case, _contact, nps: 2);
        _s.Drain();

        var task = Assert.Single(_s.FollowUps());
        Assert.Equal(_agent, task.Ref(ActivityColumns.OwnerId).Id);
        Assert.Contains("routed to the CX team queue", task.Text(ActivityColumns.Description));
        // The local organization has no AddToQueue; the status says so instead of losing the escalation silently.
        Assert.Contains($"queue({queue:D})", _s.Status(_case));
    }

    [Fact]
    public void Promoter_gets_a_review_request_at_most_once_per_contact_in_90_days()
    {
        _s.OnlyRules(FollowUpRuleIds.Promoter);
        _s.Feedback(_case, _contact, nps: 10);
        _s.Drain();
        var task = Assert.Single(_s.FollowUps());
        Assert.Equal(Tables.Task, task.LogicalName);
        Assert.Equal(StandardChoices.ActivityPriority.Low, task.Option(ActivityColumns.PriorityCode));
        Assert.Equal("Ask Ada Lovelace for a review or referral", task.Text(ActivityColumns.Subject));
        Assert.Equal(Utc(2024, 3, 5, 17), task.Due());

        // A second promoter answer on another case 30 days later: the contact was asked already.
        _s.Advance(TimeSpan.FromDays(30));
        var second = _s.Case(_contact, _agent);
        _s.Feedback(second, _contact, nps: 9);
        _s.Drain();
        Assert.Single(_s.FollowUps());
        Assert.Contains("at most once per 90 days", _s.Status(second));

        // 91 days after the first request, the contact may be asked again.
        _s.Advance(TimeSpan.FromDays(61));
        var third = _s.Case(_contact, _agent);
        _s.Feedback(third, _contact, nps: 9);
        _s.Drain();
        Assert.Equal(2, _s.FollowUps(Choices.FollowUpRule.Promoter).Count);
    }

    [Fact]
    public void High_effort_case_with_three_inbound_contacts_gets_a_root_cause_review()
    {
        _s.OnlyRules(FollowUpRuleIds.HighEffort);
        var t = _s.Now;
        _s.Seed(_s.InboundEmail(_case, _contact, t.AddMinutes(1)), _s.InboundEmail(_case, _contact, t.AddMinutes(20)),
            _s.InboundEmail(_case, _contact, t.AddMinutes(40)), _s.OutboundEmail(_case, _contact, t.AddMinutes(50)));
        _s.At(Utc(2024, 3, 4, 11));
        _s.Resolve(_case);
        _s.Drain();

        var task = Assert.Single(_s.FollowUps());
        Assert.Equal(Tables.Task, task.LogicalName);
        Assert.Equal(Choices.FollowUpRule.HighEffort, task.Option(FollowUpColumns.Rule));
        Assert.Contains("3 inbound contacts", task.Text(ActivityColumns.Description));
        Assert.Equal(Utc(2024, 3, 7, 11), task.Due());
    }

    [Fact]
    public void High_effort_answer_CES_5_or_more_gets_a_root_cause_review()
    {
        _s.OnlyRules(FollowUpRuleIds.HighEffort);
        _s.Feedback(_case, _contact, ces: 6);
        _s.Drain();
        var task = Assert.Single(_s.FollowUps());
        Assert.Contains("CES 6, surveyed", task.Text(ActivityColumns.Description));
    }

    [Fact]
    public void Reopened_case_gets_a_priority_call_back_within_2_business_hours_and_counts_as_high_effort_at_the_next_resolution()
    {
        _s.OnlyRules(FollowUpRuleIds.Reopened, FollowUpRuleIds.HighEffort);
        _s.OrdinaryHistory(_case, _contact, _s.Now);
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(_case);
        _s.Drain();
        Assert.Empty(_s.FollowUps());

        _s.At(Utc(2024, 3, 4, 16));
        _s.Reopen(_case);
        CaseLifecycle.EnsureReopenedTouchpoint(_s, _case, _contact);
        _s.Drain();

        var call = Assert.Single(_s.FollowUps());
        Assert.Equal(Tables.PhoneCall, call.LogicalName);
        Assert.Equal(Choices.FollowUpRule.Reopened, call.Option(FollowUpColumns.Rule));
        Assert.Equal(Utc(2024, 3, 5, 10), call.Due());
        Assert.Contains("reopens so far: 1", call.Text(ActivityColumns.Description));

        _s.At(Utc(2024, 3, 5, 9));
        _s.Resolve(_case);
        _s.Drain();
        var review = Assert.Single(_s.FollowUps(Choices.FollowUpRule.HighEffort));
        Assert.Contains("1 reopens", review.Text(ActivityColumns.Description));
    }

    [Fact]
    public void Resolve_by_missed_gets_an_apology_task_and_a_draft_email_that_is_never_sent()
    {
        _s.OnlyRules(FollowUpRuleIds.ResolveByMissed);
        var caseId = _s.Case(_contact, _agent, resolveBy: Utc(2024, 3, 4, 12));
        _s.At(Utc(2024, 3, 4, 15));
        _s.Resolve(caseId);
        _s.Drain();

        var task = Assert.Single(_s.FollowUps(), a => a.LogicalName == Tables.Task);
        Assert.Equal(Choices.FollowUpRule.ResolveByMissed, task.Option(FollowUpColumns.Rule));
        Assert.Equal(Utc(2024, 3, 5, 11), task.Due());
        var email = Assert.Single(_s.FollowUps(), a => a.LogicalName == Tables.Email);
        Assert.Equal(StandardChoices.ActivityState.Open, email.Option(ActivityColumns.StateCode));
        Assert.Equal(StandardChoices.EmailStatus.Draft, email.Option(EmailColumns.StatusCode));
        Assert.True(email.GetAttributeValue<bool>(EmailColumns.DirectionCode));
        Assert.Equal(new[] { _contact }, email.PartyIds(EmailColumns.To));
        Assert.Equal(new EntityReference(Tables.Incident, caseId), email.Ref(ActivityColumns.RegardingObjectId));
        Assert.StartsWith("Our apologies for the delay on your case CAS-", email.Text(ActivityColumns.Subject));
    }

    [Fact]
    public void Angry_inbound_email_on_an_open_case_gets_a_reply_fast_task_within_1_business_hour()
    {
        _s.OnlyRules(FollowUpRuleIds.AngryEmail);
        _s.At(Utc(2024, 3, 4, 16, 30));

        _s.Service.Create(_s.InboundEmail(_case, _contact, _s.Now, -0.8));
        _s.Drain();

        var task = Assert.Single(_s.FollowUps());
        Assert.Equal(Tables.Task, task.LogicalName);
        Assert.Equal(Choices.FollowUpRule.AngryEmail, task.Option(FollowUpColumns.Rule));
        Assert.Equal(Utc(2024, 3, 5, 9, 30), task.Due());
        Assert.Contains("sentiment -0.8", task.Text(ActivityColumns.Description));
    }

    [Fact]
    public void An_upset_email_received_on_the_case_is_caught_through_the_touchpoint_capture_records()
    {
        _s.OnlyRules(FollowUpRuleIds.AngryEmail);
        _s.At(Utc(2024, 3, 4, 11));
        var email = new Entity(Tables.Email)
        {
            [ActivityColumns.Subject] = "Still broken - this is unacceptable",
            [ActivityColumns.Description] = "Terrible service. I am furious: the router is still broken, nobody called back, and this is the worst support I have ever had. Awful.",
            [EmailColumns.DirectionCode] = StandardChoices.DirectionCode.Incoming,
            [EmailColumns.From] = new EntityCollection(new System.Collections.Generic.List<Entity>
            {
                new(Tables.ActivityParty) { [ActivityPartyColumns.PartyId] = new EntityReference(Tables.Contact, _contact) },
            }),
            [ActivityColumns.RegardingObjectId] = new EntityReference(Tables.Incident, _case),
        };
        _s.Service.Create(email);
        _s.Drain();

        var touchpoint = Assert.Single(_s.CaseTouchpoints(_case), t => t.Option(TouchpointColumns.Channel) == Choices.Channel.Email);
        Assert.True(touchpoint.GetAttributeValue<double>(TouchpointColumns.Sentiment) <= -0.5);
        var task = Assert.Single(_s.FollowUps());
        Assert.Equal(Choices.FollowUpRule.AngryEmail, task.Option(FollowUpColumns.Rule));
        Assert.Equal(Utc(2024, 3, 4, 12), task.Due());
        Assert.Equal(_agent, task.Ref(ActivityColumns.OwnerId).Id);
    }

    [Fact]
    public void Angry_email_rule_needs_an_open_case_and_a_sentiment_at_or_below_the_threshold()
    {
        _s.OnlyRules(FollowUpRuleIds.AngryEmail);
        _s.Service.Create(_s.InboundEmail(_case, _contact, _s.Now, -0.3));
        _s.Service.Create(_s.OutboundEmail(_case, _contact, _s.Now, -0.9));
        _s.Drain();
        Assert.Empty(_s.FollowUps());

        _s.Resolve(_case);
        _s.Drain();
        _s.Service.Create(_s.InboundEmail(_case, _contact, _s.Now, -0.9));
        _s.Drain();
        Assert.Empty(_s.FollowUps());
        Assert.Contains("angry-email: does not fire (the case is not open)", _s.Status(_case));
    }
}
