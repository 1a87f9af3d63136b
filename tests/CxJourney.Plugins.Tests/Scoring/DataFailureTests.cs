using System;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.FollowUps;
using Xunit;

namespace CxJourney.Plugins.Tests.Scoring;

/// <summary>
/// Asynchronous jobs never end Failed because of the data they find: a record deleted before its job runs,
/// or a value outside its scale, is traced and skipped. A failed system job is retried and then shown to
/// admins as a failure they cannot fix; the data is what it is.
/// Async jobs run after the operation commits, so the records they name may be gone by then:
/// https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
/// </summary>
public class DataFailureTests
{
    private readonly CxScenario _s = new();

    [Fact]
    public void Feedback_then_its_contact_deleted_leaves_no_failed_job()
    {
        var contact = _s.Contact("Lovelace");
        _s.Feedback(null, contact, csat: 2, nps: 3);
        _s.Service.Delete(Tables.Contact, contact);

        var results = _s.Drain();

        Assert.NotEmpty(results);
        Assert.DoesNotContain(results, r => r.Outcome == StepOutcome.Failed);
        Assert.Null(_s.Journey(contact));
        Assert.Contains(_s.Pipeline.Log.StepRuns.SelectMany(r => r.Trace), line => line.Contains("no longer exists"));
    }

    [Fact]
    public void Case_resolved_then_its_contact_deleted_leaves_no_failed_job()
    {
        var agent = _s.User("Alex");
        var contact = _s.Contact("Lovelace", agent);
        var caseId = _s.Case(contact, agent);
        _s.OrdinaryHistory(caseId, contact, _s.Now);
        _s.Advance(TimeSpan.FromHours(1));
        _s.Resolve(caseId);
        _s.Service.Delete(Tables.Contact, contact);

        var results = _s.Drain();

        Assert.NotEmpty(results);
        Assert.DoesNotContain(results, r => r.Outcome == StepOutcome.Failed);
        Assert.Contains(_s.Pipeline.Log.StepRuns.SelectMany(r => r.Trace), line => line.Contains("no longer exists"));
    }

    [Fact]
    public void An_out_of_range_answer_is_traced_and_ignored_and_the_case_is_still_scored()
    {
        var agent = _s.User("Alex");
        var contact = _s.Contact("Lovelace", agent);
        var caseId = _s.Case(contact, agent);
        _s.OrdinaryHistory(caseId, contact, _s.Now);
        _s.Advance(TimeSpan.FromHours(1));
        _s.Resolve(caseId);
        _s.Drain();

        _s.Feedback(caseId, contact, csat: 99, ces: -4, nps: 11);
        var results = _s.Drain();

        Assert.DoesNotContain(results, r => r.Outcome == StepOutcome.Failed);
        var score = _s.RequiredScore(caseId);
        var csat = score.GetAttributeValue<decimal?>(CaseScoreColumns.Csat);
        Assert.NotNull(csat);
        Assert.InRange(csat!.Value, 1m, 5m);
        Assert.Contains("CSAT 99 (scale 1-5)", score.GetAttributeValue<string>(CaseScoreColumns.ScoringNotes));
        Assert.Contains(_s.Pipeline.Log.StepRuns.SelectMany(r => r.Trace), line => line.Contains("out of range") || line.Contains("outside"));
    }
}
