using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Calendar;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Tests.Domain.Calendar;
using static CxJourney.Plugins.Tests.Domain.Calendar.Calendars;
using static CxJourney.Plugins.Tests.Domain.FollowUps.FollowUpFixtures;

namespace CxJourney.Plugins.Tests.Domain.FollowUps;

public class FollowUpPlannerTests
{
    /// <summary>Resolved late, predicted CSAT 1.5 and three inbound contacts: poor-case (80), resolve-by-missed (60), high-effort (50).</summary>
    private static FollowUpContext ThreeRules() => Resolved(Score(csat: 1.5, inbound: 3, resolveByMet: false));

    [Fact]
    public void An_open_follow_up_from_the_same_rule_is_not_duplicated()
    {
        var plan = Plan(ThreeRules() with { OpenFollowUpRules = new[] { FollowUpRuleIds.PoorCase } });
        Assert.DoesNotContain(plan.Activities, a => a.RuleId == FollowUpRuleIds.PoorCase);
        var skip = Assert.Single(plan.Skipped, s => s.RuleId == FollowUpRuleIds.PoorCase);
        Assert.Equal(SkipReason.AlreadyOpen, skip.Reason);
        Assert.Contains(plan.Activities, a => a.RuleId == FollowUpRuleIds.ResolveByMissed);
    }

    [Fact]
    public void Re_delivering_the_same_event_plans_nothing_new()
    {
        var context = Resolved(Score(csat: 1.5));
        var first = Plan(context);
        Assert.Single(first.Activities);
        var again = Plan(context with
        {
            OpenFollowUpRules = first.Activities.Select(a => a.RuleId).ToList(),
            RecentContactFollowUps = first.Activities.Select(a => new RecentFollowUp(a.RuleId, Now, a.Kind)).ToList(),
        });
        Assert.Empty(again.Activities);
        Assert.Equal(SkipReason.AlreadyOpen, Assert.Single(again.Skipped).Reason);
    }

    [Fact]
    public void The_throttle_lets_the_highest_priority_rules_through()
    {
        var plan = Plan(ThreeRules());
        // Two allowed in 7 days: poor-case (80) and resolve-by-missed (60) beat high-effort (50).
        Assert.Equal(new[] { FollowUpRuleIds.PoorCase, FollowUpRuleIds.ResolveByMissed, FollowUpRuleIds.ResolveByMissed },
            plan.Activities.Select(a => a.RuleId));
        var skip = Assert.Single(plan.Skipped);
        Assert.Equal(FollowUpRuleIds.HighEffort, skip.RuleId);
        Assert.Equal(SkipReason.Throttled, skip.Reason);
        Assert.Contains("higher-priority poor-case, resolve-by-missed went first", skip.Message);
    }

    [Fact]
    public void Earlier_follow_ups_inside_the_window_use_up_the_throttle_but_older_ones_and_drafts_do_not()
    {
        var recent = new[]
        {
            new RecentFollowUp(FollowUpRuleIds.AngryEmail, Now.AddDays(-2)),
            new RecentFollowUp(FollowUpRuleIds.ResolveByMissed, Now.AddDays(-3), ActivityKind.EmailDraft),
            new RecentFollowUp(FollowUpRuleIds.Detractor, Now.AddDays(-8)),
        };
        var plan = Plan(ThreeRules() with { RecentContactFollowUps = recent });
        Assert.Equal(FollowUpRuleIds.PoorCase, plan.Activities.Select(a => a.RuleId).Distinct().Single());
        Assert.Equal(2, plan.Skipped.Count(s => s.Reason == SkipReason.Throttled));
        Assert.Contains(plan.Trace, t => t.Contains("1 follow-up(s) in the last 7 days, at most 2; room for 1"));
    }

    [Fact]
    public void A_full_throttle_plans_nothing_and_says_why()
    {
        var recent = new[] { new RecentFollowUp(FollowUpRuleIds.AngryEmail, Now.AddHours(-1)), new RecentFollowUp(FollowUpRuleIds.Reopened, Now.AddDays(-6)) };
        var plan = Plan(Email(-0.9) with { RecentContactFollowUps = recent });
        Assert.Empty(plan.Activities);
        Assert.Contains("already has 2 follow-up(s) in the last 7 days and at most 2 are allowed", Assert.Single(plan.Skipped).Message);
    }

    [Fact]
    public void The_throttle_is_configurable()
    {
        var settings = FollowUpSettings.Parse("""{ "throttle": { "maxFollowUps": 3 } }""");
        Assert.Equal(7, settings.Throttle.PerDays);
        Assert.Equal(3, Plan(ThreeRules(), settings).Activities.Select(a => a.RuleId).Distinct().Count());
    }

    [Theory]
    [InlineData(89, false)]
    [InlineData(91, true)]
    public void Promoter_requests_go_out_at_most_once_per_contact_in_ninety_days(int daysAgo, bool planned)
    {
        var plan = Plan(Feedback(new FeedbackAnswers(nps: 10)) with
        {
            RecentContactFollowUps = new[] { new RecentFollowUp(FollowUpRuleIds.Promoter, Now.AddDays(-daysAgo)) },
        });
        Assert.Equal(planned, plan.Activities.Any(a => a.RuleId == FollowUpRuleIds.Promoter));
        if (!planned)
            Assert.Equal(SkipReason.OncePerContact, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void Do_not_phone_turns_the_call_into_a_task()
    {
        var plan = Plan(Resolved(Score(csat: 1)) with { Contact = new ContactFacts(Contact.Id, doNotPhone: true, fullName: "Dana Reyes") });
        var a = Assert.Single(plan.Activities);
        Assert.Equal(FollowUpRuleIds.PoorCase, a.RuleId);
        Assert.Equal(ActivityKind.Task, a.Kind);
        Assert.Null(a.Recipient);
        Assert.Contains("does not want phone calls", a.Description);
    }

    [Fact]
    public void Do_not_email_drops_the_draft_but_keeps_the_task()
    {
        var plan = Plan(Resolved(Score(resolveByMet: false)) with { Contact = new ContactFacts(Contact.Id, doNotEmail: true) });
        Assert.Equal(ActivityKind.Task, Assert.Single(plan.Activities).Kind);
        Assert.Equal(SkipReason.DoNotEmail, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void An_inactive_contact_gets_nothing()
    {
        var plan = Plan(ThreeRules() with { Contact = new ContactFacts(Contact.Id, isActive: false) });
        Assert.Empty(plan.Activities);
        Assert.Equal(3, plan.Skipped.Count);
        Assert.All(plan.Skipped, s => Assert.Equal(SkipReason.ContactInactive, s.Reason));
    }

    [Fact]
    public void Ownership_falls_back_from_case_owner_to_contact_owner_to_team()
    {
        var context = Resolved(Score(csat: 1));
        PlannedActivity Planned(OwnerFacts f) => Assert.Single(Plan(context with { Owners = f }).Activities);

        Assert.Equal(CaseOwner, Planned(AllOwners).Owner);
        Assert.Equal(OwnerSource.CaseOwner, Planned(AllOwners).OwnerSource);
        Assert.Equal(ContactOwner, Planned(AllOwners with { CaseOwner = null }).Owner);
        Assert.Equal(OwnerSource.ConfiguredTeam, Planned(new OwnerFacts { FallbackTeam = Team }).OwnerSource);
        var plan = Plan(context with { Owners = new OwnerFacts() });
        Assert.Empty(plan.Activities);
        Assert.Equal(SkipReason.NoOwner, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void An_escalation_without_a_manager_goes_to_the_owner_and_the_cx_queue()
    {
        var plan = Plan(Feedback(new FeedbackAnswers(nps: 2)) with { Owners = AllOwners with { CaseOwnerManager = null } });
        var task = Assert.Single(plan.Activities);
        Assert.Equal(CaseOwner, task.Owner);
        Assert.Equal(Queue, task.Queue);
        Assert.Contains("CX team queue", task.Description);
    }

    [Fact]
    public void Feedback_without_a_case_regards_the_contact()
    {
        var context = new FollowUpContext(FollowUpEvent.FeedbackReceived(null, null, new FeedbackAnswers(nps: 1)), Now) { Contact = Contact, Owners = new OwnerFacts { ContactOwner = ContactOwner } };
        var task = Assert.Single(Plan(context).Activities);
        Assert.Equal(Contact.Ref, task.Regarding);
        Assert.Equal(ContactOwner, task.Owner);
        Assert.Contains("case n/a", task.Subject);
    }

    [Fact]
    public void Due_times_follow_the_calendar_time_zone()
    {
        // Friday 28 March 2025 15:00 UTC is 16:00 in Paris: 1 hour left, then Monday 09:00 CEST (07:00 UTC) + 3.
        var paris = Calendars.Weekdays("Romance Standard Time");
        var call = FollowUpPlanner.Plan(Resolved(Score(csat: 1)), FollowUpSettings.Default, paris).Activities.Single();
        Assert.Equal(Utc(2025, 3, 31, 10), call.DueUtc);
        Assert.Contains("before 2025-03-31 12:00", call.Description);
    }

    [Fact]
    public void A_calendar_without_working_time_skips_follow_ups_with_the_reason()
    {
        var week = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> { [DayOfWeek.Monday] = new[] { Calendars.Period(9, 17) } };
        var cal = BusinessCalendar.Create(TimeZoneInfo.Utc, week, Enumerable.Range(0, 600).Select(i => new Holiday(new DateTime(2025, 3, 31).AddDays(7 * i))));
        var plan = FollowUpPlanner.Plan(Resolved(Score(csat: 1)), FollowUpSettings.Default, cal);
        Assert.Empty(plan.Activities);
        Assert.Equal(SkipReason.CalendarError, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void Planning_is_deterministic()
    {
        var a = Plan(ThreeRules());
        var b = Plan(ThreeRules());
        Assert.Equal(a.Summary(), b.Summary());
        Assert.Equal(a.Trace, b.Trace);
        Assert.Equal(a.Activities.Select(x => (x.RuleId, x.Kind, x.DueUtc, x.Subject, x.Description)), b.Activities.Select(x => (x.RuleId, x.Kind, x.DueUtc, x.Subject, x.Description)));
    }

    [Fact]
    public void The_summary_names_what_was_planned_and_what_was_skipped()
    {
        var summary = Plan(ThreeRules()).Summary();
        Assert.StartsWith("Planned: poor-case (PhoneCall), resolve-by-missed (Task), resolve-by-missed (EmailDraft).", summary);
        Assert.Contains("Skipped: high-effort: the contact already has 0 follow-up(s)", summary);
        Assert.Equal("No follow-up rule applied.", Plan(Resolved(Score())).Summary());
    }

    [Fact]
    public void An_invalid_configuration_plan_carries_the_problem()
    {
        var plan = FollowUpPlan.InvalidConfiguration("Invalid configuration at line 2, column 5 ($.rules[0].id): unknown rule \"x\"");
        Assert.Empty(plan.Activities);
        Assert.Equal(SkipReason.InvalidConfiguration, Assert.Single(plan.Skipped).Reason);
        Assert.Contains("line 2, column 5", plan.Summary());
    }

    [Fact]
    public void Long_texts_are_cut_to_the_column_lengths()
    {
        var settings = FollowUpSettings.Parse("{ \"rules\": [ { \"id\": \"poor-case\", \"subject\": \"" + new string('x', 300) + "\", \"description\": \"" + new string('y', 3000) + "\" } ] }");
        var call = Plan(Resolved(Score(csat: 1)), settings).Activities.Single();
        Assert.Equal(PlannedActivity.SubjectMaxLength, call.Subject.Length);
        Assert.Equal(PlannedActivity.DescriptionMaxLength, call.Description.Length);
        Assert.EndsWith("...", call.Subject);
    }
}
