using System;
using System.Linq;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Domain.Sentiment;
using CxJourney.Plugins.Model;
using static CxJourney.Plugins.Tests.Capture.Rules.Activities;

namespace CxJourney.Plugins.Tests.Capture.Rules;

public class ActivityCaptureTests
{
    /// <summary>The plan of an event; without one, the activity's own moment: an outgoing email or letter sent, anything else created.</summary>
    private static CapturePlan Plan(ActivitySnapshot a, int? activityEvent = null) =>
        ActivityCapture.Plan(a, activityEvent ?? (IsMessage(a) && a.Outgoing != false ? Choices.TouchpointKind.Completed : Choices.TouchpointKind.Created), Operation)!;

    private static bool IsMessage(ActivitySnapshot a) => a.Table == Tables.Email || a.Table == Tables.Letter;

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

        var noEnd = new ActivitySnapshot(Tables.PhoneCall, Guid.NewGuid()) { Outgoing = true, To = Parties(Contact(Ada)), ModifiedOn = modified, CreatedOn = Created };
        Assert.Equal(modified, Plan(noEnd, Choices.TouchpointKind.Completed).Draft.OccurredOn);
        // Cancelled, the call's one row keeps the time it was planned at, marked cancelled.
        Assert.Equal(Created, Plan(noEnd, Choices.TouchpointKind.Cancelled).Draft.OccurredOn);

        var bare = new ActivitySnapshot(Tables.PhoneCall, Guid.NewGuid()) { Outgoing = true, To = Parties(Contact(Ada)) };
        Assert.Equal(Operation, Plan(bare, Choices.TouchpointKind.Completed).Draft.OccurredOn);
        Assert.Equal(Operation, Plan(bare).Draft.OccurredOn);

        // An appointment is held at its actual end, else its scheduled end.
        var meeting = new ActivitySnapshot(Tables.Appointment, Guid.NewGuid()) { RequiredAttendees = Parties(Contact(Ada)), ScheduledEnd = ended, ModifiedOn = modified };
        Assert.Equal(ended, Plan(meeting, Choices.TouchpointKind.Completed).Draft.OccurredOn);
    }

    [Theory]
    // table, outgoing, state at creation, follow-up, event -> kind, status (null: no touchpoint)
    [InlineData(Tables.Email, false, 0, false, "created", "created", "happened")]
    [InlineData(Tables.Email, false, 1, false, "created", "created", "happened")]
    [InlineData(Tables.Email, false, 0, false, "completed", null, null)]
    [InlineData(Tables.Email, false, 0, false, "cancelled", null, null)]
    [InlineData(Tables.Email, true, 0, false, "created", null, null)]
    [InlineData(Tables.Email, true, 1, false, "created", "completed", "happened")]
    [InlineData(Tables.Email, true, 0, false, "completed", "completed", "happened")]
    [InlineData(Tables.Email, true, 0, true, "completed", "completed", "happened")]
    [InlineData(Tables.Email, true, 0, false, "cancelled", null, null)]
    [InlineData(Tables.Letter, false, 0, false, "created", "created", "happened")]
    [InlineData(Tables.Letter, true, 0, false, "created", null, null)]
    [InlineData(Tables.Letter, true, 0, false, "completed", "completed", "happened")]
    [InlineData(Tables.PhoneCall, false, 0, false, "created", "created", "planned")]
    [InlineData(Tables.PhoneCall, false, 0, false, "completed", "created", "happened")]
    [InlineData(Tables.PhoneCall, false, 0, false, "cancelled", "created", "cancelled")]
    [InlineData(Tables.PhoneCall, false, 1, false, "created", "created", "happened")]
    [InlineData(Tables.PhoneCall, true, 0, false, "created", "completed", "planned")]
    [InlineData(Tables.PhoneCall, true, 1, false, "created", "completed", "happened")]
    [InlineData(Tables.PhoneCall, true, 2, false, "created", null, null)]
    [InlineData(Tables.PhoneCall, true, 0, false, "completed", "completed", "happened")]
    [InlineData(Tables.PhoneCall, true, 0, false, "cancelled", "completed", "cancelled")]
    [InlineData(Tables.PhoneCall, true, 0, true, "created", null, null)]
    [InlineData(Tables.PhoneCall, true, 0, true, "cancelled", null, null)]
    [InlineData(Tables.PhoneCall, true, 0, true, "completed", "completed", "happened")]
    [InlineData(Tables.Appointment, null, 0, false, "created", "created", "happened")]
    [InlineData(Tables.Appointment, null, 1, false, "created", "completed", "happened")]
    [InlineData(Tables.Appointment, null, 0, false, "completed", "completed", "happened")]
    [InlineData(Tables.Appointment, null, 0, false, "cancelled", "created", "cancelled")]
    [InlineData(Tables.Task, null, 0, false, "created", null, null)]
    [InlineData(Tables.Task, null, 0, false, "completed", null, null)]
    public void Each_event_is_the_moment_the_customer_lives_or_none(string table, bool? outgoing, int stateAtCreation, bool followUp, string activityEvent,
        string? kind, string? status)
    {
        var a = new ActivitySnapshot(table, Guid.NewGuid())
        {
            Outgoing = outgoing, From = Parties(Contact(Ada)), To = Parties(Contact(Ada)), RequiredAttendees = Parties(Contact(Ada)),
            Regarding = new RowRef(Tables.Contact, Ada), State = stateAtCreation, IsFollowUp = followUp, CreatedOn = Created,
        };
        var plan = ActivityCapture.Plan(a, Option(activityEvent), Operation);
        if (kind is null)
        {
            Assert.Null(plan);
            return;
        }
        Assert.NotNull(plan);
        Assert.Equal((Option(kind), Status(status!)), (plan!.Draft.Kind, plan.Draft.Status));
        Assert.Equal(a.Id.ToString("D"), plan.Draft.SourceId);
    }

    private static int Option(string kind) => kind switch
    {
        "created" => Choices.TouchpointKind.Created,
        "completed" => Choices.TouchpointKind.Completed,
        _ => Choices.TouchpointKind.Cancelled,
    };

    private static int Status(string status) => status switch
    {
        "planned" => Choices.TouchpointStatus.Planned,
        "happened" => Choices.TouchpointStatus.Happened,
        _ => Choices.TouchpointStatus.Cancelled,
    };

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
    public void A_task_is_internal_work_and_makes_no_touchpoint()
    {
        var task = new ActivitySnapshot(Tables.Task, Guid.NewGuid()) { Regarding = new RowRef(Tables.Contact, Cy), Subject = "Call back" };
        Assert.Null(ActivityCapture.Plan(task, Choices.TouchpointKind.Created, Operation));
        Assert.Null(ActivityCapture.ChannelOf(Tables.Task));
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
        Assert.Equal("Inbound email received", plan.Draft.Name);
    }

    [Fact]
    public void The_subject_is_masked_and_shortened_in_name_and_summary()
    {
        var subject = "Call me on +44 20 7946 0958 or mail jane.doe@example.com " + new string('x', 300);
        var plan = Plan(Email(outgoing: false, from: Parties(Contact(Ada)), subject: subject));
        Assert.StartsWith("Call me on [phone] or mail [email]", plan.Draft.SubjectSummary);
        Assert.True(plan.Draft.SubjectSummary!.Length <= 200);
        Assert.True(plan.Draft.Name.Length <= 200);
        Assert.StartsWith("Inbound email received: Call me on [phone]", plan.Draft.Name);
    }

    [Fact]
    public void A_table_capture_does_not_record_makes_no_plan()
    {
        Assert.Null(ActivityCapture.Plan(new ActivitySnapshot("fax", Guid.NewGuid()), Choices.TouchpointKind.Created, Operation));
        Assert.Null(ActivityCapture.ChannelOf(Tables.IncidentResolution));
    }

    [Fact]
    public void A_calls_events_key_on_the_call_and_its_one_kind_so_each_event_updates_the_same_touchpoint()
    {
        var call = new ActivitySnapshot(Tables.PhoneCall, Guid.NewGuid()) { Outgoing = true, To = Parties(Contact(Ada)) };
        var events = new[] { Choices.TouchpointKind.Created, Choices.TouchpointKind.Completed, Choices.TouchpointKind.Cancelled };
        var drafts = events.Select(k => Plan(call, k).Draft).ToList();
        Assert.All(drafts, d => Assert.Equal((call.Id.ToString("D"), Choices.TouchpointKind.Completed), (d.SourceId, d.Kind)));
        Assert.Equal(new[] { Choices.TouchpointStatus.Planned, Choices.TouchpointStatus.Happened, Choices.TouchpointStatus.Cancelled }, drafts.Select(d => d.Status));
    }
}
