using System.Linq;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Scoring;

/// <summary>
/// Scores a case into its cx_casescore row when it is resolved, reopened (scored again as open) or gets a
/// feedback answer (the surveyed value replaces the prediction, whose error is kept). Asynchronous.
/// Exactly four service calls per scoring, however many touchpoints the case has: the case query (incident,
/// people, feedback, its score row), the environment variables, the touchpoint aggregate, and the Upsert by the
/// case key. A resolution is scored once: registered on Update of incident and on Create of incidentresolution
/// (either may be how the platform reports it), a second report of a resolution the score row already holds
/// stops after the case query (one call).
/// </summary>
public sealed class CaseScoringPlugin : PluginBase
{
    public CaseScoringPlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var ev = CaseEvent.From(context.ExecutionContext);
        context.Trace(ev.Why);
        if (ev.Kind == CaseEventKind.None || ev.CaseId == null)
        {
            context.Trace("Nothing to score.");
            return;
        }

        var service = context.SystemService;
        var now = PluginClock.Now(context.ExecutionContext);
        // The case first: a resolution reported a second time ends here, before the settings are read.
        var record = CaseQuery.Read(service, ev.CaseId.Value);
        if (record == null)
        {
            context.Trace($"Case {ev.CaseId.Value:D} no longer exists; nothing to score.");
            return;
        }
        if (ev.Kind == CaseEventKind.Resolved && record.ResolutionAlreadyScored)
        {
            // Update of the case's state and Create of its incidentresolution can both report one resolution, and a
            // job can be delivered twice: the score row already holds this resolution, so it is scored once.
            context.Trace($"Case {record.Id:D}: its resolution of {record.ResolvedOn:u} is already scored; nothing to do.");
            return;
        }
        var configuration = ScoringConfiguration.From(EnvironmentSettings.Load(service));
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

        service.Execute(new UpsertRequest { Target = CaseScoreRow.Build(scored, now) });
        context.Trace("Upserted the case score by its case key.");
    }
}
