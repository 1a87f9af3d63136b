using System;
using System.Linq;
using CxJourney.Plugins.Journey;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Capture;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Journey;

public class JourneyRollupTests
{
    private readonly CaptureWorld _w = new();

    private Guid Reply(Guid contact, string subject, TimeSpan after)
    {
        var email = _w.DraftEmail(CaptureWorld.Contacts(contact), subject);
        _w.Advance(after);
        _w.SetState(Tables.Email, email, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);
        return email;
    }

    [Fact]
    public void A_conversation_then_a_case_moves_counts_waits_response_times_and_stage()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var start = _w.Now;
        _w.InboundEmail(ada, "My parcel is late", "I am annoyed");
        _w.Advance(TimeSpan.FromHours(1));
        _w.Drain();

        var j = _w.JourneyOf(ada);
        Assert.Equal("Ada Lovelace", j.GetAttributeValue<string>(JourneyColumns.Name));
        Assert.Equal(start, j.GetAttributeValue<DateTime?>(JourneyColumns.WaitingForReplySince));
        Assert.Equal(Choices.JourneyStage.Awareness, CaptureWorld.Option(j, JourneyColumns.Stage));
        Assert.Equal(start, j.GetAttributeValue<DateTime?>(JourneyColumns.StageChangedOn));

        var reply = Reply(ada, "Sorry, it ships today", TimeSpan.FromHours(1));
        _w.Drain();
        j = _w.JourneyOf(ada);
        // One touchpoint per moment: the message received and the reply sent (its draft was none).
        Assert.Equal(2, j.GetAttributeValue<int>(JourneyColumns.EmailCount));
        Assert.Equal((1, 1), (j.GetAttributeValue<int>(JourneyColumns.InboundCount), j.GetAttributeValue<int>(JourneyColumns.OutboundCount)));
        Assert.Null(j.GetAttributeValue<DateTime?>(JourneyColumns.WaitingForReplySince));
        Assert.Equal(1, j.GetAttributeValue<int>(JourneyColumns.ResponsesMeasured));
        Assert.Equal(120m, j.GetAttributeValue<decimal?>(JourneyColumns.AvgFirstResponseMinutes));
        Assert.Equal(120m, j.GetAttributeValue<decimal?>(JourneyColumns.LongestFirstResponseMinutes));
        Assert.Equal(120m, _w.Touchpoint(reply, Choices.TouchpointKind.Completed, ada).GetAttributeValue<decimal?>(TouchpointColumns.ResponseMinutes));
        Assert.Equal(Choices.Direction.Outbound, CaptureWorld.Option(j, JourneyColumns.LastDirection));
        Assert.Equal(Choices.Channel.Email, CaptureWorld.Option(j, JourneyColumns.LastChannel));

        _w.Advance(TimeSpan.FromHours(1));
        var opened = _w.Now;
        var caseId = _w.Case(CaptureWorld.ContactRef(ada), "Parcel lost");
        _w.Drain();
        j = _w.JourneyOf(ada);
        Assert.Equal(Choices.JourneyStage.Service, CaptureWorld.Option(j, JourneyColumns.Stage));
        Assert.Equal("a case is open", j.GetAttributeValue<string>(JourneyColumns.StageReason));
        Assert.Equal(opened, j.GetAttributeValue<DateTime?>(JourneyColumns.StageChangedOn));
        Assert.Equal(1, j.GetAttributeValue<int>(JourneyColumns.OpenCases));
        Assert.Equal(opened, j.GetAttributeValue<DateTime?>(JourneyColumns.WaitingForReplySince));
        Assert.Equal(1, j.GetAttributeValue<int>(JourneyColumns.CaseCount));

        _w.Advance(TimeSpan.FromHours(2));
        _w.Resolve(caseId);
        _w.Drain();
        j = _w.JourneyOf(ada);
        Assert.Equal(0, j.GetAttributeValue<int>(JourneyColumns.OpenCases));
        Assert.Null(j.GetAttributeValue<DateTime?>(JourneyColumns.WaitingForReplySince));
        Assert.Equal(Choices.JourneyStage.Awareness, CaptureWorld.Option(j, JourneyColumns.Stage));
        Assert.Equal(1, j.GetAttributeValue<int>(JourneyColumns.ResponsesMeasured));
        _w.AssertMatchesDomain(ada);

        var journeyId = j.Id;
        Assert.All(_w.TouchpointsOf(ada), t => Assert.Equal(journeyId, t.GetAttributeValue<EntityReference>(TouchpointColumns.Journey)?.Id));
        var caseTouchpoint = _w.Touchpoint(caseId, Choices.TouchpointKind.Created, ada);
        Assert.Equal(caseTouchpoint.GetAttributeValue<double?>(TouchpointColumns.Sentiment), j.GetAttributeValue<double?>(JourneyColumns.LatestSentiment));
        Assert.Equal(Choices.JourneyStage.Awareness, CaptureWorld.Option(caseTouchpoint, TouchpointColumns.JourneyStage));
    }

    [Fact]
    public void A_customer_message_recorded_after_the_reply_it_preceded_still_times_the_reply()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var start = _w.Now;
        var reply = _w.DraftEmail(CaptureWorld.Contacts(ada), "Re: your letter");
        _w.Service.Update(new Entity(Tables.Email, reply) { [ActivityColumns.ActualEnd] = start.AddMinutes(45) });
        _w.SetState(Tables.Email, reply, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);
        _w.Drain();
        Assert.Null(_w.Touchpoint(reply, Choices.TouchpointKind.Completed, ada).GetAttributeValue<decimal?>(TouchpointColumns.ResponseMinutes));

        // The customer's email is imported afterwards with the time it really arrived.
        var late = _w.InboundEmailRow(CaptureWorld.Contacts(ada), "My letter");
        late[JourneyWorld.OverriddenCreatedOn] = start.AddMinutes(-15);
        _w.Service.Create(late);
        _w.Drain();

        Assert.Equal(60m, _w.Touchpoint(reply, Choices.TouchpointKind.Completed, ada).GetAttributeValue<decimal?>(TouchpointColumns.ResponseMinutes));
        var j = _w.JourneyOf(ada);
        Assert.Equal(60m, j.GetAttributeValue<decimal?>(JourneyColumns.AvgFirstResponseMinutes));
        Assert.Null(j.GetAttributeValue<DateTime?>(JourneyColumns.WaitingForReplySince));
        _w.AssertMatchesDomain(ada);
    }

    [Fact]
    public void Redelivering_every_rollup_changes_nothing()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.InboundEmail(ada, "Help please", "This is awful");
        _w.Advance(TimeSpan.FromMinutes(30));
        Reply(ada, "On it", TimeSpan.FromMinutes(10));
        _w.Case(CaptureWorld.ContactRef(ada), "Broken screen");
        _w.Drain();
        var journey = Row(_w.JourneyOf(ada));
        var touchpoints = string.Join("\n", _w.TouchpointsOf(ada).Select(Row).OrderBy(s => s));
        var jobs = _w.Pipeline.AsyncQueue.Jobs.Where(j => j.Step.PluginType == typeof(JourneyRollupPlugin)).ToList();
        Assert.Equal(3, jobs.Count);

        _w.Advance(TimeSpan.FromDays(3));
        foreach (var job in jobs) _w.Pipeline.AsyncQueue.Redeliver(job);
        _w.Drain();

        Assert.Equal(journey, Row(_w.JourneyOf(ada)));
        Assert.Equal(touchpoints, string.Join("\n", _w.TouchpointsOf(ada).Select(Row).OrderBy(s => s)));
        Assert.Equal(3, _w.TouchpointsOf(ada).Count);
        Assert.All(jobs, job => Assert.Equal(2, job.Deliveries));
    }

    [Fact]
    public void Purchases_and_a_promoter_answer_move_the_stage()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.Service.Create(new Entity(Tables.SalesOrder) { [SalesOrderColumns.Name] = "Order 1", [SalesOrderColumns.CustomerId] = CaptureWorld.ContactRef(ada) });
        _w.Drain();
        Assert.Equal(Choices.JourneyStage.Purchase, CaptureWorld.Option(_w.JourneyOf(ada), JourneyColumns.Stage));
        Assert.Equal(1, _w.JourneyOf(ada).GetAttributeValue<int>(JourneyColumns.OrderCount));

        _w.Advance(TimeSpan.FromDays(2));
        _w.Service.Create(new Entity(Tables.Feedback) { [FeedbackColumns.Name] = "NPS", [FeedbackColumns.Contact] = CaptureWorld.ContactRef(ada), [FeedbackColumns.Nps] = 10 });
        _w.Drain();
        var j = _w.JourneyOf(ada);
        Assert.Equal(Choices.JourneyStage.Advocacy, CaptureWorld.Option(j, JourneyColumns.Stage));
        Assert.Equal(1, j.GetAttributeValue<int>(JourneyColumns.SurveyCount));
        var survey = _w.TouchpointsOf(ada).Single(t => CaptureWorld.Option(t, TouchpointColumns.Channel) == Choices.Channel.Survey);
        Assert.Equal(Choices.FeedbackBand.Promoter, CaptureWorld.Option(survey, TouchpointColumns.FeedbackBand));
        Assert.Equal(Choices.JourneyStage.Purchase, CaptureWorld.Option(survey, TouchpointColumns.JourneyStage));
        _w.AssertMatchesDomain(ada);
    }

    [Fact]
    public void A_planned_call_is_counted_once_when_it_happens_a_cancelled_one_never_and_a_task_is_off_the_journey()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.Service.Create(new Entity(Tables.Task) { [ActivityColumns.Subject] = "Check warranty", [ActivityColumns.RegardingObjectId] = CaptureWorld.ContactRef(ada) });
        Guid Call(bool outgoing, string subject) => _w.Service.Create(new Entity(Tables.PhoneCall)
        {
            [ActivityColumns.Subject] = subject,
            [PhoneCallColumns.DirectionCode] = outgoing,
            [PhoneCallColumns.From] = outgoing ? CaptureWorld.Parties(CaptureWorld.Party(Tables.SystemUser, _w.Agent)) : CaptureWorld.Contacts(ada),
            [PhoneCallColumns.To] = outgoing ? CaptureWorld.Contacts(ada) : CaptureWorld.Parties(CaptureWorld.Party(Tables.SystemUser, _w.Agent)),
        });
        var made = Call(outgoing: true, "Welcome call");
        var dropped = Call(outgoing: true, "Check-in");
        _w.InboundEmail(ada, "Thanks");
        _w.Drain();
        var j = _w.JourneyOf(ada);
        Assert.Equal((0, 1, 0), (j.GetAttributeValue<int>(JourneyColumns.PhoneCount), j.GetAttributeValue<int>(JourneyColumns.TotalTouchpoints), j.GetAttributeValue<int>(JourneyColumns.TaskCount)));
        Assert.DoesNotContain(_w.TouchpointsOf(ada), t => t.GetAttributeValue<string>(TouchpointColumns.SourceTable) == Tables.Task);

        _w.Advance(TimeSpan.FromHours(2));
        _w.SetState(Tables.PhoneCall, made, StandardChoices.ActivityState.Completed);
        _w.SetState(Tables.PhoneCall, dropped, StandardChoices.ActivityState.Canceled);
        _w.Drain();

        j = _w.JourneyOf(ada);
        Assert.Equal((1, 2, 1), (j.GetAttributeValue<int>(JourneyColumns.PhoneCount), j.GetAttributeValue<int>(JourneyColumns.TotalTouchpoints), j.GetAttributeValue<int>(JourneyColumns.OutboundCount)));
        // The call answered the email: a reply that happened.
        Assert.Equal(1, j.GetAttributeValue<int>(JourneyColumns.ResponsesMeasured));
        Assert.Equal(j.Id, Assert.Single(_w.TouchpointsFrom(made)).GetAttributeValue<EntityReference>(TouchpointColumns.Journey)?.Id);
        Assert.Null(Assert.Single(_w.TouchpointsFrom(dropped)).GetAttributeValue<EntityReference>(TouchpointColumns.Journey));
        _w.AssertMatchesDomain(ada);

        // Every rollup job delivered again, in reverse order: nothing counted twice.
        var snapshot = Row(_w.JourneyOf(ada));
        foreach (var job in _w.Pipeline.AsyncQueue.Jobs.Where(x => x.Step.PluginType == typeof(JourneyRollupPlugin)).Reverse().ToList()) _w.Pipeline.AsyncQueue.Redeliver(job);
        _w.Drain();
        Assert.Equal(snapshot, Row(_w.JourneyOf(ada)));
    }

    [Fact]
    public void A_moment_counted_then_cancelled_leaves_the_journey_and_one_that_happens_again_comes_back()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.InboundEmail(ada, "Can someone call me?");
        _w.Advance(TimeSpan.FromMinutes(30));
        var visit = _w.Service.Create(new Entity(Tables.Appointment)
        {
            [ActivityColumns.Subject] = "Fitting",
            [AppointmentColumns.RequiredAttendees] = CaptureWorld.Contacts(ada),
            [ActivityColumns.ScheduledStart] = _w.Now.AddDays(2),
            [ActivityColumns.ScheduledEnd] = _w.Now.AddDays(2).AddHours(1),
        });
        _w.Drain();
        var booked = _w.JourneyOf(ada);
        Assert.Equal((2, 1), (booked.GetAttributeValue<int>(JourneyColumns.TotalTouchpoints), booked.GetAttributeValue<int>(JourneyColumns.AppointmentCount)));

        // Cancelled: the booking's row becomes Cancelled; the running totals cannot subtract it, so the journey is
        // recomputed from the touchpoints that count.
        _w.Advance(TimeSpan.FromHours(1));
        _w.SetState(Tables.Appointment, visit, StandardChoices.ActivityState.Canceled);
        _w.Drain();
        var cancelled = _w.JourneyOf(ada);
        Assert.Equal((1, 0), (cancelled.GetAttributeValue<int>(JourneyColumns.TotalTouchpoints), cancelled.GetAttributeValue<int>(JourneyColumns.AppointmentCount)));
        _w.AssertMatchesDomain(ada);
        var run = _w.Log.RunsOf(typeof(JourneyRollupPlugin)).Last(r => r.MessageName == "Update");
        Assert.Contains(run.Trace, l => l.Contains("no longer counts"));

        // A call that answered the email, completed, then reopened and cancelled (the agent logged it by mistake), then
        // reopened and completed after all: it leaves the journey and its reply time goes to no one, then comes back.
        var call = _w.Service.Create(new Entity(Tables.PhoneCall)
        {
            [ActivityColumns.Subject] = "Call back",
            [PhoneCallColumns.DirectionCode] = true,
            [PhoneCallColumns.From] = CaptureWorld.Parties(CaptureWorld.Party(Tables.SystemUser, _w.Agent)),
            [PhoneCallColumns.To] = CaptureWorld.Contacts(ada),
        });
        _w.SetState(Tables.PhoneCall, call, StandardChoices.ActivityState.Completed);
        _w.Drain();
        Assert.Equal((2, 1), (_w.JourneyOf(ada).GetAttributeValue<int>(JourneyColumns.TotalTouchpoints), _w.JourneyOf(ada).GetAttributeValue<int>(JourneyColumns.ResponsesMeasured)));
        _w.AssertMatchesDomain(ada);

        _w.Advance(TimeSpan.FromMinutes(5));
        _w.SetState(Tables.PhoneCall, call, StandardChoices.ActivityState.Open);
        _w.SetState(Tables.PhoneCall, call, StandardChoices.ActivityState.Canceled);
        _w.Drain();
        Assert.Equal((1, 0), (_w.JourneyOf(ada).GetAttributeValue<int>(JourneyColumns.TotalTouchpoints), _w.JourneyOf(ada).GetAttributeValue<int>(JourneyColumns.ResponsesMeasured)));
        _w.AssertMatchesDomain(ada);

        _w.Advance(TimeSpan.FromMinutes(5));
        _w.SetState(Tables.PhoneCall, call, StandardChoices.ActivityState.Open);
        _w.SetState(Tables.PhoneCall, call, StandardChoices.ActivityState.Completed);
        _w.Drain();
        Assert.Equal((2, 1), (_w.JourneyOf(ada).GetAttributeValue<int>(JourneyColumns.TotalTouchpoints), _w.JourneyOf(ada).GetAttributeValue<int>(JourneyColumns.ResponsesMeasured)));
        _w.AssertMatchesDomain(ada);
    }

    private static string Row(Entity e) => string.Join("|", e.Attributes
        .Where(a => a.Key is not ("modifiedon" or "versionnumber" or "modifiedby" or "modifiedonbehalfby"))
        .OrderBy(a => a.Key, StringComparer.Ordinal)
        .Select(a => a.Key + "=" + a.Value switch
        {
            EntityReference r => r.Id.ToString(),
            OptionSetValue o => o.Value.ToString(),
            DateTime d => d.ToString("o"),
            _ => a.Value?.ToString() ?? "null",
        }));
}
