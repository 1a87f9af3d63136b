using System;
using System.Linq;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Scoring;

/// <summary>
/// The one job of a case event: scores the case into its cx_casescore row when it is resolved, reopened (scored
/// again as open) or gets a feedback answer (the surveyed value replaces the prediction, whose error is kept), plans
/// the event's follow-ups from that score, and updates the contact's journey health. Asynchronous.
/// <para><b>Why one job.</b> Scoring, follow-ups and health need the same case, the same environment variables and
/// the same touchpoint aggregate; three jobs read them three times, and the health job ran again for every write of
/// the score. Here: the case query (incident, people, feedback, its score row, the contact's journey with its health
/// ledger and the settings copy it links to, so the environment variables cost no request), the touchpoint aggregate,
/// the follow-ups' own reads and Creates only when a rule fires, ONE Upsert of the score with the follow-up status,
/// then ONE versioned Update of the journey's health and ledger (<see cref="JourneyHealthUpdate"/>): four calls when
/// no rule fires, whatever the case's or the contact's history (five when the journey has no settings link yet).</para>
/// <para><b>Once per resolution.</b> A resolution is reported by the Create of its incidentresolution (Microsoft
/// documents Close as creating one; a case cannot be set Resolved any other way). The Update of the case's state
/// reports it too, on some platform builds: that report is left to the resolution's job at no cost, and the step on
/// Update handles reopenings. A job delivered again finds its resolution scored after the case query and only
/// brings the journey's health up to date (its first delivery may have failed after storing the score).</para>
/// </summary>
public sealed class CaseScoringPlugin : PluginBase
{
    public CaseScoringPlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var ev = CaseEvent.From(execution);
        context.Trace(ev.Why);
        if (ev.Kind == CaseEventKind.None)
        {
            context.Trace("Nothing to score.");
            return;
        }
        if (ev.Kind == CaseEventKind.Resolved && execution.PrimaryEntityName == Tables.Incident)
        {
            context.Trace("The resolution is scored by the job of its incidentresolution; nothing to do here.");
            return;
        }

        var service = context.SystemService;
        var now = PluginClock.Now(execution);
        if (ev.CaseId == null)
        {
            OnFeedbackWithoutCase(context, ev, now);
            return;
        }

        var record = CaseQuery.Read(service, ev.CaseId.Value);
        if (record == null)
        {
            context.Trace($"Case {ev.CaseId.Value:D} no longer exists; nothing to score.");
            return;
        }
        // The variables came with the case: the settings copy its contact's journey links to (read by its id without one).
        var environment = JobSettings.Resolve(service, now, context.Trace, record.Journey?.Settings);
        var configuration = ScoringConfiguration.From(environment);
        if (ev.Kind == CaseEventKind.Resolved && record.ResolutionAlreadyScored)
        {
            context.Trace($"Case {record.Id:D}: its resolution of {record.ResolvedOn:u} is already scored; bringing the journey's health up to date.");
            var contactId = record.Contact?.Reference.Id;
            // The stored score counts for the contact it was stored for; health is the case contact's.
            UpdateHealth(context, record, contactId == null || record.ScoredContactId != contactId ? null
                : ScoredCaseEntry.Of(record.Id, record.ScoredComposite, record.ScoredResolvedOn, record.ScoredOn), configuration, now);
            return;
        }
        foreach (var problem in configuration.Problems)
            context.Trace("Configuration problem (scoring carries on): " + problem);
        var scored = CaseScoring.Score(record, service, configuration, now);
        var s = scored.Score;
        context.Trace($"FCR {s.FirstContactResolution}, inbound {s.InboundContacts}, outbound {s.OutboundContacts}, reopens {s.Reopens}, " +
            $"resolve-by met {(s.ResolveByMet?.ToString() ?? "n/a")}, CSAT {s.Csat.Value} ({s.Csat.Source}), CES {s.Ces.Value} ({s.Ces.Source}), " +
            $"NPS {(s.Nps?.ToString() ?? "n/a")}, composite {s.Composite}.");
        context.Trace("CSAT model: " + s.CsatExplanation);
        foreach (var note in scored.Notes.Where(n => !configuration.Problems.Contains(n)))
            context.Trace("Scoring note: " + note);

        var row = CaseScoreRow.Build(scored, now);
        CaseScoreRow.OwnIfNew(row, record);
        var status = new FollowUpRun(context).OnCaseEvent(ev, scored, environment);
        if (status != null) row[CaseScoreColumns.FollowUpStatus] = status;
        // The score is stored last but one: a job that fails before this line is delivered again and does it all again
        // (follow-ups collide with their own ids); one that fails after it finds the resolution scored and redoes the health.
        service.Execute(new UpsertRequest { Target = row });
        context.Trace("Upserted the case score by its case key" + (status != null ? ", with the follow-up status." : "."));
        UpdateHealth(context, record, ScoredCaseEntry.Of(record.Id, s.Composite, record.ResolvedOn, now), configuration, now);
    }

    /// <summary>Feedback about no case: its contact's follow-ups, and the answer as an experience of its own in the journey's health.</summary>
    private static void OnFeedbackWithoutCase(ILocalPluginContext context, CaseEvent ev, DateTime now)
    {
        var contact = ev.Feedback!.GetAttributeValue<EntityReference>(FeedbackColumns.Contact);
        if (contact == null)
        {
            context.Trace("Anonymous feedback about no case: no one to follow up with, no journey to update.");
            return;
        }
        var service = context.SystemService;
        // The journey first: its settings copy comes with it (Settings/SettingsCopy), then the follow-ups and health.
        var journey = HealthJourney.Find(service, contact.Id);
        var environment = JobSettings.Resolve(service, now, context.Trace, journey?.Settings);
        new FollowUpRun(context).OnFeedbackWithoutCase(ev, environment);
        var configuration = ScoringConfiguration.From(environment);
        JourneyHealthUpdate.TraceProblems(configuration, context.Trace);
        // The answer as the event carries it (the Target of the Create); without a date it cannot be placed exactly,
        // and the ledger is rebuilt from the stored rows instead.
        var f = ev.Feedback!;
        var answeredOn = f.GetAttributeValue<DateTime?>(FeedbackColumns.AnsweredOn) ?? f.GetAttributeValue<DateTime?>(FeedbackColumns.CreatedOn);
        var answer = answeredOn == null ? null
            : FeedbackRow.Read(f.Id, f.GetAttributeValue<int?>(FeedbackColumns.Csat), f.GetAttributeValue<int?>(FeedbackColumns.Ces),
                f.GetAttributeValue<int?>(FeedbackColumns.Nps), CaseQuery.Utc(answeredOn.Value), null).Entry();
        JourneyHealthUpdate.Write(service, contact.Id, journey, ledger => answer == null ? ledger : ledger.WithAnswer(answer),
            configuration.Settings.JourneyHealth, now, context.Trace, recompute: answer == null);
    }

    /// <summary>
    /// The journey health of the case's contact, with this case's entries replaced: its score (<paramref name="score"/>;
    /// null when it does not count) and the contact's feedback answers about it, as the case query read them.
    /// </summary>
    private static void UpdateHealth(ILocalPluginContext context, CaseRecord record, ScoredCaseEntry? score, ScoringConfiguration configuration, DateTime now)
    {
        var contactId = record.Contact?.Reference.Id;
        if (contactId == null)
        {
            context.Trace("The case has no contact: no journey health to update.");
            return;
        }
        JourneyHealthUpdate.TraceProblems(configuration, context.Trace);
        var answers = record.Feedback.Where(f => f.ContactId == contactId).Select(f => f.Entry()).ToList();
        JourneyHealthUpdate.Write(context.SystemService, contactId.Value, record.Journey, ledger => ledger.WithCase(record.Id, score).WithCaseAnswers(record.Id, answers),
            configuration.Settings.JourneyHealth, now, context.Trace);
    }
}
