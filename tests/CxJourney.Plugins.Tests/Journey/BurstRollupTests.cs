using System;
using System.Linq;
using CxJourney.Plugins.Journey;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Capture;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Tests.Journey;

/// <summary>
/// A burst: many touchpoints of one contact queued before any rollup runs. The first job counts them all, every
/// other job finds its touchpoint counted after one read, and the journey is what the domain computes.
/// </summary>
public class BurstRollupTests
{
    private readonly CaptureWorld _w = new();

    [Fact]
    public void A_thousand_touchpoints_for_one_contact_in_one_burst_are_counted_once_by_one_job()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var origin = _w.Now.AddDays(-3);
        var emails = Enumerable.Range(0, 1000).Select(i =>
        {
            var email = _w.InboundEmailRow(CaptureWorld.Contacts(ada), $"Message {i}", i % 3 == 0 ? "This is awful, I am angry" : i % 3 == 1 ? "Thanks, great service" : "Where is it?");
            // Imported history, in an order that is not time order.
            email[JourneyWorld.OverriddenCreatedOn] = origin.AddMinutes((i * 389) % 1000);
            return email;
        }).ToList();
        // Email has no CreateMultiple (a real organization refuses it): 1,000 single Creates, no job drained between them.
        foreach (var email in emails) _w.Service.Create(email);
        Assert.Equal(1000, _w.TouchpointsOf(ada).Count);
        _w.Log.Clear();

        _w.Drain();

        var runs = _w.Log.RunsOf(typeof(JourneyRollupPlugin)).ToList();
        Assert.Equal(1000, runs.Count);
        var calls = runs.Sum(r => r.ServiceCalls.Count);
        Assert.True(calls <= 1500, $"{calls} service calls for a burst of 1,000");
        Assert.Equal(1, runs.Count(r => r.Trace.Any(l => l.Contains("added 1000 touchpoint(s)"))));
        Assert.Equal(999, runs.Count(r => r.ServiceCalls.Count == 1));
        var j = _w.JourneyOf(ada);
        Assert.Equal(1000, j.GetAttributeValue<int>(JourneyColumns.TotalTouchpoints));
        _w.AssertMatchesDomain(ada);
        Assert.All(_w.TouchpointsOf(ada), t => Assert.Equal(j.Id, t.GetAttributeValue<EntityReference>(TouchpointColumns.Journey)?.Id));

        // Then the agent answers (added to the running aggregates: the reply comes after every message) ...
        var reply = _w.DraftEmail(CaptureWorld.Contacts(ada), "Re: all of it");
        _w.SetState(Tables.Email, reply, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);
        _w.Drain();
        var waited = (decimal)(_w.Now - origin).TotalMinutes;
        Assert.Equal(Math.Round(waited, 2), _w.Touchpoint(reply, Choices.TouchpointKind.Completed, ada).GetAttributeValue<decimal?>(TouchpointColumns.ResponseMinutes));
        _w.AssertMatchesDomain(ada);

        // ... and a message from before the reply is imported late: the journey is recomputed, the reply re-timed.
        var late = _w.InboundEmailRow(CaptureWorld.Contacts(ada), "Lost in the post");
        late[JourneyWorld.OverriddenCreatedOn] = origin.AddMinutes(-30);
        _w.Service.Create(late);
        _w.Log.Clear();
        _w.Drain();
        Assert.Contains(_w.Log.RunsOf(typeof(JourneyRollupPlugin)), r => r.Trace.Any(l => l.Contains("recomputed from the touchpoints")));
        Assert.Equal(Math.Round(waited + 30, 2), _w.Touchpoint(reply, Choices.TouchpointKind.Completed, ada).GetAttributeValue<decimal?>(TouchpointColumns.ResponseMinutes));
        Assert.Equal(1002, _w.JourneyOf(ada).GetAttributeValue<int>(JourneyColumns.TotalTouchpoints)); // the reply is one: sent (its draft is none)
        _w.AssertMatchesDomain(ada);
    }

    [Fact]
    public void A_touchpoint_added_to_an_existing_journey_is_linked_by_the_journey_update_itself()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.InboundEmail(ada, "First", "Where is my order?");
        _w.Drain();
        var journey = _w.JourneyOf(ada);
        _w.Log.Clear();
        _w.Advance(TimeSpan.FromHours(2));

        var second = _w.InboundEmail(ada, "Second", "Still waiting for it");
        _w.Drain();

        // The read (its journey comes with the settings copy: no read of the variables), and the journey's Update carrying
        // the link as a related row: no separate link request.
        var run = Assert.Single(_w.Log.RunsOf(typeof(JourneyRollupPlugin)));
        Assert.Equal(new[] { "RetrieveMultiple cx_touchpoint", "Update cx_journey" },
            run.ServiceCalls.Select(c => c.MessageName + " " + c.PrimaryEntityName));
        Assert.Contains(run.Trace, l => l.Contains("linked in the same request"));
        var touchpoint = _w.Touchpoint(second, Choices.TouchpointKind.Created, ada);
        Assert.Equal(journey.Id, touchpoint.GetAttributeValue<EntityReference>(TouchpointColumns.Journey)?.Id);
        Assert.Equal(journey.GetAttributeValue<OptionSetValue>(JourneyColumns.Stage)?.Value, touchpoint.GetAttributeValue<OptionSetValue>(TouchpointColumns.JourneyStage)?.Value);
        Assert.Equal(2, _w.JourneyOf(ada).GetAttributeValue<int>(JourneyColumns.TotalTouchpoints));
        _w.AssertMatchesDomain(ada);
    }
}
