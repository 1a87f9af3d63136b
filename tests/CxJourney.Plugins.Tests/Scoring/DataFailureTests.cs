using System;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.FollowUps;
using Microsoft.Xrm.Sdk;
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

    // The column's MinValue/MaxValue refuse an answer outside the scale at the API, so through the SDK a job never sees one:
    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.integerattributemetadata.minvalue
    [Fact]
    public void An_out_of_range_answer_is_refused_at_the_API_and_the_case_is_still_scored()
    {
        var agent = _s.User("Alex");
        var contact = _s.Contact("Lovelace", agent);
        var caseId = _s.Case(contact, agent);
        _s.OrdinaryHistory(caseId, contact, _s.Now);
        _s.Advance(TimeSpan.FromHours(1));
        _s.Resolve(caseId);
        _s.Drain();

        var refused = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => _s.Feedback(caseId, contact, csat: 99));
        Assert.Contains("outside the valid range", refused.Message);
        var results = _s.Drain();

        Assert.DoesNotContain(results, r => r.Outcome == StepOutcome.Failed);
        Assert.InRange(_s.RequiredScore(caseId).GetAttributeValue<decimal?>(CaseScoreColumns.Csat) ?? 0m, 1m, 5m);
    }

    // Rows written before the column had its range (or by a column widened later) can still hold one: scoring drops it
    // and says so instead of failing on every retry.
    [Fact]
    public void A_stored_answer_outside_its_scale_is_dropped_and_named()
    {
        var row = FeedbackRow.Read(Guid.NewGuid(), 99, -4, 11, _s.Now, null);
        Assert.Null(row.Csat);
        Assert.Null(row.Ces);
        Assert.Null(row.Nps);
        Assert.Contains("CSAT 99 (scale 1-5), CES -4 (scale 1-7), NPS 11 (scale 0-10) out of range, ignored", row.Ignored);
        var fine = FeedbackRow.Read(Guid.NewGuid(), 5, 7, 0, _s.Now, null);
        Assert.Equal((5, 7, 0), (fine.Csat!.Value, fine.Ces!.Value, fine.Nps!.Value));
        Assert.Null(fine.Ignored);
    }
}
