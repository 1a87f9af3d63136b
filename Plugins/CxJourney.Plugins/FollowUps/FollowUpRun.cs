using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// One execution of the follow-up rules: gathers the facts the domain planner needs (case, contact, owners,
/// existing follow-ups), runs it, creates what it planned and composes the status. Lives for one Execute call.
/// A case event comes from the scoring job (<see cref="Scoring.CaseScoringPlugin"/>), which has read the case, the
/// environment variables and the touchpoint aggregate already and stores the status with the score in its one
/// Upsert; an upset email comes from the journey rollup's job (<see cref="UpsetEmail"/>). Calls of its own: only when a rule fires, the
/// contact's follow-ups (task and phone call), the CX team or queue when needed, one Create per activity.
/// Nothing depends on how many touchpoints the case has.
/// </summary>
public sealed class FollowUpRun
{
    private readonly ILocalPluginContext _context;
    private readonly IOrganizationService _service;
    private readonly DateTime _now;
    private readonly string _eventStamp;
    private readonly string _operationStamp;

    public FollowUpRun(ILocalPluginContext context)
    {
        _context = context;
        _service = context.SystemService;
        _now = PluginClock.Now(context.ExecutionContext);
        _eventStamp = context.ExecutionContext.CorrelationId.ToString("D") + "|" + _now.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A resolution's follow-ups have ids that depend on the operation only: a job delivered again (it failed after
        // creating them, before its score was stored) collides with the first delivery's Creates instead of adding activities.
        _operationStamp = context.ExecutionContext.CorrelationId.ToString("D") + "|resolved";
    }

    /// <summary>
    /// The follow-ups of a case event, planned from the score the scoring job has just computed (same reads, same
    /// job): creates what the rules call for and answers the status to store with that score, or null when this
    /// resolution was already followed up and the stored status stands.
    /// </summary>
    public string? OnCaseEvent(CaseEvent ev, ScoredCase scored, EnvironmentSettings environment)
    {
        var record = scored.Case;
        var configuration = FollowUpConfiguration.From(environment);
        var label = Label(ev.Kind);
        if (!configuration.IsUsable)
            return Invalid(configuration, label);
        if ((ev.Kind == CaseEventKind.Resolved && !record.IsResolved) || (ev.Kind == CaseEventKind.Reopened && !record.IsOpen))
        {
            // A late or re-delivered job: the case has moved on, and the event that did so planned its own follow-ups.
            _context.Trace($"{label}, but the case is now in state {record.State}: this event is out of date; nothing planned.");
            return CaseScoreRow.Cut($"{label} (out of date: the case is now in state {record.State}); no follow-up planned.");
        }

        // The status of a resolution is stamped with the resolution's own time; a status already carrying that
        // stamp means this resolution was followed up (by an earlier delivery of this job), so it is not planned again.
        var statusTime = ev.Kind == CaseEventKind.Resolved && record.ResolvedOn.HasValue ? record.ResolvedOn.Value : _now;
        if (ev.Kind == CaseEventKind.Resolved && AlreadyFollowedUp(record, label))
            return null;

        var contactOfCase = record.Contact;
        var feedbackContact = ev.Feedback?.GetAttributeValue<EntityReference>(FeedbackColumns.Contact);
        if (contactOfCase == null && feedbackContact != null)
            contactOfCase = CaseQuery.ReadContact(_service, feedbackContact.Id);

        var facts = new CaseFacts(record.Id, record.IsOpen, record.TicketNumber, record.Title, scored.Score.Reopens);
        var followUpEvent = ev.Kind switch
        {
            CaseEventKind.Resolved => FollowUpEvent.CaseResolved(facts, scored.Score),
            CaseEventKind.Reopened => FollowUpEvent.CaseReopened(facts),
            _ => FollowUpEvent.FeedbackReceived(facts, scored.Score, Answers(ev.Feedback!)),
        };
        return Plan(followUpEvent, record, contactOfCase, configuration, label, ev.Kind == CaseEventKind.Resolved ? _operationStamp : _eventStamp, statusTime);
    }

    /// <summary>Feedback about no case: the feedback rules for its contact (no score row to report on).</summary>
    public void OnFeedbackWithoutCase(CaseEvent ev, EnvironmentSettings environment)
    {
        var configuration = FollowUpConfiguration.From(environment);
        var label = Label(ev.Kind);
        if (!configuration.IsUsable)
        {
            Invalid(configuration, label);
            return;
        }
        var contactRef = ev.Feedback!.GetAttributeValue<EntityReference>(FeedbackColumns.Contact);
        if (contactRef == null)
        {
            _context.Trace("Anonymous feedback about no case: no one to follow up with.");
            return;
        }
        var contact = CaseQuery.ReadContact(_service, contactRef.Id);
        if (contact == null)
        {
            _context.Trace($"Contact {contactRef.Id:D} no longer exists.");
            return;
        }
        Plan(FollowUpEvent.FeedbackReceived(null, null, Answers(ev.Feedback!)), null, contact, configuration, label, _eventStamp, _now);
    }

    /// <summary>Whether the case's follow-up status already carries this resolution's stamp (traced when it does).</summary>
    private bool AlreadyFollowedUp(CaseRecord record, string label)
    {
        var statusTime = record.ResolvedOn ?? _now;
        if (record.FollowUpStatus == null || !record.FollowUpStatus.StartsWith(FollowUpStatus.Stamp(label, statusTime), StringComparison.Ordinal))
            return false;
        _context.Trace($"{label}: this resolution was already followed up ({FollowUpStatus.Stamp(label, statusTime)}); nothing planned.");
        return true;
    }

    public void OnInboundEmail(Guid caseId, double sentiment, EnvironmentSettings environment)
    {
        var configuration = FollowUpConfiguration.From(environment);
        const string label = "Inbound email";
        if (!configuration.IsUsable)
        {
            FollowUpStatus.Write(_service, null, caseId, Invalid(configuration, label));
            return;
        }
        var rule = configuration.Settings!.Rule(FollowUpRuleIds.AngryEmail);
        if (rule == null || !rule.Enabled || !(sentiment <= rule.When.SentimentAtMost))
        {
            _context.Trace($"Email sentiment {sentiment:0.##}: the {FollowUpRuleIds.AngryEmail} rule is off or its threshold is not reached; nothing to do.");
            return;
        }
        var record = CaseQuery.Read(_service, caseId);
        if (record == null)
        {
            _context.Trace($"Case {caseId:D} no longer exists.");
            return;
        }
        var facts = new CaseFacts(record.Id, record.IsOpen, record.TicketNumber, record.Title);
        var status = Plan(FollowUpEvent.InboundEmail(facts, sentiment), record, record.Contact, configuration, label, _eventStamp, _now);
        FollowUpStatus.Write(_service, record, record.Id, status!);
    }

    /// <summary>Runs the rules, creates the planned activities; the status to store on the case's score (null without a case).</summary>
    private string? Plan(FollowUpEvent ev, CaseRecord? record, CaseContact? contact, FollowUpConfiguration configuration, string label, string eventStamp, DateTime statusTime)
    {
        var settings = configuration.Settings!;
        var calendar = configuration.Calendar!;
        var fired = settings.Rules.Where(r => r.Enabled && RuleEvaluator.Evaluate(r, ev, settings).Matched).ToList();
        var owners = OwnerLookup.Facts(record, contact);
        var context = new FollowUpContext(ev, _now)
        {
            Contact = contact == null ? null : new ContactFacts(contact.Reference.Id, contact.IsActive, contact.DoNotPhone, contact.DoNotEmail, contact.FullName),
            Owners = owners,
        };

        var regarding = record?.Reference ?? contact?.Reference;
        var slotsUsed = 0;
        if (fired.Count > 0 && regarding != null && (contact == null || contact.IsActive))
        {
            var existing = ExistingFollowUps.Read(_service, contact?.Reference.Id, regarding, _now.AddDays(-configuration.HistoryDays()));
            if (owners.CaseOwner == null && owners.ContactOwner == null && configuration.TeamName != null)
                owners = owners with { FallbackTeam = OwnerLookup.Team(_service, configuration.TeamName) };
            if (owners.CaseOwnerManager == null && configuration.TeamName != null && fired.Any(r => r.AssignTo == FollowUpAssignee.OwnerManager))
                owners = owners with { CxTeamQueue = OwnerLookup.Queue(_service, configuration.TeamName) };
            context = context with { Owners = owners, OpenFollowUpRules = existing.OpenRules, RecentContactFollowUps = existing.Recent };
            slotsUsed = ThrottleSlots.UsedIn(existing.Recent, _now, settings.Throttle);
        }

        var plan = FollowUpPlanner.Plan(context, settings, calendar);
        foreach (var line in plan.Trace)
            _context.Trace(line);
        var outcomes = FollowUpWriter.Create(_service, plan.Activities, contact?.Reference.Id, contact, eventStamp, _context.Trace, settings.Throttle, _now, slotsUsed);
        return record == null ? null : FollowUpStatus.Compose(label, statusTime, plan, outcomes);
    }

    /// <summary>Traces why nothing is planned; the status that says so.</summary>
    private string Invalid(FollowUpConfiguration configuration, string label)
    {
        var problem = string.Join(" ", configuration.Problems);
        _context.Trace("Follow-ups skipped because of invalid configuration: " + problem);
        return FollowUpStatus.Compose(label, _now, FollowUpPlan.InvalidConfiguration(problem), new string[0]);
    }

    private static FeedbackAnswers Answers(Entity feedback)
    {
        var answeredOn = feedback.GetAttributeValue<DateTime?>(FeedbackColumns.AnsweredOn);
        return new FeedbackAnswers(
            InRange(feedback.GetAttributeValue<int?>(FeedbackColumns.Csat), 1, 5),
            InRange(feedback.GetAttributeValue<int?>(FeedbackColumns.Ces), 1, 7),
            InRange(feedback.GetAttributeValue<int?>(FeedbackColumns.Nps), 0, 10),
            answeredOn.HasValue ? DateTime.SpecifyKind(answeredOn.Value, DateTimeKind.Utc) : null);
    }

    private static int? InRange(int? value, int min, int max) => value.HasValue && value >= min && value <= max ? value : null;

    private static string Label(CaseEventKind kind) => kind switch
    {
        CaseEventKind.Resolved => "Case resolved",
        CaseEventKind.Reopened => "Case reopened",
        _ => "Feedback received",
    };
}
