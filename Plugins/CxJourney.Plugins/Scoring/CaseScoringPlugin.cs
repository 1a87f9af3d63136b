using System.Linq;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Scoring;

/// <summary>
/// Scores a case into its cx_casescore row when it is resolved, reopened (scored again as open) or gets a
/// feedback answer (the surveyed value replaces the prediction, whose error is kept). Asynchronous.
/// Exactly four service calls per scoring, however many touchpoints the case has: the environment variables,
/// the case query (incident, people, feedback), the touchpoint aggregate, and the Upsert by the case key,
/// which also makes a re-delivered job harmless.
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
        var configuration = ScoringConfiguration.From(EnvironmentSettings.Load(service));
        foreach (var problem in configuration.Problems)
            context.Trace("Configuration problem (scoring carries on): " + problem);

        var scored = CaseScoring.Read(service, ev.CaseId.Value, configuration, now);
        if (scored == null)
        {
            context.Trace($"Case {ev.CaseId.Value:D} no longer exists; nothing to score.");
            return;
        }
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
