using System;
using System.Linq;
using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Journey;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Scoring;
using CxJourney.Plugins.Tests.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static CxJourney.Plugins.Tests.FollowUps.FollowUpTestKit;

namespace CxJourney.Plugins.Tests.ImportSafety;

/// <summary>
/// The asynchronous jobs of the first minutes after an import: every alternate key is still Pending (its index is
/// being built; until it is Active, requests that use the key fail,
/// https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity). Scoring, follow-ups,
/// the journey rollup and journey health address their rows by ids derived from the natural key
/// (<see cref="RowIds"/>), so no job fails and nothing waits for the index.
/// </summary>
public class AsyncAfterImportTests
{
    private readonly CxScenario _s = new(keyIndexBuild: TimeSpan.FromDays(1));
    private readonly Guid _agent;
    private readonly Guid _contact;

    public AsyncAfterImportTests()
    {
        _agent = _s.User("Alex");
        _contact = _s.Contact("Lovelace", _agent);
        _s.OnlyRules(FollowUpRuleIds.ResolveByMissed);
    }

    private void AssertEveryKeyPending()
    {
        foreach (var (table, key) in new[]
                 {
                     (Tables.CaseScore, AlternateKeys.CaseScoreCase), (Tables.Journey, AlternateKeys.JourneyContact),
                     (Tables.Touchpoint, AlternateKeys.TouchpointSource), (Tables.Feedback, AlternateKeys.FeedbackSourceReference),
                 })
            Assert.Equal(AlternateKeyIndexStatus.Pending, _s.Organization.AlternateKeyStatus(table, key));
    }

    [Fact]
    public void A_case_resolved_while_every_key_is_pending_is_scored_followed_up_and_rolled_into_the_journey()
    {
        AssertEveryKeyPending();
        var caseId = _s.Case(_contact, _agent, resolveBy: Utc(2024, 3, 4, 10));
        _s.At(Utc(2024, 3, 4, 12));
        _s.Resolve(caseId);

        var results = _s.Drain(); // fails the test if any job Failed
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.NotEqual(StepOutcome.Failed, r.Outcome));

        var score = _s.RequiredScore(caseId);
        Assert.Equal(RowIds.CaseScore(caseId), score.Id);
        Assert.NotNull(score.GetAttributeValue<int?>(CaseScoreColumns.CompositeScore));
        Assert.Contains("Created resolve-by-missed", _s.Status(caseId));
        Assert.Equal(2, _s.FollowUps().Count);
        var journey = _s.Journey(_contact) ?? throw new Xunit.Sdk.XunitException("No journey was written.");
        Assert.Equal(RowIds.Journey(_contact), journey.Id);
        Assert.NotNull(journey.GetAttributeValue<int?>(JourneyColumns.CasesScored));
        Assert.True(_s.Pipeline.Log.RunsOf(typeof(JourneyRollupPlugin)).Count > 0);
        // The case job writes the journey's health by the journey's id (a versioned Update of the journey its case query
        // found, or a Create by the derived id when there is none), never by the Pending contact key.
        Assert.Contains(_s.Pipeline.Log.ServiceCalls, c => c.Run.PluginType == typeof(CaseScoringPlugin) && c.MessageName is "Update" or "Create" && c.PrimaryEntityName == Tables.Journey && c.Succeeded);
        // No call of any job met a Pending key (a job that caught such a fault and carried on would pass the Drain).
        Assert.DoesNotContain(_s.Pipeline.Log.ServiceCalls, c => !c.Succeeded && (c.Error ?? "").Contains("EntityKeyIndexStatus"));
        AssertEveryKeyPending();
    }

    [Fact]
    public void The_score_written_by_the_case_key_would_have_failed_the_job()
    {
        // What scoring used to send: the score row addressed by its alternate key, which is still Pending.
        var caseId = _s.Case(_contact, _agent);
        var byKey = new Entity(Tables.CaseScore, new KeyAttributeCollection { { CaseScoreColumns.Case, new EntityReference(Tables.Incident, caseId) } })
        {
            [CaseScoreColumns.FollowUpStatus] = "x",
        };
        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => _s.Service.Execute(new UpsertRequest { Target = byKey }));
        Assert.Contains(AlternateKeys.CaseScoreCase, fault.Detail.Message);
    }

    [Fact]
    public void Health_written_before_the_rollup_created_the_journey_leaves_one_journey_per_contact()
    {
        // Feedback about no case reaches journey health, which may run before any rollup: both derive the same id,
        // so whichever writes first creates the row and the other updates it, with the key still Pending.
        _s.Feedback(null, _contact, csat: 5, nps: 9);
        _s.Drain();
        var caseId = _s.Case(_contact, _agent);
        _s.Resolve(caseId);
        _s.Drain();
        var journeys = _s.Organization.Query(Tables.Journey).Where(j => j.GetAttributeValue<EntityReference>(JourneyColumns.Contact)?.Id == _contact).ToList();
        Assert.Single(journeys);
        Assert.Equal(RowIds.Journey(_contact), journeys[0].Id);
        AssertEveryKeyPending();
    }
}
