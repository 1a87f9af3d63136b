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
    public void A_phone_call_is_recorded_for_the_caller_or_the_person_called_and_on_completion(bool outgoing)
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var me = CaptureWorld.Party(Tables.SystemUser, _w.Agent);
        var her = CaptureWorld.Party(Tables.Contact, ada);
        var ended = _w.Now.AddMinutes(-20);
        var call = _w.Service.Create(new Entity(Tables.PhoneCall)
        {
            [ActivityColumns.Subject] = "Delivery date",
            [PhoneCallColumns.DirectionCode] = outgoing,
            [PhoneCallColumns.From] = CaptureWorld.Parties(outgoing ? me : her),
            [PhoneCallColumns.To] = CaptureWorld.Parties(outgoing ? her : me),
            [ActivityColumns.ActualEnd] = ended,
        });
        _w.SetState(Tables.PhoneCall, call, StandardChoices.ActivityState.Completed);

        var created = _w.Touchpoint(call, Choices.TouchpointKind.Created, ada);
        var completed = _w.Touchpoint(call, Choices.TouchpointKind.Completed, ada);
        Assert.Equal(outgoing ? Choices.Direction.Outbound : Choices.Direction.Inbound, CaptureWorld.Option(created, TouchpointColumns.Direction));
        Assert.Equal(Choices.Channel.Phone, CaptureWorld.Option(completed, TouchpointColumns.Channel));
        Assert.Equal(ended, completed.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
    }

    [Fact]
    public void An_appointment_touches_its_required_attendees_and_not_the_optional_ones()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var bob = _w.Contact("Bob", "Babbage");
        var meeting = _w.Service.Create(new Entity(Tables.Appointment)
        {
            [ActivityColumns.Subject] = "Onboarding session",
            [AppointmentColumns.RequiredAttendees] = CaptureWorld.Parties(CaptureWorld.Party(Tables.Contact, ada), CaptureWorld.Party(Tables.SystemUser, _w.Agent)),
            [AppointmentColumns.OptionalAttendees] = CaptureWorld.Contacts(bob),
        });
        var t = _w.Touchpoint(meeting, Choices.TouchpointKind.Created, ada);
        Assert.Equal((Choices.Channel.Appointment, Choices.Direction.Outbound), (CaptureWorld.Option(t, TouchpointColumns.Channel), CaptureWorld.Option(t, TouchpointColumns.Direction)));
        Assert.Empty(_w.TouchpointsOf(bob));
    }

    [Fact]
    public void A_task_and_a_letter_are_recorded_for_the_contact_they_concern()
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

        Assert.Equal(Choices.Direction.Internal, CaptureWorld.Option(_w.Touchpoint(task, Choices.TouchpointKind.Completed, ada), TouchpointColumns.Direction));
        Assert.Equal(Choices.Channel.Task, CaptureWorld.Option(_w.Touchpoint(task, Choices.TouchpointKind.Created, ada), TouchpointColumns.Channel));
        Assert.Equal(Choices.Channel.Letter, CaptureWorld.Option(_w.Touchpoint(letter, Choices.TouchpointKind.Created, ada), TouchpointColumns.Channel));
    }
}
