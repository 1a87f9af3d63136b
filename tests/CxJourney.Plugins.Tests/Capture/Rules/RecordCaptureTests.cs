using System;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Domain.Sentiment;
using CxJourney.Plugins.Model;
using static CxJourney.Plugins.Tests.Capture.Rules.Activities;

namespace CxJourney.Plugins.Tests.Capture.Rules;

/// <summary>Cases, survey answers and sales records.</summary>
public class RecordCaptureTests
{
    private static readonly DateTime Modified = new(2025, 2, 6, 15, 45, 0, DateTimeKind.Utc);

    private static CaseSnapshot ACase(RowRef? customer, RowRef? contactPerson = null) => new(Case)
    {
        Title = "Printer jams",
        Description = "It is broken and I am angry",
        Customer = customer,
        PrimaryContact = contactPerson,
        Owner = new RowRef(Tables.SystemUser, User),
        CreatedOn = Created,
        ModifiedOn = Modified,
    };

    [Fact]
    public void A_new_case_is_the_customer_reaching_out_in_the_case_thread()
    {
        var plan = CaseCapture.Plan(ACase(new RowRef(Tables.Contact, Ada)), Choices.TouchpointKind.Created, Operation, OperationId);
        var d = plan.Draft;
        Assert.Equal(new[] { Ada }, plan.Contacts.Contacts);
        Assert.Equal((Choices.Channel.Case, Choices.Direction.Inbound, Created), (d.Channel, d.Direction, d.OccurredOn));
        Assert.Equal(Case.ToString("D"), d.SourceId);
        Assert.Equal(ThreadKeys.ForCase(Case), d.ThreadKey);
        Assert.Equal(Case, d.CaseId);
        Assert.Equal(User, d.AgentId);
        Assert.Equal(SentimentScorer.Default.Analyze("Printer jams", "It is broken and I am angry").Score, d.Sentiment);
        Assert.Equal("Case created: Printer jams", d.Name);
    }

    [Theory]
    [InlineData(Choices.TouchpointKind.Cancelled, Choices.Direction.Internal)]
    [InlineData(Choices.TouchpointKind.Reopened, Choices.Direction.Inbound)]
    public void Lifecycle_events_happen_when_the_case_changed_and_key_on_that_time(int kind, int direction)
    {
        var plan = CaseCapture.Plan(ACase(new RowRef(Tables.Contact, Ada)), kind, Operation, OperationId);
        Assert.Equal(direction, plan.Draft.Direction);
        Assert.Equal(Modified, plan.Draft.OccurredOn);
        Assert.Equal(SourceKeys.ForEvent(Case, kind, Modified), plan.Draft.SourceId);
        Assert.NotEqual(Case.ToString("D"), plan.Draft.SourceId);
        Assert.Null(plan.Draft.Sentiment);
    }

    [Fact]
    public void A_resolution_keys_on_its_operation_so_the_update_and_the_incidentresolution_write_one_touchpoint()
    {
        var fromUpdate = CaseCapture.Plan(ACase(new RowRef(Tables.Contact, Ada)), Choices.TouchpointKind.Resolved, Operation, OperationId);
        var fromResolution = CaseCapture.PlanResolution(Case, "Fixed", new RowRef(Tables.SystemUser, User), Modified.AddMilliseconds(1700), OperationId);
        Assert.Equal(Choices.Direction.Internal, fromUpdate.Draft.Direction);
        Assert.Equal(Modified, fromUpdate.Draft.OccurredOn);
        Assert.Equal(SourceKeys.ForOperation(Case, Choices.TouchpointKind.Resolved, OperationId), fromUpdate.Draft.SourceId);
        Assert.Equal(fromUpdate.Draft.SourceId, fromResolution.Draft.SourceId);
        Assert.Equal((fromUpdate.Draft.SourceTable, fromUpdate.Draft.Kind), (fromResolution.Draft.SourceTable, fromResolution.Draft.Kind));
        Assert.Equal(Case, fromResolution.Contacts.CaseToRead);
        var later = CaseCapture.Plan(ACase(new RowRef(Tables.Contact, Ada)), Choices.TouchpointKind.Resolved, Operation, Guid.NewGuid());
        Assert.NotEqual(fromUpdate.Draft.SourceId, later.Draft.SourceId);
    }

    [Fact]
    public void A_case_of_an_account_belongs_to_its_contact_person_else_to_the_account_primary_contact()
    {
        var account = new RowRef(Tables.Account, Acme);
        var withPerson = CaseCapture.Plan(ACase(account, new RowRef(Tables.Contact, Bob)), Choices.TouchpointKind.Created, Operation, OperationId);
        Assert.Equal(new[] { Bob }, withPerson.Contacts.Contacts);

        var accountOnly = CaseCapture.Plan(ACase(account), Choices.TouchpointKind.Created, Operation, OperationId);
        Assert.True(accountOnly.Contacts.NeedsRead);
        Assert.Equal(Acme, accountOnly.Contacts.AccountToRead);
    }

    [Fact]
    public void A_case_without_customer_resolves_nobody()
    {
        var plan = CaseCapture.Plan(ACase(null), Choices.TouchpointKind.Created, Operation, OperationId);
        Assert.Empty(plan.Contacts.Contacts);
        Assert.False(plan.Contacts.NeedsRead);
        Assert.Contains("no customer", Assert.Single(plan.Contacts.Notes));
    }

    [Fact]
    public void The_case_contact_read_for_an_activity_follows_the_same_order()
    {
        var contact = new RowRef(Tables.Contact, Ada);
        var account = new RowRef(Tables.Account, Acme);
        Assert.Equal(Ada, CustomerContacts.OfCase(contact, new RowRef(Tables.Contact, Bob), Cy));
        Assert.Equal(Bob, CustomerContacts.OfCase(account, new RowRef(Tables.Contact, Bob), Cy));
        Assert.Equal(Cy, CustomerContacts.OfCase(account, null, Cy));
        Assert.Null(CustomerContacts.OfCase(account, null, null));
        Assert.Null(CustomerContacts.OfCase(null, null, Cy));
    }

    [Fact]
    public void A_survey_answer_is_inbound_on_its_channel_with_its_scores()
    {
        var feedback = new FeedbackSnapshot(Guid.NewGuid())
        {
            Name = "Store 12 kiosk", Contact = Ada, Case = Case, Channel = Choices.Channel.Kiosk,
            Nps = 9, Csat = 5, Comment = "Great service, thank you!", AnsweredOn = Modified, CreatedOn = Created,
        };
        var plan = FeedbackCapture.Plan(feedback, Operation);
        var d = plan.Draft;
        Assert.Equal(new[] { Ada }, plan.Contacts.Contacts);
        Assert.Equal((Choices.Channel.Kiosk, Choices.Direction.Inbound, Choices.TouchpointKind.Answered), (d.Channel, d.Direction, d.Kind));
        Assert.Equal((9, 5), (d.Nps!.Value, d.Csat!.Value));
        Assert.Equal(Modified, d.OccurredOn);
        Assert.Equal(ThreadKeys.ForCase(Case), d.ThreadKey);
        Assert.Equal(SentimentScorer.Default.Score(null, "Great service, thank you!"), d.Sentiment);
        Assert.True(d.Sentiment > 0);
    }

    [Fact]
    public void An_anonymous_answer_makes_no_touchpoint_and_an_answer_without_channel_is_a_survey()
    {
        var anonymous = FeedbackCapture.Plan(new FeedbackSnapshot(Guid.NewGuid()) { Nps = 3 }, Operation);
        Assert.Empty(anonymous.Contacts.Contacts);
        Assert.False(anonymous.Contacts.NeedsRead);
        Assert.Contains("anonymous", Assert.Single(anonymous.Contacts.Notes));
        Assert.Equal(Choices.Channel.Survey, anonymous.Draft.Channel);
        Assert.Equal(Operation, anonymous.Draft.OccurredOn);
        Assert.Null(anonymous.Draft.Sentiment);

        var unknownChannel = FeedbackCapture.Plan(new FeedbackSnapshot(Guid.NewGuid()) { Contact = Ada, Channel = 42 }, Operation);
        Assert.Equal(Choices.Channel.Survey, unknownChannel.Draft.Channel);
    }

    [Fact]
    public void An_order_is_a_purchase_by_the_customer_and_an_invoice_one_we_bill()
    {
        var order = CommerceCapture.PlanCreated(new CommerceSnapshot(Tables.SalesOrder, Guid.NewGuid())
        {
            Name = "Order 77", Customer = new RowRef(Tables.Contact, Ada), CreatedOn = Created,
        }, Operation)!;
        Assert.Equal((Choices.Channel.Order, Choices.Direction.Inbound, Choices.TouchpointKind.Purchased), (order.Draft.Channel, order.Draft.Direction, order.Draft.Kind));
        Assert.Equal("Order placed: Order 77", order.Draft.Name);
        Assert.Equal(new[] { Ada }, order.Contacts.Contacts);

        var invoice = CommerceCapture.PlanCreated(new CommerceSnapshot(Tables.Invoice, Guid.NewGuid())
        {
            Customer = new RowRef(Tables.Account, Acme),
        }, Operation)!;
        Assert.Equal((Choices.Channel.Invoice, Choices.Direction.Outbound), (invoice.Draft.Channel, invoice.Draft.Direction));
        Assert.Equal(Acme, invoice.Contacts.AccountToRead);
        Assert.Equal(Operation, invoice.Draft.OccurredOn);
    }

    [Fact]
    public void An_opportunity_won_or_lost_is_internal_and_prefers_its_contact_over_its_account()
    {
        var opportunity = new CommerceSnapshot(Tables.Opportunity, Guid.NewGuid())
        {
            Name = "Fleet renewal", Customer = new RowRef(Tables.Account, Acme), Contact = new RowRef(Tables.Contact, Cy), ModifiedOn = Modified,
        };
        var won = CommerceCapture.PlanClosed(opportunity, Choices.TouchpointKind.Won, Operation)!;
        Assert.Equal((Choices.Channel.Opportunity, Choices.Direction.Internal, Choices.TouchpointKind.Won, Modified),
            (won.Draft.Channel, won.Draft.Direction, won.Draft.Kind, won.Draft.OccurredOn));
        Assert.Equal(new[] { Cy }, won.Contacts.Contacts);
        Assert.Null(CommerceCapture.PlanCreated(opportunity, Operation));
        Assert.Null(CommerceCapture.PlanClosed(new CommerceSnapshot(Tables.SalesOrder, Guid.NewGuid()), Choices.TouchpointKind.Won, Operation));
    }
}
