using System.Linq;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Scoring;
using static CxJourney.Plugins.Tests.Domain.Calendar.Calendars;
using static CxJourney.Plugins.Tests.Domain.FollowUps.FollowUpFixtures;

namespace CxJourney.Plugins.Tests.Domain.FollowUps;

/// <summary>Every shipped rule at and just past its threshold.</summary>
public class FollowUpRuleTests
{
    private static bool Fires(FollowUpContext context, string ruleId, FollowUpSettings? settings = null) =>
        Plan(context, settings).Activities.Any(a => a.RuleId == ruleId);

    [Theory]
    [InlineData(2.0, true)]
    [InlineData(1.0, true)]
    [InlineData(2.01, false)]
    public void Poor_case_fires_on_a_predicted_csat_of_two_or_less_at_resolution(double csat, bool fires)
    {
        Assert.Equal(fires, Fires(Resolved(Score(csat: csat)), FollowUpRuleIds.PoorCase));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Poor_case_fires_on_a_surveyed_csat_of_two_or_less_when_it_arrives(int csat, bool fires)
    {
        Assert.Equal(fires, Fires(Feedback(new FeedbackAnswers(csat: csat)), FollowUpRuleIds.PoorCase));
    }

    [Fact]
    public void Poor_case_judges_a_surveyed_csat_once_on_arrival_not_again_at_resolution()
    {
        Assert.False(Fires(Resolved(Score(csat: 1, surveyed: true)), FollowUpRuleIds.PoorCase));
    }

    [Fact]
    public void Poor_case_can_be_limited_to_surveyed_csat()
    {
        var settings = FollowUpSettings.Parse("""{ "rules": [ { "id": "poor-case", "when": { "acceptPredicted": false } } ] }""");
        Assert.False(Fires(Resolved(Score(csat: 1)), FollowUpRuleIds.PoorCase, settings));
        Assert.True(Fires(Feedback(new FeedbackAnswers(csat: 1)), FollowUpRuleIds.PoorCase, settings));
    }

    [Fact]
    public void Poor_case_is_a_recovery_call_to_the_case_owner_within_four_business_hours()
    {
        var call = Plan(Resolved(Score(csat: 1.5))).Activities.Single(a => a.RuleId == FollowUpRuleIds.PoorCase);
        Assert.Equal(ActivityKind.PhoneCall, call.Kind);
        Assert.Equal(CaseOwner, call.Owner);
        Assert.Equal(ResolvedCase.Ref, call.Regarding);
        Assert.Equal(Contact.Ref, call.Recipient);
        Assert.Equal(ActivityPriority.High, call.Priority);
        // Friday 15:00 + 4 business hours: 2 on Friday, 2 on Monday from 09:00.
        Assert.Equal(Utc(2025, 3, 31, 11), call.DueUtc);
        Assert.Equal("Service recovery call: case CAS-01001", call.Subject);
        foreach (var step in new[] { "Respond quickly", "Apologise", "make amends", "what is being fixed" })
            Assert.Contains(step, call.Description);
        Assert.Contains("Dana Reyes", call.Description);
        Assert.Contains("CSAT 1.5, predicted", call.Description);
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(0, true)]
    [InlineData(7, false)]
    public void Detractor_fires_on_nps_six_or_less(int nps, bool fires)
    {
        Assert.Equal(fires, Fires(Feedback(new FeedbackAnswers(nps: nps)), FollowUpRuleIds.Detractor));
    }

    [Fact]
    public void Detractor_escalates_to_the_owners_manager_by_the_end_of_the_next_business_day()
    {
        var task = Plan(Feedback(new FeedbackAnswers(nps: 3))).Activities.Single(a => a.RuleId == FollowUpRuleIds.Detractor);
        Assert.Equal(ActivityKind.Task, task.Kind);
        Assert.Equal(Manager, task.Owner);
        Assert.Equal(OwnerSource.OwnerManager, task.OwnerSource);
        Assert.Equal(Utc(2025, 3, 31, 17), task.DueUtc);
        Assert.Contains("NPS 3", task.Subject);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(8, false)]
    public void Promoter_fires_on_nps_nine_or_more(int nps, bool fires)
    {
        Assert.Equal(fires, Fires(Feedback(new FeedbackAnswers(nps: nps)), FollowUpRuleIds.Promoter));
    }

    [Fact]
    public void Promoter_fires_on_csat_five_without_effort_issues()
    {
        Assert.True(Fires(Feedback(new FeedbackAnswers(csat: 5), Score(ces: 2)), FollowUpRuleIds.Promoter));
        Assert.False(Fires(Feedback(new FeedbackAnswers(csat: 4), Score(ces: 2)), FollowUpRuleIds.Promoter));
    }

    [Theory]
    [InlineData(5, 1, 0)]  // CES 5
    [InlineData(2, 3, 0)]  // three inbound contacts
    [InlineData(2, 1, 1)]  // a reopen
    public void Promoter_does_not_fire_on_csat_five_with_an_effort_issue(int ces, int inbound, int reopens)
    {
        var plan = Plan(Feedback(new FeedbackAnswers(csat: 5), Score(ces: ces, inbound: inbound, reopens: reopens)));
        Assert.DoesNotContain(plan.Activities, a => a.RuleId == FollowUpRuleIds.Promoter);
        Assert.Contains(plan.Trace, t => t.StartsWith("promoter: does not fire") && t.Contains("effort issues"));
    }

    [Fact]
    public void Promoter_does_not_ask_for_reviews_on_a_predicted_csat_by_default()
    {
        Assert.False(Fires(Resolved(Score(csat: 5, ces: 1)), FollowUpRuleIds.Promoter));
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(4, false)]
    public void High_effort_fires_on_a_surveyed_ces_of_five_or_more(int ces, bool fires)
    {
        Assert.Equal(fires, Fires(Feedback(new FeedbackAnswers(ces: ces)), FollowUpRuleIds.HighEffort));
    }

    [Theory]
    [InlineData(3, 0, 2.0, true)]
    [InlineData(2, 0, 2.0, false)]
    [InlineData(1, 1, 2.0, true)]
    [InlineData(1, 0, 5.0, true)]
    [InlineData(1, 0, 4.99, false)]
    public void High_effort_fires_at_resolution_on_contacts_reopens_or_predicted_ces(int inbound, int reopens, double ces, bool fires)
    {
        Assert.Equal(fires, Fires(Resolved(Score(ces: ces, inbound: inbound, reopens: reopens)), FollowUpRuleIds.HighEffort));
    }

    [Fact]
    public void Reopened_fires_on_a_reopening_only_as_a_priority_call_back()
    {
        var call = Plan(Reopened()).Activities.Single(a => a.RuleId == FollowUpRuleIds.Reopened);
        Assert.Equal(ActivityKind.PhoneCall, call.Kind);
        Assert.Equal(ActivityPriority.High, call.Priority);
        Assert.Contains("reopens so far: 1", call.Description);
        Assert.False(Fires(Resolved(Score(reopens: 1)), FollowUpRuleIds.Reopened));
    }

    [Fact]
    public void Resolve_by_missed_plans_an_apology_task_and_a_draft_email()
    {
        var plan = Plan(Resolved(Score(resolveByMet: false)));
        var mine = plan.Activities.Where(a => a.RuleId == FollowUpRuleIds.ResolveByMissed).ToList();
        Assert.Equal(new[] { ActivityKind.Task, ActivityKind.EmailDraft }, mine.Select(a => a.Kind));
        Assert.Equal(Contact.Ref, mine[1].Recipient);
        Assert.Contains("Dear Dana Reyes", mine[1].Description);
        Assert.Contains("2025-03-27 17:00", mine[0].Description);
        Assert.False(Fires(Resolved(Score(resolveByMet: true)), FollowUpRuleIds.ResolveByMissed));
    }

    [Theory]
    [InlineData(-0.5, true, true)]
    [InlineData(-0.9, true, true)]
    [InlineData(-0.49, true, false)]
    [InlineData(-0.9, false, false)]
    public void Angry_email_fires_at_minus_half_or_below_on_an_open_case(double sentiment, bool open, bool fires)
    {
        Assert.Equal(fires, Fires(Email(sentiment, open), FollowUpRuleIds.AngryEmail));
    }

    [Fact]
    public void Angry_email_is_due_within_one_business_hour()
    {
        var task = Plan(Email(-0.8)).Activities.Single();
        Assert.Equal(ActivityKind.Task, task.Kind);
        Assert.Equal(Now.AddHours(1), task.DueUtc);
        Assert.Contains("sentiment -0.8", task.Description);
    }

    [Fact]
    public void A_disabled_rule_never_fires()
    {
        var settings = FollowUpSettings.Parse("""{ "rules": [ { "id": "angry-email", "enabled": false } ] }""");
        var plan = Plan(Email(-1), settings);
        Assert.Empty(plan.Activities);
        Assert.Contains("angry-email: disabled", plan.Trace);
    }
}
