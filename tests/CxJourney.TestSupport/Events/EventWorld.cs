using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Scoring;
using CxJourney.Plugins.Settings;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.TestSupport.Events;

/// <summary>
/// One organization the events run against: the product (the repository's Solution/ with the
/// plug-in assembly bound to its shipped steps, as ProductOrganization builds it for the tests) or,
/// in the benchmarks, the naive baseline (the same tables with naive steps, attached by the bench). Setup data goes in through Seed, which runs no step, so the execution log holds only
/// what the event itself caused.
/// </summary>
public sealed class EventWorld
{
    /// <summary>Monday 2024-03-04 09:00 UTC, inside default business hours (as the product tests start).</summary>
    public static readonly DateTime Start = new(2024, 3, 4, 9, 0, 0, DateTimeKind.Utc);

    private int _sequence;

    /// <summary>The organization has the settings copy (the product's): seeded journeys link to it, as the rollup leaves them.</summary>
    private bool _settingsCopy;

    /// <summary>A world over <paramref name="organization"/> with its plug-ins attached (the benchmarks' baseline attaches naive ones).</summary>
    public EventWorld(string name, LocalOrganization organization, PluginPipeline pipeline, Type scoringPlugin, IReadOnlyList<Type> capturePlugins)
    {
        Name = name;
        Organization = organization;
        Pipeline = pipeline;
        ScoringPlugin = scoringPlugin;
        CapturePlugins = capturePlugins;
        Service = organization.GetService();
        Agent = organization.CreateUser("Avery", "Agent");
    }

    public string Name { get; }

    public LocalOrganization Organization { get; }

    public PluginPipeline Pipeline { get; }

    public IOrganizationService Service { get; }

    /// <summary>The plug-in class that scores cases in this world.</summary>
    public Type ScoringPlugin { get; }

    /// <summary>The plug-in classes of the synchronous capture path.</summary>
    public IReadOnlyList<Type> CapturePlugins { get; }

    public Guid Agent { get; }

    public DateTime Now => Organization.Clock.UtcNow;

    public static EventWorld Product()
    {
        var world = new EventWorld("product",
            Attached(LocalOrganization.Create(new LocalOrganizationOptions
            {
                SolutionFolder = RepositoryRoot.Solution,
                PluginAssemblies = [typeof(PluginBase).Assembly],
                Clock = new OrganizationClock(Start),
                IdSeed = 42,
            }), out PluginPipeline product),
            product,
            typeof(CaseScoringPlugin),
            [typeof(CxJourney.Plugins.Capture.ActivityCapturePlugin), typeof(CxJourney.Plugins.Capture.CaseCapturePlugin), typeof(CxJourney.Plugins.Capture.FeedbackCapturePlugin)]);
        // An organization in use: its first job (or an admin's first change of a variable) made the settings copy, so an
        // event's jobs cost what they cost every day. The first job's own cost is SettingsCopyTests' subject.
        SettingsCopy.Write(world.Service, EnvironmentSettings.Load(world.Service), Start);
        world._settingsCopy = true;
        return world;
    }

    private static LocalOrganization Attached(LocalOrganization organization, out PluginPipeline pipeline)
    {
        pipeline = organization.Plugins ?? throw new InvalidOperationException("The product organization has no plug-in pipeline.");
        return organization;
    }

    // ---- setup (seeded: no step runs) ------------------------------------------------------

    /// <summary>Contacts that already have their journey, as in an organization that has run for a while.</summary>
    public Guid[] SeedContacts(int count)
    {
        var ids = new Guid[count];
        var rows = new Entity[count * 2];
        for (int i = 0; i < count; i++)
        {
            int n = ++_sequence;
            ids[i] = Guid.NewGuid();
            rows[i] = new Entity(Tables.Contact, ids[i])
            {
                [ContactColumns.FirstName] = "Contact",
                [ContactColumns.LastName] = "No. " + n,
                [ContactColumns.EMailAddress1] = $"contact{n}@example.com",
                [ContactColumns.OwnerId] = new EntityReference(Tables.SystemUser, Agent),
            };
            rows[count + i] = new Entity(Tables.Journey, Guid.NewGuid())
            {
                [JourneyColumns.Name] = "Contact No. " + n,
                [JourneyColumns.Contact] = new EntityReference(Tables.Contact, ids[i]),
                // As the rollup leaves a journey: its running aggregates (none counted yet), and (in the product) its link to
                // the settings copy, which brings the jobs' settings with the journey.
                [JourneyColumns.RollupState] = JourneyLedger.Empty(2 * JourneyOptions.Default.SentimentWindow).Serialize(),
            };
            if (_settingsCopy) rows[count + i][JourneyColumns.SettingsCopy] = new EntityReference(Tables.SettingsCopy, SettingsCopy.Id);
        }
        Organization.Seed(rows);
        return ids;
    }

    /// <summary>An open case of the contact, opened two days ago and owned by the agent.</summary>
    public Guid SeedCase(Guid contact)
    {
        var id = Guid.NewGuid();
        Organization.Seed(new Entity(Tables.Incident, id)
        {
            [IncidentColumns.Title] = "Printer jams",
            [IncidentColumns.CustomerId] = new EntityReference(Tables.Contact, contact),
            [IncidentColumns.OwnerId] = new EntityReference(Tables.SystemUser, Agent),
            [IncidentColumns.CreatedOn] = Now.AddDays(-2),
        });
        return id;
    }

    /// <summary>
    /// The case's prior touchpoints: emails alternating customer message and agent reply, one a
    /// minute from when the case was opened, each with a sentiment, all on the contact's journey, with
    /// the reply times and the journey's running aggregates as the rollup would have left them.
    /// </summary>
    public void SeedHistory(Guid caseId, Guid contact, int count)
    {
        Entity journeyRow = Organization.Query(Tables.Journey).First(j => j.GetAttributeValue<EntityReference>(JourneyColumns.Contact)?.Id == contact);
        Guid journey = journeyRow.Id;
        DateTime from = Now.AddDays(-2);
        var rows = new Entity[count];
        for (int i = 0; i < count; i++)
        {
            bool inbound = i % 2 == 0;
            rows[i] = new Entity(Tables.Touchpoint, Guid.NewGuid())
            {
                [TouchpointColumns.Name] = inbound ? "Inbound email created" : "Outbound email completed",
                [TouchpointColumns.Contact] = new EntityReference(Tables.Contact, contact),
                [TouchpointColumns.Journey] = new EntityReference(Tables.Journey, journey),
                [TouchpointColumns.Case] = new EntityReference(Tables.Incident, caseId),
                [TouchpointColumns.Channel] = new OptionSetValue(Choices.Channel.Email),
                [TouchpointColumns.Direction] = new OptionSetValue(inbound ? Choices.Direction.Inbound : Choices.Direction.Outbound),
                [TouchpointColumns.Kind] = new OptionSetValue(inbound ? Choices.TouchpointKind.Created : Choices.TouchpointKind.Completed),
                [TouchpointColumns.OccurredOn] = from.AddSeconds(i),
                [TouchpointColumns.SourceTable] = Tables.Email,
                [TouchpointColumns.SourceId] = Guid.NewGuid().ToString("D"),
                [TouchpointColumns.Sentiment] = inbound ? -0.2 : 0.4,
            };
        }
        var options = JourneyOptions.Default;
        var counted = rows.Select(r => new CountedTouchpoint(r.Id.ToString("D"), Choices.Channel.Email,
            r.GetAttributeValue<OptionSetValue>(TouchpointColumns.Direction)!.Value, r.GetAttributeValue<OptionSetValue>(TouchpointColumns.Kind)!.Value,
            null, r.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn), r.GetAttributeValue<string>(TouchpointColumns.ThreadKey),
            r.GetAttributeValue<double?>(TouchpointColumns.Sentiment), true)).ToList();
        JourneyLedger ledger = JourneyLedger.Parse(journeyRow.GetAttributeValue<string>(JourneyColumns.RollupState))!
            .Add(counted, 2 * options.SentimentWindow, out IReadOnlyDictionary<string, decimal?> minutes)!;
        foreach (Entity r in rows)
            if (minutes.TryGetValue(r.Id.ToString("D"), out decimal? m)) r[TouchpointColumns.ResponseMinutes] = m;
        Organization.Seed(rows);
        Service.Update(new Entity(Tables.Journey, journey) { [JourneyColumns.RollupState] = ledger.WithUnlinked([]).Serialize() });
    }

    // ---- events (through the organization service: every registered step runs) -----------

    public Guid InboundEmail(Guid contact) => Service.Create(InboundEmailRow(contact));

    /// <summary>An outbound email drafted: no touchpoint yet (a draft is no moment the customer lives).</summary>
    public Guid DraftEmail(IReadOnlyList<Guid> contacts) => Service.Create(new Entity(Tables.Email)
    {
        [EmailColumns.DirectionCode] = StandardChoices.DirectionCode.Outgoing,
        [EmailColumns.From] = Parties((Tables.SystemUser, Agent)),
        [EmailColumns.To] = Parties(contacts.Select(c => (Tables.Contact, c)).ToArray()),
        [ActivityColumns.Subject] = "Your order has shipped",
        [ActivityColumns.Description] = "Thank you for your order. It is on its way.",
    });

    /// <summary>A draft sent: SetState to Completed / Sent, the moment its recipients are touched.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email#BKMK_StatusCode
    public void SendEmail(Guid email) => Service.Execute(new OrganizationRequest("SetState")
    {
        ["EntityMoniker"] = new EntityReference(Tables.Email, email),
        ["State"] = new OptionSetValue(StandardChoices.ActivityState.Completed),
        ["Status"] = new OptionSetValue(StandardChoices.EmailStatus.Sent),
    });

    public Guid CaseCreated(Guid contact) => Service.Create(new Entity(Tables.Incident)
    {
        [IncidentColumns.Title] = "Printer jams",
        [IncidentColumns.CustomerId] = new EntityReference(Tables.Contact, contact),
        [IncidentColumns.OwnerId] = new EntityReference(Tables.SystemUser, Agent),
    });

    /// <summary>CloseIncident, the message that resolves a case.</summary>
    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest
    public void CaseResolved(Guid caseId) => Service.Execute(new OrganizationRequest("CloseIncident")
    {
        ["IncidentResolution"] = new Entity(Tables.IncidentResolution)
        {
            [IncidentResolutionColumns.Subject] = "Fixed",
            [IncidentResolutionColumns.IncidentId] = new EntityReference(Tables.Incident, caseId),
        },
        ["Status"] = new OptionSetValue(StandardChoices.IncidentStatus.ProblemSolved),
    });

    public Guid FeedbackArrived(Guid caseId, Guid contact) => Service.Create(new Entity(Tables.Feedback)
    {
        [FeedbackColumns.Name] = "Survey answer",
        [FeedbackColumns.SourceReference] = "survey:" + Guid.NewGuid().ToString("N"),
        [FeedbackColumns.Channel] = new OptionSetValue(Choices.Channel.Survey),
        [FeedbackColumns.AnsweredOn] = Now,
        [FeedbackColumns.Csat] = 2,
        [FeedbackColumns.Ces] = 5,
        [FeedbackColumns.Nps] = 4,
        [FeedbackColumns.Case] = new EntityReference(Tables.Incident, caseId),
        [FeedbackColumns.Contact] = new EntityReference(Tables.Contact, contact),
    });

    /// <summary>
    /// One ExecuteMultiple of inbound email Creates from a client, one from each contact: what a real organization
    /// accepts for an email import (email has no CreateMultiple; a client may batch, at most 1,000 requests per
    /// ExecuteMultiple: https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests).
    /// </summary>
    public void ExecuteMultipleEmailCreates(IReadOnlyList<Guid> contacts)
    {
        var requests = new OrganizationRequestCollection();
        foreach (Guid contact in contacts) requests.Add(new CreateRequest { Target = InboundEmailRow(contact) });
        var response = (ExecuteMultipleResponse)Service.Execute(new ExecuteMultipleRequest
        {
            Requests = requests,
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
        });
        if (response.IsFaulted) throw new InvalidOperationException("An email Create of the ExecuteMultiple failed.");
    }

    private Entity InboundEmailRow(Guid contact) => new(Tables.Email)
    {
        [EmailColumns.DirectionCode] = StandardChoices.DirectionCode.Incoming,
        [EmailColumns.From] = Parties((Tables.Contact, contact)),
        [EmailColumns.To] = Parties((Tables.SystemUser, Agent)),
        [ActivityColumns.Subject] = "Where is my order?",
        [ActivityColumns.Description] = "My parcel is late and nobody answers.",
    };

    private static EntityCollection Parties(params (string Table, Guid Id)[] parties) =>
        new(parties.Select(p => new Entity(Tables.ActivityParty) { [ActivityPartyColumns.PartyId] = new EntityReference(p.Table, p.Id) }).ToList())
        {
            EntityName = Tables.ActivityParty,
        };
}
