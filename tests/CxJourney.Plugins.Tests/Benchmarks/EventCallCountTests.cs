using CxJourney.Bench.Events;

namespace CxJourney.Plugins.Tests.Benchmarks;

/// <summary>
/// The benchmark issue's "done when", as counts (never timings): the call-count report's core
/// (<see cref="CallReport.Compare"/>: the product organization with the shipped registrations beside the
/// naive baseline) for the synchronous capture path and for case scoring at two history sizes.
/// </summary>
public class EventCallCountTests
{
    [Fact]
    public void An_inbound_email_costs_the_users_request_one_service_call_for_its_one_contact()
    {
        var (product, baseline) = CallReport.Compare(EventScenario.InboundEmail);

        Assert.Equal(1, product.ContactsTouched);
        Assert.Equal(product.ContactsTouched, product.CaptureCalls);
        Assert.Equal(product.CaptureCalls, product.SyncCalls);
        Assert.Equal(1, product.TouchpointsWrittenInRequest);
        // The baseline reads the contact, creates the touchpoint, reads and writes the journey.
        Assert.Equal(4, baseline.SyncCalls);
        Assert.Equal(1, baseline.TouchpointsWrittenInRequest);
    }

    [Fact]
    public void An_email_to_five_contacts_writes_their_five_touchpoints_with_one_call_each_and_reads_nothing()
    {
        var (product, baseline) = CallReport.Compare(EventScenario.OutboundEmailToFive);

        // One Upsert per touchpoint (a batch request is forbidden in a synchronous step), no read: the
        // recipients are in the email's images.
        Assert.Equal(5, product.TouchpointsWrittenInRequest);
        Assert.Equal(5, product.CaptureCalls);
        Assert.Equal(product.ContactsTouched, product.SyncCalls);
        Assert.Equal(4 * 5, baseline.SyncCalls);
        Assert.Equal(5, baseline.TouchpointsWrittenInRequest);
    }

    [Fact]
    public void Case_scoring_makes_the_same_service_calls_for_3_and_1000_prior_touchpoints()
    {
        var (small, _) = CallReport.Compare(EventScenario.CaseResolved(3));
        var (large, _) = CallReport.Compare(EventScenario.CaseResolved(1_000));

        Assert.True(small.ScoringCalls > 0);
        Assert.Equal(small.ScoringCalls, large.ScoringCalls);
        // Resolving is captured in the request whatever the history: CloseIncident raises both registered reports
        // (Create of incidentresolution: a read of the case's customer and a write; Update of the state: a write of
        // the same row).
        Assert.Equal(3, small.SyncCalls);
        Assert.Equal(3, large.SyncCalls);
    }
}
