using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Settings;
using CxJourney.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Tests.Scoring;

/// <summary>
/// A product organization with the people, cases and touchpoints a scoring or follow-up test needs, driven
/// through the organization service as users would (create, CloseIncident, SetState, feedback) and the
/// asynchronous queue as the platform would (drain, re-deliver). Touchpoints of activities are seeded
/// directly so that a test decides exactly what a case's history is, and so 10,000 of them take no time.
/// </summary>
public sealed class CxScenario
{
    private int _sequence;

    public CxScenario(DateTime? startUtc = null, TimeSpan? keyIndexBuild = null)
    {
        Organization = ProductOrganization.Create(startUtc, keyIndexBuild: keyIndexBuild);
        Service = Organization.GetService();
    }

    public LocalOrganization Organization { get; }

    public IOrganizationService Service { get; }

    public PluginPipeline Pipeline => Organization.Pipeline();

    public DateTime Now => Organization.Clock.UtcNow;

    public void At(DateTime utc) => Organization.Clock.Set(utc);

    /// <summary>
    /// The settings copy as a running organization has it: copied from the variables within the day (a job of that day
    /// did), so a measured job reads its settings with its rows. Run as setup, not by a step.
    /// </summary>
    public void SettingsCopiedToday() => SettingsCopy.Write(Service, EnvironmentSettings.Load(Service), Now);

    public void Advance(TimeSpan by) => Organization.Clock.Advance(by);

    /// <summary>Runs every queued asynchronous job and those they queue; fails the test when one failed.</summary>
    public IReadOnlyList<AsyncJobResult> Drain()
    {
        var results = Pipeline.AsyncQueue.Drain();
        var failed = results.Where(r => r.Outcome == StepOutcome.Failed).ToList();
        Assert.True(failed.Count == 0, "Asynchronous jobs failed: " + string.Join(" | ", failed.Select(f => f.Job.Step.Name + ": " + f.Error)));
        return results;
    }

    // ---- people --------------------------------------------------------------------------------

    /// <summary>A user, seeded so that its manager and disabled flag (read-only through the service) can be set.</summary>
    public Guid User(string name, Guid? manager = null, bool disabled = false)
    {
        var id = Guid.NewGuid();
        var user = new Entity(Tables.SystemUser, id)
        {
            ["firstname"] = name,
            ["lastname"] = "Agent",
            ["domainname"] = name.ToLowerInvariant() + "@contoso.example",
            ["businessunitid"] = new EntityReference("businessunit", Organization.RootBusinessUnitId),
            [SystemUserColumns.IsDisabled] = disabled,
        };
        if (manager.HasValue)
            user[SystemUserColumns.ParentSystemUserId] = new EntityReference(Tables.SystemUser, manager.Value);
        Organization.Seed(user);
        return id;
    }

    public Guid Contact(string lastName, Guid? owner = null, bool doNotPhone = false, bool doNotEmail = false, string? phone = "+44 20 7946 0000")
    {
        var contact = new Entity(Tables.Contact)
        {
            [ContactColumns.FirstName] = "Ada",
            [ContactColumns.LastName] = lastName,
            [ContactColumns.DoNotPhone] = doNotPhone,
            [ContactColumns.DoNotEMail] = doNotEmail,
            [ContactColumns.Telephone1] = phone,
        };
        if (owner.HasValue)
            contact[ContactColumns.OwnerId] = new EntityReference(Tables.SystemUser, owner.Value);
        return Service.Create(contact);
    }

    public void Deactivate(Guid contactId) =>
        Service.Update(new Entity(Tables.Contact, contactId) { [ContactColumns.StateCode] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

    public Guid Case(Guid contactId, Guid? owner = null, string title = "Router keeps dropping the connection", DateTime? resolveBy = null, EntityReference? ownerRef = null)
    {
        var incident = new Entity(Tables.Incident)
        {
            [IncidentColumns.Title] = title,
            [IncidentColumns.CustomerId] = new EntityReference(Tables.Contact, contactId),
            [IncidentColumns.CaseOriginCode] = new OptionSetValue(StandardChoices.CaseOrigin.Email),
        };
        if (ownerRef != null)
            incident[IncidentColumns.OwnerId] = ownerRef;
        else if (owner.HasValue)
            incident[IncidentColumns.OwnerId] = new EntityReference(Tables.SystemUser, owner.Value);
        if (resolveBy.HasValue)
            incident[IncidentColumns.ResolveBy] = resolveBy.Value;
        return Service.Create(incident);
    }

    // ---- case lifecycle --------------------------------------------------------------------------

    /// <summary>Resolves the case the way the Resolve Case dialog does: CloseIncident with a case resolution.</summary>
    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest
    public void Resolve(Guid caseId, int status = StandardChoices.IncidentStatus.ProblemSolved) =>
        Service.Execute(CloseIncident(caseId, status));

    public static OrganizationRequest CloseIncident(Guid caseId, int status = StandardChoices.IncidentStatus.ProblemSolved) =>
        new("CloseIncident")
        {
            ["IncidentResolution"] = new Entity(Tables.IncidentResolution)
            {
                [IncidentResolutionColumns.Subject] = "Fixed",
                [IncidentResolutionColumns.IncidentId] = new EntityReference(Tables.Incident, caseId),
            },
            ["Status"] = new OptionSetValue(status),
        };

    /// <summary>Reactivates a resolved case (SetState to Active), as the Reactivate button does.</summary>
    public void Reopen(Guid caseId) =>
        Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference(Tables.Incident, caseId),
            ["State"] = new OptionSetValue(StandardChoices.IncidentState.Active),
            ["Status"] = new OptionSetValue(StandardChoices.IncidentStatus.InProgress),
        });

    public Guid Feedback(Guid? caseId, Guid? contactId, int? csat = null, int? ces = null, int? nps = null)
    {
        var feedback = new Entity(Tables.Feedback)
        {
            [FeedbackColumns.Name] = "Survey answer",
            [FeedbackColumns.SourceReference] = "survey:" + Guid.NewGuid().ToString("N"),
            [FeedbackColumns.Channel] = new OptionSetValue(Choices.Channel.Survey),
            [FeedbackColumns.AnsweredOn] = Now,
            [FeedbackColumns.Csat] = csat,
            [FeedbackColumns.Ces] = ces,
            [FeedbackColumns.Nps] = nps,
        };
        if (caseId.HasValue)
            feedback[FeedbackColumns.Case] = new EntityReference(Tables.Incident, caseId.Value);
        if (contactId.HasValue)
            feedback[FeedbackColumns.Contact] = new EntityReference(Tables.Contact, contactId.Value);
        return Service.Create(feedback);
    }

    // ---- touchpoints -----------------------------------------------------------------------------

    public Entity Touchpoint(Guid caseId, Guid contactId, int channel, int direction, int kind, DateTime occurredOn, double? sentiment = null)
    {
        var n = ++_sequence;
        return new Entity(Tables.Touchpoint, Guid.NewGuid())
        {
            [TouchpointColumns.Name] = "Touchpoint " + n,
            [TouchpointColumns.Contact] = new EntityReference(Tables.Contact, contactId),
            [TouchpointColumns.Case] = new EntityReference(Tables.Incident, caseId),
            [TouchpointColumns.Channel] = new OptionSetValue(channel),
            [TouchpointColumns.Direction] = new OptionSetValue(direction),
            [TouchpointColumns.Kind] = new OptionSetValue(kind),
            [TouchpointColumns.OccurredOn] = occurredOn,
            [TouchpointColumns.SourceTable] = channel == Choices.Channel.Phone ? Tables.PhoneCall : Tables.Email,
            [TouchpointColumns.SourceId] = Guid.NewGuid().ToString("D"),
            [TouchpointColumns.ThreadKey] = "incident:" + caseId.ToString("D"),
            [TouchpointColumns.Sentiment] = sentiment,
        };
    }

    public Entity InboundEmail(Guid caseId, Guid contactId, DateTime at, double? sentiment = null) =>
        Touchpoint(caseId, contactId, Choices.Channel.Email, Choices.Direction.Inbound, Choices.TouchpointKind.Created, at, sentiment);

    public Entity OutboundEmail(Guid caseId, Guid contactId, DateTime at, double? sentiment = null) =>
        Touchpoint(caseId, contactId, Choices.Channel.Email, Choices.Direction.Outbound, Choices.TouchpointKind.Completed, at, sentiment);

    public void Seed(params Entity[] rows) => Organization.Seed(rows);

    /// <summary>
    /// A history of <paramref name="count"/> touchpoints: one inbound email, then alternating outbound replies and
    /// inbound messages a minute apart, all about the case and before its resolution.
    /// </summary>
    public void SeedHistory(Guid caseId, Guid contactId, int count, DateTime from)
    {
        var rows = new Entity[count];
        for (var i = 0; i < count; i++)
        {
            var at = from.AddSeconds(i);
            rows[i] = i % 2 == 0 ? InboundEmail(caseId, contactId, at, -0.2) : OutboundEmail(caseId, contactId, at, 0.4);
        }
        Seed(rows);
    }

    // ---- configuration ---------------------------------------------------------------------------

    /// <summary>Sets an environment variable's current value, as an admin does: a value row for the shipped definition.</summary>
    public void SetVariable(string schemaName, string value) => Organization.SetEnvironmentVariable(schemaName, value);

    // ---- reading the outcome ---------------------------------------------------------------------

    public Entity? Score(Guid caseId) =>
        Organization.Query(Tables.CaseScore).SingleOrDefault(s => s.GetAttributeValue<EntityReference>(CaseScoreColumns.Case)?.Id == caseId);

    public Entity RequiredScore(Guid caseId) => Score(caseId) ?? throw new Xunit.Sdk.XunitException($"No cx_casescore for case {caseId}.");

    public IReadOnlyList<Entity> CaseTouchpoints(Guid caseId) =>
        Organization.Query(Tables.Touchpoint).Where(t => t.GetAttributeValue<EntityReference>(TouchpointColumns.Case)?.Id == caseId).ToList();

    public Entity? Journey(Guid contactId) =>
        Organization.Query(Tables.Journey).SingleOrDefault(j => j.GetAttributeValue<EntityReference>(JourneyColumns.Contact)?.Id == contactId);

    /// <summary>Every activity a follow-up rule made (task, phone call, email), oldest first.</summary>
    public IReadOnlyList<Entity> FollowUps() =>
        FollowUpColumns.OnTables
            .SelectMany(t => Organization.Query(t))
            .Where(a => a.GetAttributeValue<OptionSetValue>(FollowUpColumns.Rule) != null)
            .OrderBy(a => a.GetAttributeValue<DateTime>(ActivityColumns.CreatedOn))
            .ToList();

    public IReadOnlyList<Entity> FollowUps(int rule) =>
        FollowUps().Where(a => a.GetAttributeValue<OptionSetValue>(FollowUpColumns.Rule)?.Value == rule).ToList();

    public IReadOnlyList<ServiceCall> CallsBy<TPlugin>() => Pipeline.Log.ServiceCallsBy(typeof(TPlugin));
}
