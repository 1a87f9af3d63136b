using System;
using System.Linq;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Journey;
using CxJourney.Plugins.Scoring;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Scoring;
using Microsoft.Xrm.Sdk;
using static CxJourney.Plugins.Tests.FollowUps.FollowUpTestKit;

namespace CxJourney.Plugins.Tests.FollowUps;

/// <summary>
/// What holds whatever rule fires: never twice (re-delivery, one open follow-up per rule and case), the
/// per-contact throttle, consent, ownership fallbacks, and business hours across weekends, holidays and time zones.
/// </summary>
public class FollowUpConstraintTests
{
    private readonly CxScenario _s = new();
    private readonly Guid _agent;
    private readonly Guid _contact;

    public FollowUpConstraintTests()
    {
        _agent = _s.User("Alex");
        _contact = _s.Contact("Lovelace", _agent);
    }

    private Guid PoorCaseResolvedAt(DateTime resolvedAt, Guid? owner = null, Guid? contact = null)
    {
        var who = contact ?? _contact;
        var caseId = _s.Case(who, owner ?? _agent);
        _s.OrdinaryHistory(caseId, who, _s.Now);
        _s.At(resolvedAt);
        _s.Resolve(caseId);
        _s.Drain();
        return caseId;
    }

    // ---- never twice -------------------------------------------------------------------------------

    [Fact]
    public void A_redelivered_job_creates_nothing_more()
    {
        _s.OnlyRules(FollowUpRuleIds.ResolveByMissed);
        _s.Pipeline.AsyncQueue.RedeliverEverySuccess = true;
        var caseId = _s.Case(_contact, _agent, resolveBy: Utc(2024, 3, 4, 10));
        _s.At(Utc(2024, 3, 4, 12));
        _s.Resolve(caseId);
        var results = _s.Drain();

        Assert.Contains(results, r => r.Job.Step.PluginType == typeof(CaseScoringPlugin) && r.Job.PrimaryEntityName == Tables.IncidentResolution && r.Delivery == 2);
        Assert.Equal(new[] { Tables.Task, Tables.Email }, _s.FollowUps().Select(a => a.LogicalName).OrderBy(n => n == Tables.Email));
        // The redelivery finds this resolution scored, with its follow-up status, and stops:
        // the status still tells what the first delivery created.
        Assert.StartsWith("Case resolved on 2024-03-04 12:00 UTC:", _s.Status(caseId));
        Assert.Contains("Created resolve-by-missed", _s.Status(caseId));
    }

    [Fact]
    public void A_redelivery_after_the_follow_up_was_completed_still_does_not_duplicate_it()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        var caseId = PoorCaseResolvedAt(Utc(2024, 3, 4, 10));
        var call = Assert.Single(_s.FollowUps());
        _s.Service.Update(new Entity(Tables.PhoneCall, call.Id) { [ActivityColumns.StateCode] = new OptionSetValue(1), [ActivityColumns.StatusCode] = new OptionSetValue(2) });

        // The open-follow-up check no longer sees the completed call; the score row, stored with the follow-up status in
        // the job's one Upsert, says this resolution was handled.
        var job = _s.Pipeline.AsyncQueue.Jobs.Single(j => j.Step.PluginType == typeof(CaseScoringPlugin) && j.PrimaryEntityName == Tables.IncidentResolution);
        _s.Pipeline.AsyncQueue.Redeliver(job);
        _s.Drain();

        Assert.Single(_s.FollowUps());
        Assert.Contains("Created poor-case", _s.Status(caseId));
    }

    [Fact]
    public void An_upset_email_is_answered_by_its_touchpoints_one_job_with_the_variables_that_job_read()
    {
        _s.OnlyRules(FollowUpRuleIds.AngryEmail);
        var caseId = _s.Case(_contact, _agent);
        _s.Drain();
        _s.Pipeline.Log.Clear();

        _s.Service.Create(_s.InboundEmail(caseId, _contact, _s.Now, -0.9));
        _s.Drain();

        // One system job for the touchpoint: the rollup, which answers the email too with the settings its pending read
        // returned with the journey (the settings copy): no read of the variables, yet the rule OnlyRules set is the one applied.
        var job = Assert.Single(_s.Pipeline.Log.StepRuns, r => r.Mode == CxJourney.SolutionModel.PluginStepMode.Asynchronous);
        Assert.Equal(typeof(JourneyRollupPlugin), job.PluginType);
        Assert.DoesNotContain(job.ServiceCalls, c => c.PrimaryEntityName == Tables.EnvironmentVariableDefinition);
        Assert.Contains(job.ServiceCalls, c => c.MessageName == "Update" && c.PrimaryEntityName == Tables.Journey);
        var task = Assert.Single(_s.FollowUps());
        Assert.Contains(job.ServiceCalls, c => c.MessageName == "Create" && c.PrimaryEntityName == task.LogicalName);
        Assert.Contains("Created angry-email", _s.Status(caseId));
    }

    [Fact]
    public void One_open_follow_up_per_rule_and_case_and_a_new_one_once_it_is_done()
    {
        _s.OnlyRules(FollowUpRuleIds.AngryEmail);
        var caseId = _s.Case(_contact, _agent);
        _s.Service.Create(_s.InboundEmail(caseId, _contact, _s.Now, -0.9));
        _s.Drain();
        _s.Advance(TimeSpan.FromMinutes(10));
        _s.Service.Create(_s.InboundEmail(caseId, _contact, _s.Now, -0.7));
        _s.Drain();
        var task = Assert.Single(_s.FollowUps());
        Assert.Contains("angry-email: skipped, an open follow-up from this rule already regards this case", _s.Status(caseId));

        _s.Service.Update(new Entity(Tables.Task, task.Id) { [ActivityColumns.StateCode] = new OptionSetValue(1), [ActivityColumns.StatusCode] = new OptionSetValue(5) });
        _s.Advance(TimeSpan.FromMinutes(10));
        _s.Service.Create(_s.InboundEmail(caseId, _contact, _s.Now, -0.95));
        _s.Drain();
        Assert.Equal(2, _s.FollowUps().Count);
    }

    // ---- throttle ------------------------------------------------------------------------------------

    [Fact]
    public void The_throttle_lets_the_highest_priority_rules_through_and_holds_back_the_rest()
    {
        // Poor predicted CSAT (80), missed resolve-by (60) and three inbound contacts (high effort, 50) at once; room for two.
        _s.PoorPredictions();
        var caseId = _s.Case(_contact, _agent, resolveBy: Utc(2024, 3, 4, 10));
        var t = _s.Now;
        _s.Seed(_s.InboundEmail(caseId, _contact, t.AddMinutes(1), -0.9), _s.InboundEmail(caseId, _contact, t.AddMinutes(2), -0.9),
            _s.InboundEmail(caseId, _contact, t.AddMinutes(3), -0.9), _s.InboundEmail(caseId, _contact, t.AddMinutes(4), -0.9));
        _s.At(Utc(2024, 3, 4, 15));
        _s.Resolve(caseId);
        _s.Drain();

        Assert.Equal(new[] { Choices.FollowUpRule.PoorCase, Choices.FollowUpRule.ResolveByMissed },
            _s.FollowUps().Where(a => a.LogicalName != Tables.Email).Select(a => a.Option(FollowUpColumns.Rule)).OrderBy(r => r));
        var status = _s.Status(caseId);
        Assert.Contains("high-effort: the contact already has 0 follow-up(s) in the last 7 days and at most 2 are allowed; higher-priority poor-case, resolve-by-missed went first", status);

        // A week later the throttle counts those two: a new poor case gets nothing until they age out.
        _s.Advance(TimeSpan.FromDays(3));
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        var next = PoorCaseResolvedAt(_s.Now.AddHours(1));
        Assert.DoesNotContain(_s.FollowUps(Choices.FollowUpRule.PoorCase), a => a.Ref(ActivityColumns.RegardingObjectId).Id == next);
        Assert.Contains("the contact already has 2 follow-up(s) in the last 7 days", _s.Status(next));
    }

    [Fact]
    public void The_throttle_is_configuration()
    {
        _s.SetVariable(EnvironmentVariables.FollowUpThrottle, "{ \"maxFollowUps\": 1, \"perDays\": 30 }");
        _s.OnlyRules(FollowUpRuleIds.PoorCase, FollowUpRuleIds.Reopened);
        _s.PoorPredictions();
        var caseId = PoorCaseResolvedAt(Utc(2024, 3, 4, 10));
        Assert.Single(_s.FollowUps());

        _s.At(Utc(2024, 3, 20, 10));
        _s.Reopen(caseId);
        _s.Drain();
        Assert.Single(_s.FollowUps());
        Assert.Contains("reopened: the contact already has 1 follow-up(s) in the last 30 days and at most 1 are allowed", _s.Status(caseId));
    }

    // ---- consent -------------------------------------------------------------------------------------

    [Fact]
    public void Do_not_phone_turns_the_call_into_a_task()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        var contact = _s.Contact("Hopper", _agent, doNotPhone: true);
        PoorCaseResolvedAt(Utc(2024, 3, 4, 10), contact: contact);

        var task = Assert.Single(_s.FollowUps());
        Assert.Equal(Tables.Task, task.LogicalName);
        Assert.Equal(Choices.FollowUpRule.PoorCase, task.Option(FollowUpColumns.Rule));
        Assert.Contains("does not want phone calls", task.Text(ActivityColumns.Description));
    }

    [Fact]
    public void Do_not_email_drops_the_draft_but_keeps_the_task()
    {
        _s.OnlyRules(FollowUpRuleIds.ResolveByMissed);
        var contact = _s.Contact("Hopper", _agent, doNotEmail: true);
        var caseId = _s.Case(contact, _agent, resolveBy: Utc(2024, 3, 4, 10));
        _s.At(Utc(2024, 3, 4, 12));
        _s.Resolve(caseId);
        _s.Drain();

        var task = Assert.Single(_s.FollowUps());
        Assert.Equal(Tables.Task, task.LogicalName);
        Assert.Contains("the contact does not want email (do not email)", _s.Status(caseId));
    }

    [Fact]
    public void An_inactive_contact_gets_nothing()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        var caseId = _s.Case(_contact, _agent);
        _s.Deactivate(_contact);
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(caseId);
        _s.Drain();

        Assert.Empty(_s.FollowUps());
        Assert.Contains("poor-case: the contact is inactive", _s.Status(caseId));
    }

    // ---- ownership -----------------------------------------------------------------------------------

    [Fact]
    public void A_disabled_case_owner_passes_the_follow_up_to_the_contact_owner()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        var gone = _s.User("Gone", disabled: true);
        PoorCaseResolvedAt(Utc(2024, 3, 4, 10), owner: gone);

        Assert.Equal(_agent, Assert.Single(_s.FollowUps()).Ref(ActivityColumns.OwnerId).Id);
    }

    [Fact]
    public void Without_a_usable_case_or_contact_owner_the_configured_CX_team_owns_it()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        var team = _s.Organization.CreateTeam("CX Team");
        var gone = _s.User("Gone", disabled: true);
        var contact = _s.Contact("Hopper", gone);
        PoorCaseResolvedAt(Utc(2024, 3, 4, 10), owner: gone, contact: contact);

        Assert.Equal(new EntityReference(Tables.Team, team), Assert.Single(_s.FollowUps()).Ref(ActivityColumns.OwnerId));
    }

    [Fact]
    public void A_team_owned_case_keeps_the_follow_up_with_its_team()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        var team = _s.Organization.CreateTeam("Tier 2");
        var caseId = _s.Case(_contact, ownerRef: new EntityReference(Tables.Team, team));
        _s.OrdinaryHistory(caseId, _contact, _s.Now);
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(caseId);
        _s.Drain();

        Assert.Equal(new EntityReference(Tables.Team, team), Assert.Single(_s.FollowUps()).Ref(ActivityColumns.OwnerId));
    }

    [Fact]
    public void Nobody_to_own_it_skips_the_follow_up_and_says_so()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        var gone = _s.User("Gone", disabled: true);
        var contact = _s.Contact("Hopper", gone);
        var caseId = PoorCaseResolvedAt(Utc(2024, 3, 4, 10), owner: gone, contact: contact);

        Assert.Empty(_s.FollowUps());
        Assert.Contains("poor-case: no case owner, contact owner or configured team to own it", _s.Status(caseId));
    }

    // ---- business hours ------------------------------------------------------------------------------

    [Fact]
    public void Due_times_skip_the_weekend()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        // Friday 8 March 15:00: two hours left that day, two more on Monday.
        PoorCaseResolvedAt(Utc(2024, 3, 8, 15));
        Assert.Equal(Utc(2024, 3, 11, 11), Assert.Single(_s.FollowUps()).Due());
    }

    [Fact]
    public void Due_times_skip_holidays()
    {
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        // Tuesday 24 December 2024 16:00 GMT: Christmas and Boxing Day are shipped holidays.
        _s.At(Utc(2024, 12, 24, 9));
        PoorCaseResolvedAt(Utc(2024, 12, 24, 16));
        Assert.Equal(Utc(2024, 12, 27, 12), Assert.Single(_s.FollowUps()).Due());
    }

    [Fact]
    public void Due_times_follow_the_configured_time_zone_and_hours()
    {
        _s.SetVariable(EnvironmentVariables.BusinessCalendar,
            "{ \"timeZone\": \"Eastern Standard Time\", \"week\": { \"monday\": [\"08:00-12:00\", \"13:00-17:00\"], \"tuesday\": [\"08:00-12:00\", \"13:00-17:00\"] }, \"holidays\": [] }");
        _s.OnlyRules(FollowUpRuleIds.PoorCase);
        _s.PoorPredictions();
        // Monday 4 March 2024 14:00 UTC is 09:00 in New York (EST, UTC-5): 3 hours to the lunch break, 1 after it.
        PoorCaseResolvedAt(Utc(2024, 3, 4, 14));
        Assert.Equal(Utc(2024, 3, 4, 19), Assert.Single(_s.FollowUps()).Due());
    }

    // ---- bad configuration ---------------------------------------------------------------------------

    [Theory]
    [InlineData(EnvironmentVariables.FollowUpRules, "{ \"rules\": [ { \"id\": \"poor-case\", \"enabled\": tru } ] }", "line 1")]
    [InlineData(EnvironmentVariables.FollowUpRules, "{ \"rules\": [ { \"id\": \"poorcase\" } ] }", "unknown rule \"poorcase\"")]
    [InlineData(EnvironmentVariables.FollowUpRules, "{ \"rules\": [ { \"id\": \"poor-case\", \"when\": { \"csatAtMost\": 9 } } ] }", "$.rules[0].when.csatAtMost")]
    [InlineData(EnvironmentVariables.FollowUpThrottle, "{ \"maxFollowUps\": 0, \"perDays\": 7 }", "$.maxFollowUps")]
    [InlineData(EnvironmentVariables.BusinessCalendar, "{ \"timeZone\": \"Mars/Olympus\", \"week\": { \"monday\": [\"09:00-17:00\"] } }", "unknown time zone")]
    [InlineData(EnvironmentVariables.BusinessCalendar, "{ \"timeZone\": \"GMT Standard Time\", \"week\": { \"monday\": [\"17:00-09:00\"] } }", "ends at 09:00, not after it starts")]
    public void Bad_configuration_never_blocks_the_case_skips_follow_ups_and_says_what_and_where(string variable, string value, string where)
    {
        _s.SetVariable(variable, value);
        _s.PoorPredictions();
        var caseId = _s.Case(_contact, _agent, resolveBy: Utc(2024, 3, 4, 9, 30));
        _s.OrdinaryHistory(caseId, _contact, _s.Now);
        _s.At(Utc(2024, 3, 4, 10));

        _s.Resolve(caseId);
        var results = _s.Drain();

        Assert.Equal(StandardChoices.IncidentState.Resolved, _s.Organization.Get(Tables.Incident, caseId).Option(IncidentColumns.StateCode));
        Assert.All(results, r => Assert.Equal(Emulator.Pipeline.StepOutcome.Succeeded, r.Outcome));
        Assert.NotNull(_s.RequiredScore(caseId).GetAttributeValue<decimal?>(CaseScoreColumns.Csat));
        Assert.Empty(_s.FollowUps());
        var status = _s.Status(caseId);
        Assert.Contains("Follow-ups skipped: " + variable + ": Invalid configuration at line", status);
        Assert.Contains(where, status);
        // The resolution's job says what is wrong, once; the Update of the case's state leaves the resolution to it.
        var runs = _s.Pipeline.Log.RunsOf(typeof(CaseScoringPlugin)).ToList();
        Assert.Single(runs, run => run.Trace.Any(line => line.Contains("Follow-ups skipped because of invalid configuration: " + variable)));
    }

    [Fact]
    public void Feedback_about_no_case_follows_up_regarding_the_contact()
    {
        _s.OnlyRules(FollowUpRuleIds.Promoter);
        _s.Feedback(null, _contact, nps: 10);
        _s.Drain();

        var task = Assert.Single(_s.FollowUps());
        Assert.Equal(new EntityReference(Tables.Contact, _contact), task.Ref(ActivityColumns.RegardingObjectId));
        Assert.Equal(_agent, task.Ref(ActivityColumns.OwnerId).Id);
        Assert.Equal($"contact:{_contact:D}|contact:{_contact:D}|promoter", task.Text(FollowUpColumns.Key));
    }
}
