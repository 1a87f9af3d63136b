using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CxJourney.Plugins.Domain.Calendar;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>
/// Decides which follow-up activities an event calls for. Pure and deterministic (the clock is in the
/// context), so re-running it on a re-delivered event plans nothing new once the first run's activities exist.
/// Steps, each leaving a line in the trace or a <see cref="SkippedFollowUp"/>:
/// <list type="number">
/// <item>Evaluate every enabled rule (<see cref="RuleEvaluator"/>).</item>
/// <item>Inactive contact: nothing at all.</item>
/// <item>Never twice: skip a rule with an open follow-up on the same case (or contact), and a rule that fired for
/// the contact within its once-per-contact window.</item>
/// <item>Owner: case owner, else contact owner, else configured team (escalations: the owner's manager first,
/// else that chain plus the CX team queue). No owner: skipped.</item>
/// <item>Due time from the business calendar.</item>
/// <item>Throttle: at most N follow-ups per contact in D days counting earlier ones; highest rule priority wins,
/// ties in canonical rule order.</item>
/// <item>Consent: do-not-phone turns a call into a task; do-not-email drops the email draft.</item>
/// </list>
/// </summary>
public static class FollowUpPlanner
{
    public static FollowUpPlan Plan(FollowUpContext context, FollowUpSettings settings, BusinessCalendar calendar)
    {
        if (context == null) throw new ArgumentNullException(nameof(context));
        if (settings == null) throw new ArgumentNullException(nameof(settings));
        if (calendar == null) throw new ArgumentNullException(nameof(calendar));
        var run = new Run(context, settings, calendar, BusinessCalendar.AsUtc(context.NowUtc, nameof(context)));

        var matched = FiringRules(run);
        if (matched.Count == 0 || !ContactIsActive(run, matched) || !HasRegarding(run, matched))
            return run.Done();
        var candidates = Candidates(run, matched);
        foreach (var winner in Throttled(run, candidates))
            AddActivities(run, winner);
        return run.Done();
    }

    /// <summary>Step 1: the enabled rules the event fires, each with a line in the trace.</summary>
    private static List<FollowUpRuleSettings> FiringRules(Run run)
    {
        var matched = new List<FollowUpRuleSettings>();
        foreach (var rule in run.Settings.Rules)
        {
            if (!rule.Enabled)
            {
                run.Trace.Add(rule.Id + ": disabled");
                continue;
            }
            var verdict = RuleEvaluator.Evaluate(rule, run.Context.Event, run.Settings);
            run.Trace.Add(rule.Id + ": " + (verdict.Matched ? "fires (" + verdict.Why + ")" : "does not fire (" + verdict.Why + ")"));
            if (verdict.Matched)
                matched.Add(rule);
        }
        return matched;
    }

    /// <summary>Step 2: an inactive contact gets nothing at all.</summary>
    private static bool ContactIsActive(Run run, List<FollowUpRuleSettings> matched)
    {
        if (run.Contact == null || run.Contact.IsActive) return true;
        foreach (var rule in matched)
            run.Skip(rule.Id, SkipReason.ContactInactive, "the contact is inactive, so no follow-up is created");
        return false;
    }

    /// <summary>The case, else the contact, is what a follow-up regards; without either there is none.</summary>
    private static bool HasRegarding(Run run, List<FollowUpRuleSettings> matched)
    {
        if (run.Regarding != null) return true;
        foreach (var rule in matched)
            run.Skip(rule.Id, SkipReason.NoRegarding, "there is neither a case nor a contact for the follow-up to regard");
        return false;
    }

    /// <summary>Steps 3 to 5: never twice, an owner, a due time; what passes all three is a candidate.</summary>
    private static List<Candidate> Candidates(Run run, List<FollowUpRuleSettings> matched)
    {
        var candidates = new List<Candidate>();
        foreach (var rule in matched)
        {
            if (run.Context.OpenFollowUpRules.Any(r => string.Equals(r, rule.Id, StringComparison.Ordinal)))
            {
                run.Skip(rule.Id, SkipReason.AlreadyOpen, $"an open follow-up from this rule already regards {Describe(run.Regarding!)}");
                continue;
            }
            if (FiredRecently(run, rule))
                continue;
            var owner = ResolveOwner(rule, run.Context.Owners);
            if (owner == null)
            {
                run.Skip(rule.Id, SkipReason.NoOwner, "no case owner, contact owner or configured team to own it");
                continue;
            }
            DateTime due;
            try
            {
                due = rule.Due.DueFrom(run.Now, run.Calendar);
            }
            catch (BusinessCalendarException e)
            {
                run.Skip(rule.Id, SkipReason.CalendarError, e.Message);
                continue;
            }
            candidates.Add(new Candidate(rule, owner, due));
        }
        return candidates;
    }

    /// <summary>The rule's once-per-contact window: true (and skipped) when it fired for the contact within it.</summary>
    private static bool FiredRecently(Run run, FollowUpRuleSettings rule)
    {
        if (rule.OncePerContactDays is not int days) return false;
        if (run.Contact == null)
        {
            run.Trace.Add($"{rule.Id}: no contact, so its once-per-{days}-days limit cannot be checked");
            return false;
        }
        var since = run.Now.AddDays(-days);
        var earlier = run.Context.RecentContactFollowUps
            .Where(f => f.RuleId == rule.Id && f.CreatedOnUtc > since)
            .OrderByDescending(f => f.CreatedOnUtc)
            .FirstOrDefault();
        if (earlier == null) return false;
        run.Skip(rule.Id, SkipReason.OncePerContact,
            $"already created for this contact on {Format(earlier.CreatedOnUtc)} UTC; at most once per {days} days");
        return true;
    }

    /// <summary>Step 6: the per-contact throttle; highest rule priority first, ties in canonical rule order.</summary>
    private static List<Candidate> Throttled(Run run, List<Candidate> candidates)
    {
        var ordered = candidates
            .OrderByDescending(c => c.Rule.Priority)
            .ThenBy(c => FollowUpRuleIds.Order(c.Rule.Id))
            .ToList();
        if (run.Contact == null)
        {
            if (ordered.Count > 0)
                run.Trace.Add("throttle: no contact, so the per-contact throttle does not apply");
            return ordered;
        }
        var throttle = run.Settings.Throttle;
        var since = run.Now.AddDays(-throttle.PerDays);
        var used = run.Context.RecentContactFollowUps.Count(f => f.Kind != ActivityKind.EmailDraft && f.CreatedOnUtc > since);
        var room = Math.Max(0, throttle.MaxFollowUps - used);
        var winners = ordered.Take(room).ToList();
        run.Trace.Add($"throttle: {used} follow-up(s) in the last {throttle.PerDays} days, at most {throttle.MaxFollowUps}; room for {room}");
        foreach (var loser in ordered.Skip(room))
        {
            var message = $"the contact already has {used} follow-up(s) in the last {throttle.PerDays} days and at most {throttle.MaxFollowUps} are allowed";
            if (winners.Count > 0)
                message += "; higher-priority " + string.Join(", ", winners.Select(w => w.Rule.Id)) + " went first";
            run.Skip(loser.Rule.Id, SkipReason.Throttled, message);
        }
        return winners;
    }

    /// <summary>Step 7: the activity, with consent applied (do-not-phone: a task), then its email draft if the rule has one.</summary>
    private static void AddActivities(Run run, Candidate c)
    {
        var rule = c.Rule;
        var contact = run.Contact;
        var values = Values(run.Context, run.Calendar, rule, c.Due);
        var notes = new List<string>(c.Owner.Notes);
        var kind = rule.Activity;
        if (kind == ActivityKind.PhoneCall && contact != null && contact.DoNotPhone)
        {
            kind = ActivityKind.Task;
            notes.Add("The contact does not want phone calls (do not phone), so this is a task instead of a call; reach out in writing.");
        }
        var description = rule.Description.Render(values);
        if (notes.Count > 0)
            description += "\n\n" + string.Join("\n", notes);
        run.Activities.Add(new PlannedActivity
        {
            RuleId = rule.Id,
            Kind = kind,
            Regarding = run.Regarding!,
            Owner = c.Owner.Owner,
            OwnerSource = c.Owner.Source,
            Queue = c.Owner.Queue,
            Recipient = kind == ActivityKind.PhoneCall ? contact?.Ref : null,
            Subject = Cut(rule.Subject.Render(values), PlannedActivity.SubjectMaxLength),
            Description = Cut(description, PlannedActivity.DescriptionMaxLength),
            DueUtc = c.Due,
            Priority = rule.ActivityPriority,
            RulePriority = rule.Priority,
            Notes = notes,
        });
        run.Trace.Add($"{rule.Id}: planned {kind} for {c.Owner.Owner} ({c.Owner.Source}) due {Format(c.Due)} UTC");
        AddEmailDraft(run, c, values);
    }

    /// <summary>The rule's email draft: never sent automatically, and not prepared without a contact who accepts email.</summary>
    private static void AddEmailDraft(Run run, Candidate c, Dictionary<string, string?> values)
    {
        var rule = c.Rule;
        var contact = run.Contact;
        if (rule.EmailDraft == null)
            return;
        if (contact == null)
        {
            run.Skip(rule.Id, SkipReason.NoRecipient, "the email draft was not prepared: there is no contact to write to");
            return;
        }
        if (contact.DoNotEmail)
        {
            run.Skip(rule.Id, SkipReason.DoNotEmail, "the email draft was not prepared: the contact does not want email (do not email)");
            return;
        }
        run.Activities.Add(new PlannedActivity
        {
            RuleId = rule.Id,
            Kind = ActivityKind.EmailDraft,
            Regarding = run.Regarding!,
            Owner = c.Owner.Owner,
            OwnerSource = c.Owner.Source,
            Queue = null,
            Recipient = contact.Ref,
            Subject = Cut(rule.EmailDraft.Subject.Render(values), PlannedActivity.SubjectMaxLength),
            Description = rule.EmailDraft.Body.Render(values),
            DueUtc = c.Due,
            Priority = rule.ActivityPriority,
            RulePriority = rule.Priority,
            Notes = new[] { "A draft for the owner to review and send; never sent automatically." },
        });
        run.Trace.Add($"{rule.Id}: planned an email draft to {contact.Ref}");
    }

    /// <summary>Who owns a rule's activity (see the class comment); null when nobody can.</summary>
    public static OwnerChoice? ResolveOwner(FollowUpRuleSettings rule, OwnerFacts owners)
    {
        if (rule == null) throw new ArgumentNullException(nameof(rule));
        if (owners == null) throw new ArgumentNullException(nameof(owners));
        if (rule.AssignTo == FollowUpAssignee.OwnerManager && owners.CaseOwnerManager != null)
            return new OwnerChoice(owners.CaseOwnerManager, OwnerSource.OwnerManager, null, new string[0]);

        OwnerChoice? chain = owners.CaseOwner != null ? new OwnerChoice(owners.CaseOwner, OwnerSource.CaseOwner, null, new string[0])
            : owners.ContactOwner != null ? new OwnerChoice(owners.ContactOwner, OwnerSource.ContactOwner, null, new string[0])
            : owners.FallbackTeam != null ? new OwnerChoice(owners.FallbackTeam, OwnerSource.ConfiguredTeam, null, new string[0])
            : null;
        if (chain == null || rule.AssignTo != FollowUpAssignee.OwnerManager)
            return chain;
        return owners.CxTeamQueue != null
            ? chain with { Queue = owners.CxTeamQueue, Notes = new[] { "The case owner has no manager on record, so this escalation is also routed to the CX team queue." } }
            : chain with { Notes = new[] { "The case owner has no manager on record and no CX team queue is configured; escalate this yourself." } };
    }

    private static Dictionary<string, string?> Values(FollowUpContext context, BusinessCalendar calendar, FollowUpRuleSettings rule, DateTime due)
    {
        var ev = context.Event;
        var score = ev.Score;
        var answer = ev.Feedback;
        var csatSurveyed = answer?.Csat != null || (score?.Csat.IsSurveyed ?? false);
        var cesSurveyed = answer?.Ces != null || (score?.Ces.IsSurveyed ?? false);
        double? csat = answer?.Csat ?? score?.Csat.Value;
        double? ces = answer?.Ces ?? score?.Ces.Value;
        var sentiment = ev.EmailSentiment ?? score?.SentimentAverage;
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["caseNumber"] = ev.Case?.TicketNumber,
            ["caseTitle"] = ev.Case?.Title,
            ["contactName"] = string.IsNullOrEmpty(context.Contact?.FullName) ? "the customer" : context.Contact!.FullName,
            ["csat"] = csat.HasValue ? Number(csat.Value) : null,
            ["csatSource"] = csat.HasValue ? (csatSurveyed ? "surveyed" : "predicted") : null,
            ["ces"] = ces.HasValue ? Number(ces.Value) : null,
            ["cesSource"] = ces.HasValue ? (cesSurveyed ? "surveyed" : "predicted") : null,
            ["nps"] = (answer?.Nps ?? score?.Nps)?.ToString(CultureInfo.InvariantCulture),
            ["sentiment"] = sentiment.HasValue ? Number(sentiment.Value) : null,
            ["reopens"] = (score?.Reopens ?? ev.Case?.ReopenCount)?.ToString(CultureInfo.InvariantCulture),
            ["inboundContacts"] = score?.InboundContacts.ToString(CultureInfo.InvariantCulture),
            ["resolveBy"] = score != null ? Format(calendar.ToLocal(score.ResolveByUtc)) : null,
            ["due"] = Format(calendar.ToLocal(due)),
            ["rule"] = rule.Id,
        };
    }

    private static string Describe(RecordRef r) => r.LogicalName == "incident" ? "this case" : "this contact";

    private static string Number(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Format(DateTime d) => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Cut(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 3) + "...";

    /// <summary>One planning run: its inputs and what it has decided so far (a local of <see cref="Plan"/>, never shared).</summary>
    private sealed class Run
    {
        public Run(FollowUpContext context, FollowUpSettings settings, BusinessCalendar calendar, DateTime now)
        {
            Context = context;
            Settings = settings;
            Calendar = calendar;
            Now = now;
            Regarding = context.Event.Case?.Ref ?? context.Contact?.Ref;
        }

        public FollowUpContext Context { get; }
        public FollowUpSettings Settings { get; }
        public BusinessCalendar Calendar { get; }
        public DateTime Now { get; }
        public ContactFacts? Contact => Context.Contact;
        public RecordRef? Regarding { get; }
        public List<string> Trace { get; } = new();
        public List<SkippedFollowUp> Skipped { get; } = new();
        public List<PlannedActivity> Activities { get; } = new();

        public void Skip(string ruleId, SkipReason reason, string message)
        {
            Skipped.Add(new SkippedFollowUp(ruleId, reason, message));
            Trace.Add(ruleId + ": skipped, " + message);
        }

        public FollowUpPlan Done() => new(Activities, Skipped, Trace);
    }

    private sealed class Candidate
    {
        public Candidate(FollowUpRuleSettings rule, OwnerChoice owner, DateTime due)
        {
            Rule = rule;
            Owner = owner;
            Due = due;
        }

        public FollowUpRuleSettings Rule { get; }
        public OwnerChoice Owner { get; }
        public DateTime Due { get; }
    }
}
