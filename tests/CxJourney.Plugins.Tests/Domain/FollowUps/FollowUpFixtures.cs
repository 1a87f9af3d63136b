using System;
using CxJourney.Plugins.Domain.Calendar;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Tests.Domain.Calendar;
using static CxJourney.Plugins.Tests.Domain.Calendar.Calendars;

namespace CxJourney.Plugins.Tests.Domain.FollowUps;

/// <summary>A case, its contact and owners, and a clock (Friday 28 March 2025 15:00 UTC, UTC weekday calendar).</summary>
internal static class FollowUpFixtures
{
    public static readonly BusinessCalendar Cal = Calendars.Weekdays();
    public static readonly DateTime Now = Utc(2025, 3, 28, 15);

    public static readonly RecordRef CaseOwner = new("systemuser", new Guid("11111111-0000-0000-0000-000000000001"));
    public static readonly RecordRef Manager = new("systemuser", new Guid("11111111-0000-0000-0000-000000000002"));
    public static readonly RecordRef ContactOwner = new("systemuser", new Guid("11111111-0000-0000-0000-000000000003"));
    public static readonly RecordRef Team = new("team", new Guid("11111111-0000-0000-0000-000000000004"));
    public static readonly RecordRef Queue = new("queue", new Guid("11111111-0000-0000-0000-000000000005"));

    public static readonly CaseFacts ResolvedCase = new(new Guid("22222222-0000-0000-0000-000000000001"), isOpen: false, "CAS-01001", "Router keeps dropping");
    public static readonly ContactFacts Contact = new(new Guid("33333333-0000-0000-0000-000000000001"), fullName: "Dana Reyes");

    public static readonly OwnerFacts AllOwners = new() { CaseOwner = CaseOwner, CaseOwnerManager = Manager, ContactOwner = ContactOwner, FallbackTeam = Team, CxTeamQueue = Queue };

    /// <summary>A resolved case's score with the given CSAT/CES (predicted unless said otherwise) and operational facts.</summary>
    public static CaseScore Score(double csat = 4, double ces = 2, bool surveyed = false, int inbound = 1, int reopens = 0, bool? resolveByMet = true) => new()
    {
        Csat = new ScoredValue(csat, surveyed ? ScoreSource.Surveyed : ScoreSource.Predicted, null, null),
        Ces = new ScoredValue(ces, surveyed ? ScoreSource.Surveyed : ScoreSource.Predicted, null, null),
        InboundContacts = inbound,
        Reopens = reopens,
        FirstContactResolution = inbound <= 1 && reopens == 0,
        ResolveByMet = resolveByMet,
        ResolveByUtc = Utc(2025, 3, 27, 17),
        Composite = 70,
    };

    public static FollowUpContext Resolved(CaseScore score) =>
        new(FollowUpEvent.CaseResolved(ResolvedCase, score), Now) { Contact = Contact, Owners = AllOwners };

    public static FollowUpContext Feedback(FeedbackAnswers answers, CaseScore? score = null) =>
        new(FollowUpEvent.FeedbackReceived(ResolvedCase, score ?? Score(), answers), Now) { Contact = Contact, Owners = AllOwners };

    public static FollowUpContext Reopened() =>
        new(FollowUpEvent.CaseReopened(new CaseFacts(ResolvedCase.Id, isOpen: true, "CAS-01001", "Router keeps dropping", reopenCount: 1)), Now) { Contact = Contact, Owners = AllOwners };

    public static FollowUpContext Email(double sentiment, bool caseOpen = true) =>
        new(FollowUpEvent.InboundEmail(new CaseFacts(ResolvedCase.Id, caseOpen, "CAS-01001", "Router keeps dropping"), sentiment), Now) { Contact = Contact, Owners = AllOwners };

    public static FollowUpPlan Plan(FollowUpContext context, FollowUpSettings? settings = null) =>
        FollowUpPlanner.Plan(context, settings ?? FollowUpSettings.Default, Cal);
}
