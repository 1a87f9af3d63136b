using System;
using System.Linq;
using CxJourney.Plugins.Capture;
using CxJourney.Plugins.Domain.Sentiment;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Capture;

/// <summary>Survey answers, orders and invoices, phone calls, appointments, tasks and letters through the organization service.</summary>
public class SourceKindCaptureTests
{
    private readonly CaptureWorld _w = new();

    [Fact]
    public void A_survey_answer_records_an_answered_touchpoint_with_its_scores()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var caseId = _w.Case(CaptureWorld.ContactRef(ada));
        var answeredOn = _w.Now.AddHours(-3);
        _w.Log.Clear();
        var feedback = _w.Service.Create(new Entity(Tables.Feedback)
        {
            [FeedbackColumns.Name] = "Store 12 kiosk",
            [FeedbackColumns.Contact] = CaptureWorld.ContactRef(ada),
            [FeedbackColumns.Case] = CaptureWorld.Ref(Tables.Incident, caseId),
            [FeedbackColumns.Channel] = new OptionSetValue(Choices.Channel.Kiosk),
            [FeedbackColumns.Nps] = 10,
            [FeedbackColumns.Csat] = 5,
            [FeedbackColumns.Comment] = "Brilliant, thanks a lot!",
            [FeedbackColumns.AnsweredOn] = answeredOn,
            [FeedbackColumns.SourceReference] = "kiosk:store12:000451",
        });

        var t = _w.Touchpoint(feedback, Choices.TouchpointKind.Answered, ada);
        Assert.Equal(Choices.Channel.Kiosk, CaptureWorld.Option(t, TouchpointColumns.Channel));
        Assert.Equal(Choices.Direction.Inbound, CaptureWorld.Option(t, TouchpointColumns.Direction));
        Assert.Equal((10, 5), (t.GetAttributeValue<int>(TouchpointColumns.Nps), t.GetAttributeValue<int>(TouchpointColumns.Csat)));
        Assert.Equal(answeredOn, t.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
        Assert.Equal(SentimentScorer.Default.Score(null, "Brilliant, thanks a lot!"), t.GetAttributeValue<double?>(TouchpointColumns.Sentiment));
        Assert.Equal(caseId, t.GetAttributeValue<EntityReference>(TouchpointColumns.Case)?.Id);
        Assert.Single(_w.CallsBy<FeedbackCapturePlugin>());
    }

    [Fact]
    public void An_anonymous_answer_is_stored_without_a_touchpoint()
    {
        _w.Log.Clear();
        var feedback = _w.Service.Create(new Entity(Tables.Feedback) { [FeedbackColumns.Name] = "Kiosk", [FeedbackColumns.Nps] = 2 });
        Assert.NotNull(_w.Org.Find(Tables.Feedback, feedback));
        Assert.Empty(_w.Touchpoints());
        Assert.Empty(_w.CallsBy<FeedbackCapturePlugin>());
        Assert.Contains("anonymous answer", string.Join("\n", _w.TraceOf<FeedbackCapturePlugin>()));
    }

    [Fact]
    public void An_order_of_a_contact_and_an_invoice_of_an_account_are_purchases()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var boss = _w.Contact("Grace", "Hopper");
        var acme = _w.Account("Acme", boss);
        _w.Log.Clear();

        var order = _w.Service.Create(new Entity(Tables.SalesOrder) { [SalesOrderColumns.Name] = "Order 77", [SalesOrderColumns.CustomerId] = CaptureWorld.ContactRef(ada) });
        var invoice = _w.Service.Create(new Entity(Tables.Invoice) { [InvoiceColumns.Name] = "INV-9", [InvoiceColumns.CustomerId] = CaptureWorld.Ref(Tables.Account, acme) });

        var o = _w.Touchpoint(order, Choices.TouchpointKind.Purchased, ada);
        Assert.Equal((Choices.Channel.Order, Choices.Direction.Inbound), (CaptureWorld.Option(o, TouchpointColumns.Channel), CaptureWorld.Option(o, TouchpointColumns.Direction)));
        Assert.Equal("Order placed: Order 77", o.GetAttributeValue<string>(TouchpointColumns.Name));
        var i = _w.Touchpoint(invoice, Choices.TouchpointKind.Purchased, boss);
        Assert.Equal((Choices.Channel.Invoice, Choices.Direction.Outbound), (CaptureWorld.Option(i, TouchpointColumns.Channel), CaptureWorld.Option(i, TouchpointColumns.Direction)));
        // Order: 1 write. Invoice of an account: the account's primary contact is read, then the write.
        Assert.Equal(new[] { "Upsert", "RetrieveMultiple", "Upsert" }, _w.CallsBy<CommerceCapturePlugin>().Select(c => c.MessageName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_phone_call_is_one_row_for_the_caller_or_the_person_called_planned_while_open_happened_when_done(bool outgoing)
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var me = CaptureWorld.Party(Tables.SystemUser, _w.Agent);
        var her = CaptureWorld.Party(Tables.Contact, ada);
        var loggedAt = _w.Now;
        var call = _w.Service.Create(new Entity(Tables.PhoneCall)
        {
            [ActivityColumns.Subject] = "Delivery date",
            [PhoneCallColumns.DirectionCode] = outgoing,
            [PhoneCallColumns.From] = CaptureWorld.Parties(outgoing ? me : her),
            [PhoneCallColumns.To] = CaptureWorld.Parties(outgoing ? her : me),
        });
        // The customer calling is like a message received (Created); our call is like a message sent (Completed).
        var kind = outgoing ? Choices.TouchpointKind.Completed : Choices.TouchpointKind.Created;
        var planned = Assert.Single(_w.TouchpointsFrom(call));
        Assert.Equal((kind, Choices.TouchpointStatus.Planned), (CaptureWorld.KindOf(planned), CaptureWorld.Option(planned, TouchpointColumns.Status)));
        Assert.Equal(outgoing ? Choices.Direction.Outbound : Choices.Direction.Inbound, CaptureWorld.Option(planned, TouchpointColumns.Direction));
        Assert.EndsWith("(planned): Delivery date", planned.GetAttributeValue<string>(TouchpointColumns.Name));
        Assert.Equal(loggedAt, planned.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));

        _w.Advance(TimeSpan.FromMinutes(30));
        var ended = _w.Now.AddMinutes(-20);
        _w.Service.Update(new Entity(Tables.PhoneCall, call) { [ActivityColumns.ActualEnd] = ended });
        _w.SetState(Tables.PhoneCall, call, StandardChoices.ActivityState.Completed);

        var happened = Assert.Single(_w.TouchpointsFrom(call));
        Assert.Equal(planned.Id, happened.Id);
        Assert.Equal(Choices.TouchpointStatus.Happened, CaptureWorld.Option(happened, TouchpointColumns.Status));
        Assert.Equal(Choices.Channel.Phone, CaptureWorld.Option(happened, TouchpointColumns.Channel));
        Assert.Equal(ended, happened.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
        Assert.Equal((outgoing ? "Outbound" : "Inbound") + " phone call: Delivery date", happened.GetAttributeValue<string>(TouchpointColumns.Name));
    }

    [Fact]
    public void A_cancelled_call_keeps_its_one_row_marked_cancelled_and_a_follow_up_call_waits_until_it_is_made()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        Entity Call(string subject, bool followUp)
        {
            var row = new Entity(Tables.PhoneCall)
            {
                [ActivityColumns.Subject] = subject,
                [PhoneCallColumns.DirectionCode] = StandardChoices.DirectionCode.Outgoing,
                [PhoneCallColumns.From] = CaptureWorld.Parties(CaptureWorld.Party(Tables.SystemUser, _w.Agent)),
                [PhoneCallColumns.To] = CaptureWorld.Contacts(ada),
            };
            if (followUp) row[FollowUpColumns.Rule] = new OptionSetValue(Choices.FollowUpRule.PoorCase);
            return row;
        }
        var cancelled = _w.Service.Create(Call("Check-in", followUp: false));
        var followUp = _w.Service.Create(Call("We are sorry", followUp: true));
        var droppedFollowUp = _w.Service.Create(Call("Never mind", followUp: true));
        Assert.Empty(_w.TouchpointsFrom(followUp));

        _w.SetState(Tables.PhoneCall, cancelled, StandardChoices.ActivityState.Canceled);
        _w.SetState(Tables.PhoneCall, droppedFollowUp, StandardChoices.ActivityState.Canceled);
        _w.SetState(Tables.PhoneCall, followUp, StandardChoices.ActivityState.Completed);

        var off = Assert.Single(_w.TouchpointsFrom(cancelled));
        Assert.Equal(Choices.TouchpointStatus.Cancelled, CaptureWorld.Option(off, TouchpointColumns.Status));
        Assert.Contains("(cancelled)", off.GetAttributeValue<string>(TouchpointColumns.Name));
        Assert.Empty(_w.TouchpointsFrom(droppedFollowUp));
        Assert.Equal(Choices.TouchpointStatus.Happened, CaptureWorld.Option(Assert.Single(_w.TouchpointsFrom(followUp)), TouchpointColumns.Status));
    }

    [Fact]
    public void An_appointment_touches_its_required_attendees_when_booked_and_when_held_and_cancelling_marks_the_booking()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var bob = _w.Contact("Bob", "Babbage");
        Guid Meeting(string subject) => _w.Service.Create(new Entity(Tables.Appointment)
        {
            [ActivityColumns.Subject] = subject,
            [ActivityColumns.ScheduledStart] = _w.Now.AddDays(2),
            [ActivityColumns.ScheduledEnd] = _w.Now.AddDays(2).AddHours(1),
            [AppointmentColumns.RequiredAttendees] = CaptureWorld.Parties(CaptureWorld.Party(Tables.Contact, ada), CaptureWorld.Party(Tables.SystemUser, _w.Agent)),
            [AppointmentColumns.OptionalAttendees] = CaptureWorld.Contacts(bob),
        });
        var bookedAt = _w.Now;
        var meeting = Meeting("Onboarding session");
        var called = Meeting("Cancelled session");
        var booked = _w.Touchpoint(meeting, Choices.TouchpointKind.Created, ada);
        Assert.Equal((Choices.Channel.Appointment, Choices.Direction.Outbound), (CaptureWorld.Option(booked, TouchpointColumns.Channel), CaptureWorld.Option(booked, TouchpointColumns.Direction)));
        Assert.Equal("Outbound appointment booked: Onboarding session", booked.GetAttributeValue<string>(TouchpointColumns.Name));
        Assert.Empty(_w.TouchpointsOf(bob));

        _w.Advance(TimeSpan.FromDays(2));
        _w.SetState(Tables.Appointment, meeting, StandardChoices.ActivityState.Completed);
        _w.SetState(Tables.Appointment, called, StandardChoices.ActivityState.Canceled);

        var held = _w.Touchpoint(meeting, Choices.TouchpointKind.Completed, ada);
        Assert.Equal(bookedAt.AddDays(2).AddHours(1), held.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
        Assert.Equal(bookedAt, _w.Touchpoint(meeting, Choices.TouchpointKind.Created, ada).GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
        Assert.Equal(2, _w.TouchpointsFrom(meeting).Count);
        var off = Assert.Single(_w.TouchpointsFrom(called));
        Assert.Equal((Choices.TouchpointKind.Created, Choices.TouchpointStatus.Cancelled), (CaptureWorld.KindOf(off), CaptureWorld.Option(off, TouchpointColumns.Status)));
        Assert.Equal(bookedAt, off.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
    }

    [Fact]
    public void A_task_is_internal_work_off_the_journey_and_a_letter_is_recorded_when_sent()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var task = _w.Service.Create(new Entity(Tables.Task) { [ActivityColumns.Subject] = "Check warranty", [ActivityColumns.RegardingObjectId] = CaptureWorld.ContactRef(ada) });
        var letter = _w.Service.Create(new Entity(Tables.Letter)
        {
            [ActivityColumns.Subject] = "Warranty certificate",
            [LetterColumns.DirectionCode] = StandardChoices.DirectionCode.Outgoing,
            [LetterColumns.To] = CaptureWorld.Contacts(ada),
        });
        _w.SetState(Tables.Task, task, StandardChoices.ActivityState.Completed);
        Assert.Empty(_w.TouchpointsFrom(task));
        Assert.Empty(_w.TouchpointsFrom(letter));

        _w.SetState(Tables.Letter, letter, StandardChoices.ActivityState.Completed);
        var sent = Assert.Single(_w.TouchpointsFrom(letter));
        Assert.Equal((Choices.Channel.Letter, Choices.TouchpointKind.Completed), (CaptureWorld.Option(sent, TouchpointColumns.Channel), CaptureWorld.KindOf(sent)));
    }
}
