using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using CxJourney.SolutionModel;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Scoring;
using CxJourney.Plugins.Tests.Scoring;
using Microsoft.Xrm.Sdk;
using static CxJourney.Plugins.Tests.FollowUps.FollowUpTestKit;

namespace CxJourney.Plugins.Tests.ImportSafety;

/// <summary>
/// A case resolution reaches the asynchronous steps twice when the platform raises both the Update of the case's
/// state and the Create of its incidentresolution (Microsoft documents Close as creating the incidentresolution,
/// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest; projects tested against
/// live organizations report the Update). The resolution's job scores it and plans its follow-ups; the Update's
/// job leaves a resolution to it without a call. In either order, delivered again or not, the case is scored once
/// and followed up once.
/// </summary>
public class ResolutionOnceTests
{
    private readonly CxScenario _s = new();
    private readonly Guid _agent;
    private readonly Guid _contact;

    public ResolutionOnceTests()
    {
        _agent = _s.User("Alex");
        _contact = _s.Contact("Lovelace", _agent);
        _s.OnlyRules(FollowUpRuleIds.ResolveByMissed);
    }

    /// <summary>A case past its resolve-by, resolved; the jobs CloseIncident queued are dropped so the test delivers them.</summary>
    private Guid ResolvedCase()
    {
        var caseId = _s.Case(_contact, _agent, resolveBy: Utc(2024, 3, 4, 10));
        _s.At(Utc(2024, 3, 4, 12));
        _s.Resolve(caseId);
        _s.Pipeline.AsyncQueue.Clear();
        return caseId;
    }

    private static PluginUnitContext FromUpdate(Guid caseId, Guid operation) => new()
    {
        MessageName = "Update",
        Stage = PluginStepStage.PostOperation,
        Mode = PluginStepMode.Asynchronous,
        CorrelationId = operation,
        Target = new Entity(Tables.Incident, caseId) { [IncidentColumns.StateCode] = new OptionSetValue(StandardChoices.IncidentState.Resolved) },
        PreImages = new Dictionary<string, Entity> { [ImageAliases.CaseBefore] = new(Tables.Incident, caseId) { [IncidentColumns.StateCode] = new OptionSetValue(StandardChoices.IncidentState.Active) } },
    };

    private static PluginUnitContext FromResolution(Guid caseId, Guid operation) => new()
    {
        MessageName = "Create",
        Stage = PluginStepStage.PostOperation,
        Mode = PluginStepMode.Asynchronous,
        CorrelationId = operation,
        Target = new Entity(Tables.IncidentResolution, Guid.NewGuid())
        {
            [IncidentResolutionColumns.IncidentId] = new EntityReference(Tables.Incident, caseId),
            [IncidentResolutionColumns.Subject] = "Fixed",
        },
    };

    private int ScoreWrites(PluginUnitRun run) => run.ServiceCalls.Count(c => c.MessageName == "Upsert" && c.PrimaryEntityName == Tables.CaseScore);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Update_and_incidentresolution_in_either_order_and_again_score_once(bool updateFirst)
    {
        var caseId = ResolvedCase();
        var operation = Guid.NewGuid();
        var order = updateFirst
            ? new[] { FromUpdate(caseId, operation), FromResolution(caseId, operation) }
            : new[] { FromResolution(caseId, operation), FromUpdate(caseId, operation) };

        var runs = order.Concat(order).Select(c => _s.Pipeline.Unit.Run<CaseScoringPlugin>(c).ThrowIfFailed()).ToList();

        var fromResolution = updateFirst ? new[] { runs[1], runs[3] } : new[] { runs[0], runs[2] };
        var fromUpdate = updateFirst ? new[] { runs[0], runs[2] } : new[] { runs[1], runs[3] };
        Assert.Equal(new[] { 1, 0 }, fromResolution.Select(ScoreWrites));
        Assert.Contains(fromResolution[1].Trace, l => l.Contains("already scored"));
        Assert.All(fromUpdate, r => Assert.Empty(r.ServiceCalls));
        Assert.All(fromUpdate, r => Assert.Contains(r.Trace, l => l.Contains("scored by the job of its incidentresolution")));
        Assert.NotNull(_s.RequiredScore(caseId).GetAttributeValue<DateTime?>(CaseScoreColumns.ResolvedOn));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Update_and_incidentresolution_in_either_order_and_again_follow_up_once(bool updateFirst)
    {
        var caseId = ResolvedCase();
        var operation = Guid.NewGuid();
        var order = updateFirst
            ? new[] { FromUpdate(caseId, operation), FromResolution(caseId, operation) }
            : new[] { FromResolution(caseId, operation), FromUpdate(caseId, operation) };

        foreach (var context in order.Concat(order))
            _s.Pipeline.Unit.Run<CaseScoringPlugin>(context).ThrowIfFailed();

        Assert.Equal(new[] { Tables.Task, Tables.Email }, _s.FollowUps().Select(a => a.LogicalName).OrderBy(n => n == Tables.Email));
        Assert.Contains("Created resolve-by-missed", _s.Status(caseId));
    }

    [Fact]
    public void Two_resolutions_of_one_case_are_two_events_each_scored()
    {
        var caseId = ResolvedCase();
        var first = _s.Pipeline.Unit.Run<CaseScoringPlugin>(FromResolution(caseId, Guid.NewGuid())).ThrowIfFailed();
        _s.Advance(TimeSpan.FromHours(1));
        _s.Reopen(caseId);
        _s.Advance(TimeSpan.FromHours(1));
        _s.Resolve(caseId);
        _s.Pipeline.AsyncQueue.Clear();
        var second = _s.Pipeline.Unit.Run<CaseScoringPlugin>(FromResolution(caseId, Guid.NewGuid())).ThrowIfFailed();
        Assert.Equal((1, 1), (ScoreWrites(first), ScoreWrites(second)));
    }

    [Fact]
    public void Through_the_pipeline_with_every_job_delivered_twice_a_resolution_is_scored_and_followed_up_once()
    {
        var caseId = _s.Case(_contact, _agent, resolveBy: Utc(2024, 3, 4, 10));
        _s.At(Utc(2024, 3, 4, 12));
        _s.Pipeline.AsyncQueue.RedeliverEverySuccess = true;
        _s.Resolve(caseId);
        _s.Drain();

        var scoringRuns = _s.Pipeline.Log.RunsOf(typeof(CaseScoringPlugin)).ToList();
        Assert.Equal(4, scoringRuns.Count); // two registered reports, each delivered twice
        Assert.Equal(1, scoringRuns.Sum(r => r.ServiceCalls.Count(c => c.MessageName == "Upsert" && c.PrimaryEntityName == Tables.CaseScore)));
        Assert.All(scoringRuns.Where(r => r.PrimaryEntityName == Tables.Incident), r => Assert.Empty(r.ServiceCalls));
        Assert.Equal(2, _s.FollowUps().Count);
    }
}
