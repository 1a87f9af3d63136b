using System;
using System.Linq;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Domain.Sentiment;
using CxJourney.Plugins.Model;
using static CxJourney.Plugins.Tests.Capture.Rules.Activities;

namespace CxJourney.Plugins.Tests.Capture.Rules;

public class ActivityCaptureTests
{
    private static CapturePlan Plan(ActivitySnapshot a, int kind = Choices.TouchpointKind.Created) =>
        ActivityCapture.Plan(a, kind, Operation)!;

    [Fact]
    public void An_incoming_email_belongs_to_its_sender_and_is_inbound()
    {
        var plan = Plan(Email(outgoing: false, from: Parties(Contact(Ada)), to: Parties(Contact(Bob), Row(Tables.Queue, Queue))));

        Assert.Equal(new[] { Ada }, plan.Contacts.Contacts);
        Assert.Equal(Choices.Direction.Inbound, plan.Draft.Direction);
        Assert.Equal(Choices.Channel.Email, plan.Draft.Channel);
        Assert.Equal(Choices.TouchpointKind.Created, plan.Draft.Kind);
        Assert.Equal(Created, plan.Draft.OccurredOn);
        Assert.Equal(Tables.Email, plan.Draft.SourceTable);
        Assert.Equal("e0000000-0000-0000-0000-000000000001", plan.Draft.SourceId);
        Assert.False(plan.Contacts.NeedsRead);
    }

    [Fact]
    public void An_outgoing_email_touches_every_contact_recipient_once_and_notes_the_rest()
    {
        var plan = Plan(Email(outgoing: true,
            from: Parties(Row(Tables.SystemUser, User)),
            to: Parties(Contact(Ada), Row(Tables.Account, Acme), new Party(null, address: "someone@example.com")),
            cc: Parties(Contact(Bob), Contact(Ada)),
            bcc: Parties(Contact(Cy), Row(Tables.Contact, Guid.NewGuid(), deleted: true))));

        Assert.Equal(new[] { Ada, Bob, Cy }, plan.Contacts.Contacts);
        Assert.Equal(Choices.Direction.Outbound, plan.Draft.Direction);
        Assert.Equal(User, plan.Draft.AgentId);
        Assert.Contains(plan.Contacts.Notes, n => n.Contains("account") && n.Contains("not a contact"));
        Assert.Contains(plan.Contacts.Notes, n => n.Contains("someone@example.com"));
        Assert.Contains(plan.Contacts.Notes, n => n.Contains("was deleted"));
    }

    [Fact]
    public void An_email_without_a_direction_is_outgoing_as_the_column_defaults()
    {
        var email = new ActivitySnapshot(Tables.Email, Guid.NewGuid()) { To = Parties(Contact(Ada)) };
        Assert.Equal(Choices.Direction.Outbound, Plan(email).Draft.Direction);
    }

    [Fact]
    public void Without_contact_parties_the_regarding_contact_is_the_contact()
    {
        var plan = Plan(Email(outgoing: false, from: Parties(new Party(null, address: "x@y.org")), regarding: new RowRef(Tables.Contact, Bob)));
        Assert.Equal(new[] { Bob }, plan.Contacts.Contacts);
        Assert.Equal("regarding contact", plan.Contacts.Source);
    }

    [Fact]
    public void Without_contact_parties_a_regarding_case_is_read_and_becomes_the_thread()
    {
        var plan = Plan(Email(outgoing: false, from: Parties(Row(Tables.Account, Acme)), regarding: new RowRef(Tables.Incident, Case)));
        Assert.Empty(plan.Contacts.Contacts);
        Assert.True(plan.Contacts.NeedsRead);
        Assert.Equal(Case, plan.Contacts.CaseToRead);
        Assert.Equal(ThreadKeys.ForCase(Case), plan.Draft.ThreadKey);
        Assert.Equal(Case, plan.Draft.CaseId);
    }

    [Fact]
    public void Contact_parties_win_over_the_regarding_case_but_the_case_stays_the_thread()
    {
        var plan = Plan(Email(outgoing: false, from: Parties(Contact(Ada)), regarding: new RowRef(Tables.Incident, Case)));
        Assert.Equal(new[] { Ada }, plan.Contacts.Contacts);
        Assert.Null(plan.Contacts.CaseToRead);
        Assert.Equal("incident:" + Case.ToString("D"), plan.Draft.ThreadKey);
    }

    [Fact]
    public void Regarding_anything_else_resolves_nobody_and_says_why()
    {
        var plan = Plan(Email(outgoing: true, to: Parties(Row(Tables.Account, Acme)), regarding: new RowRef(Tables.Account, Acme)));
        Assert.Empty(plan.Contacts.Contacts);
        Assert.False(plan.Contacts.NeedsRead);
        Assert.Contains(plan.Contacts.Notes, n => n.Contains("neither a contact nor a case"));
        Assert.Contains(plan.Contacts.Notes, n => n.Contains("no contact among the recipients"));
    }

    [Fact]
    public void Completion_happens_when_the_activity_ended_else_when_it_was_modified()
    {
        var ended = new DateTime(2025, 2, 4, 8, 30, 0, DateTimeKind.Utc);
        var modified = new DateTime(2025, 2, 5, 10, 0, 0, DateTimeKind.Utc);
        var call = new ActivitySnapshot(Tables.PhoneCall, Guid.NewGuid()) { Outgoing = true, To = Parties(Contact(Ada)), ActualEnd = ended, ModifiedOn = modified };
        Assert.Equal(ended, Plan(call, Choices.TouchpointKind.Completed).Draft.OccurredOn);

        var noEnd = new ActivitySnapshot(Tables.PhoneCall, Guid.NewGuid()) { Outgoing = true, To = Parties(Contact(Ada)), ModifiedOn = modified };
        Assert.Equal(modified, Plan(noEnd, Choices.TouchpointKind.Completed).Draft.OccurredOn);
        Assert.Equal(modified, Plan(noEnd, Choices.TouchpointKind.Cancelled).Draft.OccurredOn);

        var bare = new ActivitySnapshot(Tables.PhoneCall, Guid.NewGuid()) { Outgoing = true, To = Parties(Contact(Ada)) };
        Assert.Equal(Operation, Plan(bare, Choices.TouchpointKind.Completed).Draft.OccurredOn);
        Assert.Equal(Operation, Plan(bare).Draft.OccurredOn);
    }

    [Theory]
    [InlineData(false, "caller (from)")]
    [InlineData(true, "person called (to)")]
    public void A_phone_call_belongs_to_the_caller_or_the_person_called(bool outgoing, string source)
    {
        var call = new ActivitySnapshot(Tables.PhoneCall, Guid.NewGuid())
        {
            Outgoing = outgoing,
            From = outgoing ? Parties(Row(Tables.SystemUser, User)) : Parties(Contact(Ada)),
            To = outgoing ? Parties(Contact(Bob)) : Parties(Row(Tables.SystemUser, User)),
        };
        var plan = Plan(call);
        Assert.Equal(outgoing ? Bob : Ada, Assert.Single(plan.Contacts.Contacts));
        Assert.Equal(source, plan.Contacts.Source);
        Assert.Equal(Choices.Channel.Phone, plan.Draft.Channel);
    }

    [Fact]
    public void An_appointment_is_outbound_with_its_required_attendees_only()
    {
        var meeting = new ActivitySnapshot(Tables.Appointment, Guid.NewGuid())
        {
            RequiredAttendees = Parties(Contact(Ada), Row(Tables.SystemUser, User)),
            To = Parties(Contact(Bob)),
        };
        var plan = Plan(meeting);
        Assert.Equal(new[] { Ada }, plan.Contacts.Contacts);
        Assert.Equal(Choices.Direction.Outbound, plan.Draft.Direction);
        Assert.Equal(Choices.Channel.Appointment, plan.Draft.Channel);
    }

    [Fact]
    public void A_task_is_internal_and_belongs_to_what_it_is_regarding()
    {
        var task = new ActivitySnapshot(Tables.Task, Guid.NewGuid()) { Regarding = new RowRef(Tables.Contact, Cy), Subject = "Call back" };
        var plan = Plan(task);
        Assert.Equal(new[] { Cy }, plan.Contacts.Contacts);
        Assert.Equal(Choices.Direction.Internal, plan.Draft.Direction);
        Assert.Equal(Choices.Channel.Task, plan.Draft.Channel);
        Assert.Equal("Task created: Call back", plan.Draft.Name);
    }

    [Fact]
    public void A_letter_goes_to_its_recipients_when_outgoing()
    {
        var letter = new ActivitySnapshot(Tables.Letter, Guid.NewGuid()) { Outgoing = true, To = Parties(Contact(Ada)), Bcc = Parties(Contact(Bob)) };
        var plan = Plan(letter);
        Assert.Equal(new[] { Ada, Bob }, plan.Contacts.Contacts);
        Assert.Equal(Choices.Channel.Letter, plan.Draft.Channel);
    }

    [Fact]
    public void Inbound_agent_is_the_owner_when_a_user_owns_it()
    {
        Assert.Equal(User, Plan(Email(outgoing: false, from: Parties(Contact(Ada)))).Draft.AgentId);
        var teamOwned = new ActivitySnapshot(Tables.Email, Guid.NewGuid()) { Outgoing = false, From = Parties(Contact(Ada)), Owner = new RowRef(Tables.Team, Guid.NewGuid()) };
        Assert.Null(Plan(teamOwned).Draft.AgentId);
    }

    [Fact]
    public void Sentiment_is_scored_from_subject_and_body_and_the_body_is_not_kept()
    {
        const string body = "<p>This is <b>terrible</b>, I am furious.</p><div>-----Original Message-----<br/>We are happy to help!</div>";
        var plan = Plan(Email(outgoing: false, from: Parties(Contact(Ada)), subject: "Broken again", body: body));
        Assert.Equal(SentimentScorer.Default.Analyze("Broken again", body).Score, plan.Draft.Sentiment);
        Assert.True(plan.Draft.Sentiment < 0);
        Assert.DoesNotContain("furious", plan.Draft.Name + plan.Draft.SubjectSummary);
    }

    [Fact]
    public void Without_any_text_there_is_no_sentiment()
    {
        var plan = Plan(Email(outgoing: false, from: Parties(Contact(Ada)), subject: "  ", body: "<p> </p>"));
        Assert.Null(plan.Draft.Sentiment);
        Assert.Null(plan.Draft.SubjectSummary);
        Assert.Equal("Inbound email created", plan.Draft.Name);
    }

    [Fact]
    public void The_subject_is_masked_and_shortened_in_name_and_summary()
    {
        var subject = "Call me on +44 20 7946 0958 or mail jane.doe@example.com " + new string('x', 300);
        var plan = Plan(Email(outgoing: false, from: Parties(Contact(Ada)), subject: subject));
        Assert.StartsWith("Call me on [phone] or mail [email]", plan.Draft.SubjectSummary);
        Assert.True(plan.Draft.SubjectSummary!.Length <= 200);
        Assert.True(plan.Draft.Name.Length <= 200);
        Assert.StartsWith("Inbound email created: Call me on [phone]", plan.Draft.Name);
    }

    [Fact]
    public void A_table_capture_does_not_record_makes_no_plan()
    {
        Assert.Null(ActivityCapture.Plan(new ActivitySnapshot("fax", Guid.NewGuid()), Choices.TouchpointKind.Created, Operation));
        Assert.Null(ActivityCapture.ChannelOf(Tables.IncidentResolution));
    }

    [Fact]
    public void Every_captured_kind_keys_on_the_activity_so_a_second_event_updates_the_same_touchpoint()
    {
        var email = Email(outgoing: true, to: Parties(Contact(Ada)));
        var kinds = new[] { Choices.TouchpointKind.Created, Choices.TouchpointKind.Completed, Choices.TouchpointKind.Cancelled };
        Assert.All(kinds.Select(k => Plan(email, k).Draft.SourceId), id => Assert.Equal(email.Id.ToString("D"), id));
    }
}
