using System;
using System.Linq;
using CxJourney.Plugins.Capture;
using CxJourney.Plugins.Domain.Sentiment;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Capture;

/// <summary>Emails through the organization service: the registered steps, their images and their service calls.</summary>
public class EmailCaptureTests
{
    private readonly CaptureWorld _w = new();

    [Fact]
    public void An_inbound_email_records_its_sender_touchpoint_with_one_service_call()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.Log.Clear();
        const string body = "<p>My parcel is <b>late</b> and nobody answers. Terrible!</p>";

        var email = _w.InboundEmail(ada, "Where is my order 4711?", body);

        var t = _w.Touchpoint(email, Choices.TouchpointKind.Created, ada);
        Assert.Equal(Choices.Channel.Email, CaptureWorld.Option(t, TouchpointColumns.Channel));
        Assert.Equal(Choices.Direction.Inbound, CaptureWorld.Option(t, TouchpointColumns.Direction));
        Assert.Equal(Tables.Email, t.GetAttributeValue<string>(TouchpointColumns.SourceTable));
        Assert.Equal(email.ToString("D"), t.GetAttributeValue<string>(TouchpointColumns.SourceId));
        Assert.Equal(_w.Now, t.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
        Assert.Equal("Inbound email received: Where is my order 4711?", t.GetAttributeValue<string>(TouchpointColumns.Name));
        Assert.Equal(Choices.TouchpointStatus.Happened, CaptureWorld.Option(t, TouchpointColumns.Status));
        Assert.Equal("Where is my order 4711?", t.GetAttributeValue<string>(TouchpointColumns.SubjectSummary));
        Assert.Equal(SentimentScorer.Default.Analyze("Where is my order 4711?", body).Score, t.GetAttributeValue<double?>(TouchpointColumns.Sentiment));
        Assert.True(t.GetAttributeValue<double>(TouchpointColumns.Sentiment) < 0);
        Assert.Null(t.GetAttributeValue<string>(TouchpointColumns.ThreadKey));
        Assert.Null(t.GetAttributeValue<EntityReference>(TouchpointColumns.Case));
        Assert.Equal(_w.Org.AdminUserId, t.GetAttributeValue<EntityReference>(TouchpointColumns.Agent)?.Id);
        Assert.DoesNotContain(t.Attributes.Values.OfType<string>(), v => v.Contains("nobody answers"));

        var call = Assert.Single(_w.CallsBy<ActivityCapturePlugin>());
        Assert.Equal("Upsert", call.MessageName);
        Assert.Equal(Tables.Touchpoint, call.PrimaryEntityName);
        Assert.True(call.Succeeded);
        var run = Assert.Single(_w.Log.RunsOf(typeof(ActivityCapturePlugin)));
        Assert.Equal(("Create", 0), (run.MessageName, (int)run.Mode));
    }

    [Fact]
    public void An_outbound_email_touches_each_contact_recipient_once_in_one_call_and_traces_the_rest()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var bob = _w.Contact("Bob", "Babbage");
        var cy = _w.Contact("Cy", "Clarke");
        var acme = _w.Account("Acme");
        var queue = _w.Org.CreateQueue("Support");
        _w.Log.Clear();

        var email = _w.OutboundEmail(
            CaptureWorld.Parties(CaptureWorld.Party(Tables.Contact, ada), CaptureWorld.Party(Tables.Account, acme), CaptureWorld.Party(Tables.Queue, queue),
                CaptureWorld.Address("unknown@example.org")),
            "Your order has shipped",
            cc: CaptureWorld.Contacts(bob, cy, ada));

        Assert.Equal(new[] { ada, bob, cy }.OrderBy(g => g), _w.TouchpointsFrom(email).Select(t => t.GetAttributeValue<EntityReference>(TouchpointColumns.Contact)!.Id).OrderBy(g => g));
        Assert.All(_w.TouchpointsFrom(email), t =>
        {
            Assert.Equal(Choices.Direction.Outbound, CaptureWorld.Option(t, TouchpointColumns.Direction));
            Assert.Equal(_w.Agent, t.GetAttributeValue<EntityReference>(TouchpointColumns.Agent)?.Id);
        });
        // One Upsert per touchpoint written (no batch request in a synchronous step: il-avoid-batch-plugin).
        Assert.Equal(new[] { "Upsert", "Upsert", "Upsert" }, _w.CallsBy<ActivityCapturePlugin>().Select(c => c.MessageName));
        var trace = string.Join("\n", _w.TraceOf<ActivityCapturePlugin>());
        Assert.Contains($"account {acme:D} is not a contact", trace);
        Assert.Contains($"queue {queue:D} is not a contact", trace);
        // Trace lines are masked like every text that leaves its record: the address is named as "[email]".
        Assert.True(trace.Contains("'[email]' matches no record"), trace);
        Assert.DoesNotContain("unknown@example.org", trace);
        Assert.Contains("3 contact(s) from recipients (to, cc, bcc)", trace);
    }

    [Fact]
    public void An_email_without_a_resolvable_contact_saves_makes_no_touchpoint_and_leaves_a_trace()
    {
        var acme = _w.Account("Acme");
        _w.Log.Clear();

        var email = _w.Service.Create(_w.InboundEmailRow(CaptureWorld.Parties(CaptureWorld.Address("stranger@example.org"), CaptureWorld.Party(Tables.Account, acme)), "Hello?"));

        Assert.NotNull(_w.Org.Find(Tables.Email, email));
        Assert.Empty(_w.Touchpoints());
        Assert.Empty(_w.CallsBy<ActivityCapturePlugin>());
        var trace = string.Join("\n", _w.TraceOf<ActivityCapturePlugin>());
        Assert.Contains($"email {email:D}", trace);
        Assert.Contains("no contact found", trace);
        Assert.Contains("regarding nothing", trace);
        Assert.Equal(Emulator.Pipeline.StepOutcome.Succeeded, Assert.Single(_w.Log.RunsOf(typeof(ActivityCapturePlugin))).Outcome);
    }

    [Fact]
    public void Without_contact_parties_the_regarding_contact_gets_the_touchpoint()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.Log.Clear();
        var email = _w.Service.Create(_w.InboundEmailRow(CaptureWorld.Parties(CaptureWorld.Address("ada@home.example")), "From my other address",
            regarding: CaptureWorld.ContactRef(ada)));
        Assert.NotNull(_w.Touchpoint(email, Choices.TouchpointKind.Created, ada));
        Assert.Single(_w.CallsBy<ActivityCapturePlugin>());
    }

    [Fact]
    public void An_email_regarding_a_case_reads_the_case_customer_once_and_joins_the_case_thread()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var caseId = _w.Case(CaptureWorld.ContactRef(ada));
        _w.Log.Clear();

        var email = _w.Service.Create(_w.InboundEmailRow(CaptureWorld.Parties(CaptureWorld.Address("ada@home.example")), "Any news?",
            regarding: CaptureWorld.Ref(Tables.Incident, caseId)));

        var t = _w.Touchpoint(email, Choices.TouchpointKind.Created, ada);
        Assert.Equal("incident:" + caseId.ToString("D"), t.GetAttributeValue<string>(TouchpointColumns.ThreadKey));
        Assert.Equal(caseId, t.GetAttributeValue<EntityReference>(TouchpointColumns.Case)?.Id);
        // The documented cost: the case's customer is not in the email's images, so one read, then the write.
        Assert.Equal(new[] { "RetrieveMultiple", "Upsert" }, _w.CallsBy<ActivityCapturePlugin>().Select(c => c.MessageName));
        Assert.Contains("regarding case (read)", string.Join("\n", _w.TraceOf<ActivityCapturePlugin>()));
    }

    [Fact]
    public void A_case_of_an_account_gives_its_contact_person_or_the_account_primary_contact()
    {
        var boss = _w.Contact("Grace", "Hopper");
        var person = _w.Contact("Linus", "Pauling");
        var acme = _w.Account("Acme", primaryContact: boss);
        var withPerson = _w.Case(CaptureWorld.Ref(Tables.Account, acme), "Invoice wrong", CaptureWorld.ContactRef(person));
        var accountOnly = _w.Case(CaptureWorld.Ref(Tables.Account, acme), "Delivery late");

        var first = _w.Service.Create(_w.InboundEmailRow(CaptureWorld.Parties(CaptureWorld.Address("x@acme.example")), "Re: invoice", regarding: CaptureWorld.Ref(Tables.Incident, withPerson)));
        var second = _w.Service.Create(_w.InboundEmailRow(CaptureWorld.Parties(CaptureWorld.Address("y@acme.example")), "Re: delivery", regarding: CaptureWorld.Ref(Tables.Incident, accountOnly)));

        Assert.NotNull(_w.Touchpoint(first, Choices.TouchpointKind.Created, person));
        Assert.NotNull(_w.Touchpoint(second, Choices.TouchpointKind.Created, boss));
    }

    [Fact]
    public void A_draft_is_no_moment_sending_it_is_one_and_a_second_sending_reuses_the_row()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var email = _w.DraftEmail(CaptureWorld.Contacts(ada), "Your refund");
        Assert.Empty(_w.TouchpointsFrom(email));
        Assert.Empty(_w.CallsBy<ActivityCapturePlugin>());
        _w.Advance(TimeSpan.FromMinutes(42));
        _w.Log.Clear();

        _w.SetState(Tables.Email, email, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);

        var completed = Assert.Single(_w.TouchpointsFrom(email));
        Assert.Equal(Choices.TouchpointKind.Completed, CaptureWorld.KindOf(completed));
        Assert.Equal("Outbound email sent: Your refund", completed.GetAttributeValue<string>(TouchpointColumns.Name));
        Assert.Equal(_w.Now, completed.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
        Assert.Equal(Choices.Direction.Outbound, CaptureWorld.Option(completed, TouchpointColumns.Direction));
        Assert.Single(_w.CallsBy<ActivityCapturePlugin>());
        var run = Assert.Single(_w.Log.RunsOf(typeof(ActivityCapturePlugin)));
        Assert.Equal("Update", run.MessageName);

        // Reopened and completed again: the same source and kind, so the same touchpoint, moved to the new time.
        _w.SetState(Tables.Email, email, StandardChoices.ActivityState.Open, StandardChoices.EmailStatus.Draft);
        _w.Advance(TimeSpan.FromHours(1));
        _w.SetState(Tables.Email, email, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);
        Assert.Single(_w.TouchpointsFrom(email));
        Assert.Equal(_w.Now, _w.Touchpoint(email, Choices.TouchpointKind.Completed, ada).GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
    }

    [Fact]
    public void An_Update_of_statecode_captures_like_SetState_and_a_draft_thrown_away_leaves_nothing()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var sent = _w.DraftEmail(CaptureWorld.Contacts(ada), "Invitation");
        var dropped = _w.DraftEmail(CaptureWorld.Contacts(ada), "Draft we dropped");

        _w.Service.Update(new Entity(Tables.Email, sent) { [EmailColumns.StatusCode] = new OptionSetValue(StandardChoices.EmailStatus.Sent), [ActivityColumns.StateCode] = new OptionSetValue(StandardChoices.ActivityState.Completed) });
        _w.SetState(Tables.Email, dropped, StandardChoices.ActivityState.Canceled);

        Assert.NotNull(_w.Touchpoint(sent, Choices.TouchpointKind.Completed, ada));
        Assert.Empty(_w.TouchpointsFrom(dropped));
    }

    [Fact]
    public void A_received_email_completed_or_cancelled_later_stays_the_one_customer_message_it_was()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var first = _w.InboundEmail(ada, "Where is my order?");
        var second = _w.InboundEmail(ada, "Spam?");
        _w.Advance(TimeSpan.FromMinutes(30));
        _w.Log.Clear();

        _w.SetState(Tables.Email, first, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Received);
        _w.SetState(Tables.Email, second, StandardChoices.ActivityState.Canceled);

        Assert.Empty(_w.CallsBy<ActivityCapturePlugin>());
        foreach (var email in new[] { first, second })
        {
            var only = Assert.Single(_w.TouchpointsFrom(email));
            Assert.Equal(Choices.TouchpointKind.Created, CaptureWorld.KindOf(only));
            Assert.Equal(Choices.TouchpointStatus.Happened, CaptureWorld.Option(only, TouchpointColumns.Status));
            Assert.Equal(_w.Now.AddMinutes(-30), only.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
        }
    }

    [Fact]
    public void Changing_an_email_without_changing_its_state_runs_no_capture()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var email = _w.OutboundEmail(CaptureWorld.Contacts(ada), "Typo");
        _w.Log.Clear();
        _w.Service.Update(new Entity(Tables.Email, email) { [ActivityColumns.Subject] = "No typo" });
        Assert.Empty(_w.Log.RunsOf(typeof(ActivityCapturePlugin)));

        // A status change within the same state passes the filter but is no event.
        _w.SetState(Tables.Email, email, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);
        _w.SetState(Tables.Email, email, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Completed);
        Assert.Single(_w.TouchpointsFrom(email), t => CaptureWorld.KindOf(t) == Choices.TouchpointKind.Completed);
        Assert.Contains("is no touchpoint", string.Join("\n", _w.TraceOf<ActivityCapturePlugin>()));
    }

    [Fact]
    public void Capture_ignores_consent_flags_recording_an_interaction_is_not_contacting_anyone()
    {
        var optedOut = _w.Contact("Opted", "Out", c =>
        {
            c[ContactColumns.DoNotEMail] = true;
            c[ContactColumns.DoNotBulkEMail] = true;
            c[ContactColumns.DoNotPhone] = true;
        });
        var email = _w.InboundEmail(optedOut, "Please stop the newsletter");
        Assert.NotNull(_w.Touchpoint(email, Choices.TouchpointKind.Created, optedOut));
    }
}
