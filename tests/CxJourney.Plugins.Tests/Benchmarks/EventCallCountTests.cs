using CxJourney.TestSupport.Events;

namespace CxJourney.Plugins.Tests.Benchmarks;

/// <summary>
/// The benchmark issue's "done when", as counts of the product's own service calls (never timings),
/// measured in the same event worlds the benchmarks use (tests/CxJourney.TestSupport): the synchronous
/// capture path and case scoring at two history sizes. The naive baseline's counts are the benchmarks'
/// business (bench/, `--calls`), not the product's tests.
/// </summary>
public class EventCallCountTests
{
    private static EventCost Product(EventScenario scenario) => EventCost.Measure(EventWorld.Product(), scenario);

    [Fact]
    public void An_inbound_email_costs_the_users_request_one_write_and_one_owner_read_for_its_one_contact()
    {
        var product = Product(EventScenario.InboundEmail);

        Assert.Equal(1, product.ContactsTouched);
        Assert.Equal(product.ContactsTouched, product.CaptureCalls);
        // Plus one read of the contact's owner, so the touchpoint is owned in the contact's business unit (OwnerFollowsParentPlugin).
        Assert.Equal(product.CaptureCalls + product.ContactsTouched, product.SyncCalls);
        Assert.Equal(1, product.TouchpointsWrittenInRequest);
    }

    [Fact]
    public void An_email_to_five_contacts_writes_their_five_touchpoints_with_one_call_each_and_reads_each_contacts_owner()
    {
        var product = Product(EventScenario.OutboundEmailToFive);

        // One Upsert per touchpoint (a batch request is forbidden in a synchronous step), no read: the
        // recipients are in the email's images.
        Assert.Equal(5, product.TouchpointsWrittenInRequest);
        Assert.Equal(5, product.CaptureCalls);
        // Plus one read of each contact's owner (OwnerFollowsParentPlugin), so each touchpoint is owned in its contact's business unit.
        Assert.Equal(2 * product.ContactsTouched, product.SyncCalls);
    }

    [Fact]
    public void Case_scoring_makes_the_same_service_calls_for_3_and_1000_prior_touchpoints()
    {
        var small = Product(EventScenario.CaseResolved(3));
        var large = Product(EventScenario.CaseResolved(1_000));

        // The case job's own calls (its follow-ups' reads and Creates aside, which depend on the rules the case fires):
        // the case (with the contact's journey, its health ledger and the settings copy it links to), the touchpoint
        // aggregate, the score's Upsert, the journey's health and ledger in one versioned Update. Was 7: the contact's
        // scores and feedback were read again for every case event (the ledger on the journey replaced those two reads),
        // and the variables once (the settings copy comes with the journey).
        Assert.Equal(4, small.ScoringCalls);
        Assert.Equal(small.ScoringCalls, large.ScoringCalls);
        // Resolving is captured in the request whatever the history: CloseIncident raises both registered reports
        // (Create of incidentresolution: a read of the case's customer and a write; Update of the state: a write of
        // the same row), plus one read of the contact's owner for the new touchpoint (OwnerFollowsParentPlugin).
        Assert.Equal(4, small.SyncCalls);
        Assert.Equal(4, large.SyncCalls);
    }
}
