using System;
using System.Linq;
using System.ServiceModel;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Ownership;
using CxJourney.Plugins.Tests.Capture;
using CxJourney.Plugins.Tests.Journey;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Ownership;

/// <summary>
/// Every CX row is owned where business-unit security can see it: touchpoints, journey and feedback by the
/// contact's owner, a case score by the case's owner, whoever wrote them (capture writes as SYSTEM), and they
/// follow a reassignment of the contact or case through the parental relationships' CascadeAssign.
/// </summary>
// A row created by SYSTEM without an owner is owned by SYSTEM in the root business unit (shared/reference/dataverse-platform/README.md).
// Parental relationships cascade Assign: https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
public class OwnershipTests
{
    private readonly CaptureWorld _w = new();

    private Guid ContactOwnedBy(Guid user, string first = "Ada")
    {
        var contact = _w.Contact(first, "Lovelace");
        _w.Service.Execute(Assign(CaptureWorld.ContactRef(contact), new EntityReference(Tables.SystemUser, user)));
        return contact;
    }

    /// <summary>Assign, the message that gives a row a new owner (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.assignrequest).</summary>
    private static OrganizationRequest Assign(EntityReference target, EntityReference assignee) =>
        new("Assign") { ["Target"] = target, ["Assignee"] = assignee };

    private static Guid OwnerOf(Entity row) => row.GetAttributeValue<EntityReference>(TouchpointColumns.OwnerId)!.Id;

    [Fact]
    public void Touchpoints_journey_and_feedback_take_the_contacts_owner_whoever_wrote_them()
    {
        var morgan = _w.Org.CreateUser("Morgan", "Owner");
        var ada = ContactOwnedBy(morgan);

        _w.InboundEmail(ada, "My parcel is late");
        _w.Service.Create(new Entity(Tables.Feedback) { [FeedbackColumns.Name] = "CSAT", [FeedbackColumns.Contact] = CaptureWorld.ContactRef(ada), [FeedbackColumns.Csat] = 2 });
        _w.Drain();

        Assert.NotEmpty(_w.TouchpointsOf(ada));
        Assert.All(_w.TouchpointsOf(ada), t => Assert.Equal(morgan, OwnerOf(t)));
        Assert.Equal(morgan, OwnerOf(_w.Journey(ada)!));
        Assert.Equal(morgan, OwnerOf(_w.Org.Query(Tables.Feedback).Single()));
    }

    [Fact]
    public void A_case_score_takes_the_cases_owner_not_the_contacts()
    {
        var morgan = _w.Org.CreateUser("Morgan", "Owner");
        var ada = ContactOwnedBy(morgan);
        var caseId = _w.Case(CaptureWorld.ContactRef(ada)); // owned by the agent
        _w.Resolve(caseId);
        _w.Drain();

        var score = _w.Org.Query(Tables.CaseScore).Single();
        Assert.Equal(_w.Agent, OwnerOf(score));
        Assert.Equal(morgan, OwnerOf(_w.Journey(ada)!));
        // The jobs that create them know those owners already (the case job read the case, the rollup its touchpoints,
        // which follow the contact): they give them, and the ownership step reads nothing.
        var jobRows = _w.Log.RunsOf(typeof(OwnerFollowsParentPlugin)).Where(r => r.PrimaryEntityName is Tables.CaseScore or Tables.Journey).ToList();
        Assert.Equal(2, jobRows.Count);
        Assert.All(jobRows, r => Assert.Empty(r.ServiceCalls));
    }

    [Fact]
    public void Reassigning_the_contact_moves_its_journey_and_touchpoints_and_nobody_elses()
    {
        var morgan = _w.Org.CreateUser("Morgan", "Owner");
        var riley = _w.Org.CreateUser("Riley", "Next");
        var ada = ContactOwnedBy(morgan);
        _w.InboundEmail(ada, "Hello");
        var caseId = _w.Case(CaptureWorld.ContactRef(ada));
        _w.Resolve(caseId);
        _w.Drain();
        var bob = ContactOwnedBy(morgan, "Bob");
        _w.InboundEmail(bob, "Unrelated");
        _w.Drain();

        _w.Service.Execute(Assign(CaptureWorld.ContactRef(ada), new EntityReference(Tables.SystemUser, riley)));

        Assert.All(_w.TouchpointsOf(ada), t => Assert.Equal(riley, OwnerOf(t)));
        Assert.Equal(riley, OwnerOf(_w.Journey(ada)!));
        // The contact's cases go with it (incident_customer_contacts cascades Assign), and the case score follows
        // its case: https://learn.microsoft.com/dynamics365/customer-engagement/web-api/incident
        Assert.Equal(riley, OwnerOf(_w.Org.Query(Tables.Incident).Single(c => c.Id == caseId)));
        Assert.Equal(riley, OwnerOf(_w.Org.Query(Tables.CaseScore).Single()));
        // Another contact of the same owner keeps its rows where they were.
        Assert.All(_w.TouchpointsOf(bob), t => Assert.Equal(morgan, OwnerOf(t)));
        Assert.Equal(morgan, OwnerOf(_w.Journey(bob)!));
    }

    [Fact]
    public void An_open_case_reassigned_takes_its_touchpoints_score_relationship_along()
    {
        // Parental incident -> case score (CascadeAssign Cascade) as Solution/Other/Relationships/Incident.xml ships it.
        var relationship = _w.Org.Metadata.Relationships.Single(r => r.SchemaName == "cx_incident_cx_casescore");
        Assert.Equal(CxJourney.SolutionModel.Schema.CascadeRule.Cascade, relationship.CascadeAssign);
        var contactTouchpoints = _w.Org.Metadata.Relationships.Single(r => r.SchemaName == "cx_contact_cx_touchpoint");
        Assert.Equal(CxJourney.SolutionModel.Schema.CascadeRule.Cascade, contactTouchpoints.CascadeAssign);
    }

    [Fact]
    public void Owning_costs_one_read_of_the_parent_per_row_created_none_when_the_writer_chose_the_owner_and_no_plugin_call_on_reassignment()
    {
        var morgan = _w.Org.CreateUser("Morgan", "Owner");
        var ada = ContactOwnedBy(morgan);
        var bob = ContactOwnedBy(morgan, "Bob");
        _w.Log.Clear();

        _w.OutboundEmail(CaptureWorld.Contacts(ada, bob), "To both");
        Assert.Equal(["RetrieveMultiple contact", "RetrieveMultiple contact"],
            _w.CallsBy<OwnerFollowsParentPlugin>().Select(c => c.MessageName + " " + c.PrimaryEntityName));

        // A writer that sets another owner itself saves the read (and keeps its choice).
        _w.Log.Clear();
        _w.Service.Create(new Entity(Tables.Feedback)
        {
            [FeedbackColumns.Name] = "NPS", [FeedbackColumns.Contact] = CaptureWorld.ContactRef(ada), [FeedbackColumns.Nps] = 9,
            [FeedbackColumns.OwnerId] = new EntityReference(Tables.SystemUser, _w.Agent),
        });
        var feedbackRun = Assert.Single(_w.Log.RunsOf(typeof(OwnerFollowsParentPlugin)), r => r.PrimaryEntityName == Tables.Feedback);
        Assert.Empty(feedbackRun.ServiceCalls);
        Assert.Equal(_w.Agent, OwnerOf(_w.Org.Query(Tables.Feedback).Single()));

        _w.Drain();
        _w.Log.Clear();
        _w.Service.Execute(Assign(CaptureWorld.ContactRef(ada), new EntityReference(Tables.SystemUser, _w.Agent)));
        Assert.Empty(_w.Log.StepRuns.Where(r => r.PluginType.Namespace == typeof(OwnerFollowsParentPlugin).Namespace).SelectMany(r => r.ServiceCalls));
    }

    [Fact]
    public void Anyone_may_flag_a_touchpoint_but_nobody_not_even_an_administrator_rewrites_what_was_captured()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.InboundEmail(ada, "My parcel is late", "I am annoyed");
        var touchpoint = _w.TouchpointsOf(ada).Single();
        var agent = _w.Service; // the administrator: the refusal is the step's, not a missing privilege (ShippedRolesTests has the agent)
        _w.Log.Clear();

        agent.Update(new Entity(Tables.Touchpoint, touchpoint.Id) { [TouchpointColumns.SystemicIssue] = true, [TouchpointColumns.SystemicIssueNote] = "Courier keeps losing parcels" });
        Assert.Empty(_w.Log.RunsOf(typeof(CapturedFactsGuardPlugin))); // the step's filter leaves the flag out: flagging runs nothing

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            agent.Update(new Entity(Tables.Touchpoint, touchpoint.Id) { [TouchpointColumns.SubjectSummary] = "All fine", [TouchpointColumns.Sentiment] = 0.9 }));
        Assert.StartsWith("A touchpoint records what happened and cannot be rewritten (", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("(cx_subjectsummary, cx_sentiment)", fault.Detail.Message, StringComparison.Ordinal);

        var stored = _w.Org.Query(Tables.Touchpoint).Single(t => t.Id == touchpoint.Id);
        Assert.True(stored.GetAttributeValue<bool>(TouchpointColumns.SystemicIssue));
        Assert.Equal(touchpoint.GetAttributeValue<string>(TouchpointColumns.SubjectSummary), stored.GetAttributeValue<string>(TouchpointColumns.SubjectSummary));

        // Sending a captured value back unchanged (as a form may) is not a rewrite.
        agent.Update(new Entity(Tables.Touchpoint, touchpoint.Id) { [TouchpointColumns.SubjectSummary] = stored.GetAttributeValue<string>(TouchpointColumns.SubjectSummary), [TouchpointColumns.SystemicIssue] = false });
    }

    [Fact]
    public void Capture_itself_still_updates_the_facts_it_owns()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var email = _w.InboundEmail(ada, "Draft subject");
        var agent = _w.Service;

        agent.Update(new Entity(Tables.Email, email) { [ActivityColumns.Subject] = "Final subject" });
        _w.SetState(Tables.Email, email, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Completed);

        Assert.NotEmpty(_w.TouchpointsOf(ada));
    }
}
