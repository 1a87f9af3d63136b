using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Capture;

/// <summary>
/// The product organization with the records capture tests need, created through the organization service
/// (so every registered step runs as it would for a user), and terse readers of the touchpoints it wrote.
/// </summary>
internal sealed class CaptureWorld
{
    public CaptureWorld(DateTime? start = null)
    {
        Org = ProductOrganization.Create(start);
        Service = Org.GetService();
        Agent = Org.CreateUser("Avery", "Agent");
    }

    public LocalOrganization Org { get; }

    public IOrganizationService Service { get; }

    public PluginPipeline Pipeline => Org.Pipeline();

    public ExecutionLog Log => Pipeline.Log;

    public Guid Agent { get; }

    public DateTime Now => Org.Clock.UtcNow;

    public void Advance(TimeSpan by) => Org.Clock.Advance(by);

    // ---- records ------------------------------------------------------------------------

    public Guid Contact(string first, string last, Action<Entity>? more = null)
    {
        var contact = new Entity(Tables.Contact) { [ContactColumns.FirstName] = first, [ContactColumns.LastName] = last };
        more?.Invoke(contact);
        return Service.Create(contact);
    }

    public Guid Account(string name, Guid? primaryContact = null)
    {
        var account = new Entity(Tables.Account) { [AccountColumns.Name] = name };
        if (primaryContact.HasValue) account[AccountColumns.PrimaryContactId] = new EntityReference(Tables.Contact, primaryContact.Value);
        return Service.Create(account);
    }

    public Guid Case(EntityReference customer, string title = "Printer jams", EntityReference? contactPerson = null, string? description = null)
    {
        var incident = new Entity(Tables.Incident)
        {
            [IncidentColumns.Title] = title,
            [IncidentColumns.CustomerId] = customer,
            [IncidentColumns.OwnerId] = new EntityReference(Tables.SystemUser, Agent),
        };
        if (contactPerson is not null) incident[IncidentColumns.PrimaryContactId] = contactPerson;
        if (description is not null) incident[IncidentColumns.Description] = description;
        return Service.Create(incident);
    }

    public static EntityReference Ref(string table, Guid id) => new(table, id);

    public static EntityReference ContactRef(Guid id) => new(Tables.Contact, id);

    public static Entity Party(string table, Guid id) =>
        new(Tables.ActivityParty) { [ActivityPartyColumns.PartyId] = new EntityReference(table, id) };

    public static Entity Address(string address) =>
        new(Tables.ActivityParty) { [ActivityPartyColumns.AddressUsed] = address };

    public static EntityCollection Parties(params Entity[] parties) => new(parties.ToList()) { EntityName = Tables.ActivityParty };

    public static EntityCollection Contacts(params Guid[] contacts) => Parties(contacts.Select(c => Party(Tables.Contact, c)).ToArray());

    public Entity InboundEmailRow(EntityCollection from, string subject, string body = "", EntityReference? regarding = null)
    {
        var email = new Entity(Tables.Email)
        {
            [EmailColumns.DirectionCode] = StandardChoices.DirectionCode.Incoming,
            [EmailColumns.From] = from,
            [EmailColumns.To] = Parties(Party(Tables.SystemUser, Agent)),
            [ActivityColumns.Subject] = subject,
            [ActivityColumns.Description] = body,
        };
        if (regarding is not null) email[ActivityColumns.RegardingObjectId] = regarding;
        return email;
    }

    public Guid InboundEmail(Guid fromContact, string subject, string body = "", EntityReference? regarding = null) =>
        Service.Create(InboundEmailRow(Contacts(fromContact), subject, body, regarding));

    /// <summary>An outbound email sent: drafted, then SetState to Completed / Sent (the moment its recipients are touched).</summary>
    public Guid OutboundEmail(EntityCollection to, string subject, string body = "", EntityReference? regarding = null, EntityCollection? cc = null)
    {
        var id = DraftEmail(to, subject, body, regarding, cc);
        Send(id);
        return id;
    }

    public void Send(Guid email) => SetState(Tables.Email, email, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);

    /// <summary>An outbound email drafted and not sent: no moment yet.</summary>
    public Guid DraftEmail(EntityCollection to, string subject, string body = "", EntityReference? regarding = null, EntityCollection? cc = null)
    {
        var email = new Entity(Tables.Email)
        {
            [EmailColumns.DirectionCode] = StandardChoices.DirectionCode.Outgoing,
            [EmailColumns.From] = Parties(Party(Tables.SystemUser, Agent)),
            [EmailColumns.To] = to,
            [ActivityColumns.Subject] = subject,
            [ActivityColumns.Description] = body,
        };
        if (cc is not null) email[EmailColumns.Cc] = cc;
        if (regarding is not null) email[ActivityColumns.RegardingObjectId] = regarding;
        return Service.Create(email);
    }

    /// <summary>SetState, the legacy message a client uses to complete or cancel an activity.</summary>
    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.setstaterequest
    public void SetState(string table, Guid id, int state, int status = -1) =>
        Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference(table, id),
            ["State"] = new OptionSetValue(state),
            ["Status"] = new OptionSetValue(status),
        });

    /// <summary>CloseIncident, the message that resolves a case.</summary>
    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest
    public void Resolve(Guid caseId, string subject = "Fixed") =>
        Service.Execute(new OrganizationRequest("CloseIncident")
        {
            ["IncidentResolution"] = new Entity(Tables.IncidentResolution)
            {
                [IncidentResolutionColumns.Subject] = subject,
                [IncidentResolutionColumns.IncidentId] = new EntityReference(Tables.Incident, caseId),
            },
            ["Status"] = new OptionSetValue(StandardChoices.IncidentStatus.ProblemSolved),
        });

    // ---- touchpoints --------------------------------------------------------------------

    public IReadOnlyList<Entity> Touchpoints() => Org.Query(Tables.Touchpoint);

    public IReadOnlyList<Entity> TouchpointsOf(Guid contact) =>
        Touchpoints().Where(t => t.GetAttributeValue<EntityReference>(TouchpointColumns.Contact)?.Id == contact).ToList();

    public IReadOnlyList<Entity> TouchpointsFrom(Guid source) =>
        Touchpoints().Where(t => t.GetAttributeValue<EntityReference>(TouchpointColumns.Contact) is not null
                                 && SourceRecord(t) == source).ToList();

    /// <summary>The one touchpoint a source record made for a contact with a kind.</summary>
    public Entity Touchpoint(Guid source, int kind, Guid contact) =>
        Assert.Single(Touchpoints(), t => SourceRecord(t) == source && KindOf(t) == kind
                                          && t.GetAttributeValue<EntityReference>(TouchpointColumns.Contact)!.Id == contact);

    public Entity? Journey(Guid contact) =>
        Org.Query(Tables.Journey).SingleOrDefault(j => j.GetAttributeValue<EntityReference>(JourneyColumns.Contact)?.Id == contact);

    public static int KindOf(Entity touchpoint) => touchpoint.GetAttributeValue<OptionSetValue>(TouchpointColumns.Kind)!.Value;

    public static int? Option(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;

    /// <summary>The record a touchpoint came from: cx_sourceid is its id, or (repeatable events) the case in cx_caseid.</summary>
    private static Guid SourceRecord(Entity touchpoint)
    {
        var sourceId = Guid.Parse(touchpoint.GetAttributeValue<string>(TouchpointColumns.SourceId)!);
        var table = touchpoint.GetAttributeValue<string>(TouchpointColumns.SourceTable);
        return table == Tables.Incident ? touchpoint.GetAttributeValue<EntityReference>(TouchpointColumns.Case)!.Id : sourceId;
    }

    // ---- the execution log ---------------------------------------------------------------

    /// <summary>Service calls the capture plug-in of <typeparamref name="TPlugin"/> made (the synchronous path).</summary>
    public IReadOnlyList<ServiceCall> CallsBy<TPlugin>() => Log.ServiceCallsBy(typeof(TPlugin));

    public IReadOnlyList<string> TraceOf<TPlugin>() => Log.RunsOf(typeof(TPlugin)).SelectMany(r => r.Trace).ToList();
}
