using System;
using CxJourney.Cli.Calibration;
using System.Collections.Generic;
using System.ServiceModel;
using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Cli.Demo;

/// <summary>
/// Plays a generated business into a local organization that runs the product's own registrations
/// (Solution/ with the plug-in assembly): customers and agents first, then every event in time order
/// with the organization's clock at the event's time, each through IOrganizationService so every
/// registered step fires, and the asynchronous queue drained after each event as the platform's
/// asynchronous service would run it shortly after.
/// </summary>
public sealed class DemoReplay
{
    private const string CxTeamQueueName = "CX Team";

    private readonly LocalOrganization _organization;
    private readonly DemoBusiness _business;
    private readonly ServiceCallMeter _meter;
    private readonly LocalOrganizationService _admin;
    private readonly Random _requestIds;
    private readonly Dictionary<int, LocalOrganizationService> _agentServices = new();
    private readonly Guid[] _agents;
    private readonly Guid[] _accounts;
    private readonly Guid[] _contacts;
    private readonly Dictionary<int, Guid> _cases = new();
    private readonly Dictionary<int, Guid> _orders = new();
    private readonly List<string> _failures = new();

    private DemoReplay(LocalOrganization organization, DemoBusiness business)
    {
        _organization = organization;
        _business = business;
        _meter = new ServiceCallMeter(organization.Plugins);
        _requestIds = new Random(business.Seed);
        _admin = SeededService(organization, organization.AdminUserId);
        _agents = new Guid[business.Agents.Count];
        _accounts = new Guid[business.Accounts.Count];
        _contacts = new Guid[business.Customers.Count];
    }

    /// <summary>A local organization with the product installed, its clock at <paramref name="start"/> and ids from <paramref name="seed"/>.</summary>
    public static LocalOrganization CreateOrganization(string solutionFolder, DateTime start, int seed, IReadOnlyList<string>? addOnSolutionFolders = null) =>
        LocalOrganization.Create(new LocalOrganizationOptions
        {
            Name = "cxdemo",
            SolutionFolder = solutionFolder,
            AddOnSolutionFolders = addOnSolutionFolders ?? [],
            PluginAssemblies = [typeof(PluginBase).Assembly],
            Clock = new OrganizationClock(start),
            IdSeed = seed,
        });

    /// <summary>How often the demo business recalibrates after its first calibration.</summary>
    public static readonly TimeSpan RecalibrationInterval = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a system job waits for the asynchronous service, in the business's time: Dataverse runs a job seconds
    /// to minutes after the operation that queued it, never within it. Jobs queued meanwhile run together, as they
    /// would on the platform (a journey's rollup then counts every touchpoint waiting on it at once).
    /// </summary>
    public static readonly TimeSpan DefaultJobDelay = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Replays <paramref name="business"/>; <paramref name="progress"/> hears after each event. The queued system jobs
    /// run before the first event that comes <paramref name="jobDelay"/> (default <see cref="DefaultJobDelay"/>) or
    /// more after the oldest event that queued one; <see cref="TimeSpan.Zero"/> runs them right after every event.
    /// </summary>
    public static DemoReplayResult Run(LocalOrganization organization, DemoBusiness business, Action<int>? progress = null, bool calibrateMidYear = true,
        TimeSpan? jobDelay = null)
    {
        TimeSpan delay = jobDelay ?? DefaultJobDelay;
        if (delay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(jobDelay), delay, "A job delay cannot be negative.");
        var replay = new DemoReplay(organization, business);
        // A year of jobs: counted as they finish (the meter), not kept with their contexts and traces.
        if (organization.Plugins is PluginPipeline queueOwner) queueOwner.AsyncQueue.KeepFinishedJobs = false;
        replay.Setup();
        int done = 0;
        // Half-way through the year the business starts calibrating its CSAT and CES models on the cases surveyed so
        // far, as an admin would run `cxjourney calibrate`, and does it again every month. Every case resolved after the
        // first calibration is predicted by weights fitted on earlier cases only, so those cases are a true holdout.
        DateTime calibrateAt = business.Start + TimeSpan.FromTicks((business.End - business.Start).Ticks / 2);
        CalibrationRun? calibration = null;
        DateTime? calibratedAt = null;
        DateTime? jobsWaitingSince = null;
        foreach (DemoEvent e in business.Events)
        {
            if (jobsWaitingSince is DateTime since && e.At - since >= delay)
            {
                // The asynchronous service has picked the waiting jobs up before this event (the clock stays at the last
                // event's moment: the jobs see the business as it was then).
                replay.DrainAsync();
                jobsWaitingSince = null;
            }
            if (calibrateMidYear && e.At >= calibrateAt)
            {
                organization.Clock.Set(calibrateAt);
                replay.DrainAsync();
                jobsWaitingSince = null;
                calibration = OrganizationCalibration.Run(organization.GetService(), calibrateAt);
                calibratedAt ??= calibrateAt;
                calibrateAt = calibrateAt.Add(RecalibrationInterval);
            }
            if (e.At > organization.Clock.UtcNow) organization.Clock.Set(e.At);
            replay.Apply(e);
            if (delay == TimeSpan.Zero) replay.DrainAsync();
            else jobsWaitingSince ??= e.At;
            progress?.Invoke(++done);
        }
        // The last events' jobs run in their moment, as every other event's did; then the year ends.
        replay.DrainAsync();
        organization.Clock.Set(business.End);
        replay.DrainAsync();
        return new DemoReplayResult(replay._contacts, replay._meter.Snapshot(), replay._failures, business.End, calibration, calibratedAt);
    }

    private void Setup()
    {
        var (north, south) = DemoViewers.CreateUnits(_organization);
        for (int i = 0; i < _business.Agents.Count; i++)
        {
            DemoAgent agent = _business.Agents[i];
            // The replay acts through each agent's own service; the demo has no service-agent base role to add
            // the solution's CX Agent role to, so its agents work with System Administrator's privileges.
            // They alternate between the two business units; the views are served as DemoViewers' users.
            _agents[i] = _organization.NewUser(agent.FirstName, agent.LastName)
                .In(i % 2 == 0 ? north : south)
                .WithRoles(CxJourney.Emulator.Security.SecurityRole.SystemAdministratorName)
                .Create();
        }
        DemoViewers.CreateViewers(_organization, north);
        foreach (DemoAgent agent in _business.Agents)
        {
            if (agent.Manager is int manager)
                _admin.Update(new Entity(Tables.SystemUser, _agents[agent.Index]) { [SystemUserColumns.ParentSystemUserId] = new EntityReference(Tables.SystemUser, _agents[manager]) });
        }
        _organization.CreateQueue(CxTeamQueueName);

        foreach (DemoAccount account in _business.Accounts)
        {
            _accounts[account.Index] = Do(() => _admin.Create(new Entity(Tables.Account)
            {
                [AccountColumns.Name] = account.Name,
                [AccountColumns.Segment] = new OptionSetValue(account.Segment),
                ["address1_stateorprovince"] = account.Region,
            }), $"account {account.Name}");
        }
        foreach (DemoCustomer c in _business.Customers)
        {
            var contact = new Entity(Tables.Contact)
            {
                [ContactColumns.FirstName] = c.FirstName,
                [ContactColumns.LastName] = c.LastName,
                [ContactColumns.EMailAddress1] = c.Email,
                [ContactColumns.Telephone1] = c.Phone,
                [ContactColumns.Segment] = new OptionSetValue(c.Segment),
                [ContactColumns.DoNotPhone] = c.DoNotPhone,
                [ContactColumns.DoNotEMail] = c.DoNotEmail,
                ["address1_stateorprovince"] = c.Region,
                ["address1_city"] = c.City,
            };
            if (c.Account is int account) contact[ContactColumns.ParentCustomerId] = new EntityReference(Tables.Account, _accounts[account]);
            // Each customer belongs to an agent, so its journey sits in that agent's business unit.
            contact[ContactColumns.OwnerId] = new EntityReference(Tables.SystemUser, _agents[c.Index % _agents.Length]);
            _contacts[c.Index] = Do(() => _admin.Create(contact), $"contact {c.FirstName} {c.LastName}");
        }
        DrainAsync();
    }

    /// <summary>One event of the business, as the request a user or an integration would make.</summary>
    private void Apply(DemoEvent e)
    {
        switch (e)
        {
            case OrderPlaced o: _orders[o.Order] = Do(() => PlaceOrder(o), o.Name); break;
            case InvoiceIssued i: Do(() => IssueInvoice(i), i.Name); break;
            case AppointmentHeld a: Do(() => HoldAppointment(a), a.Subject); break;
            case EmailReceived m: Do(() => ReceiveEmail(m), m.Subject); break;
            case EmailSent m: Do(() => SendEmail(m), m.Subject); break;
            case CallReceived call: Do(() => ReceiveCall(call), call.Subject); break;
            case CallMade call: Do(() => MakeCall(call), call.Subject); break;
            case CaseOpened c: _cases[c.Case] = Do(() => OpenCase(c), c.Title); break;
            case CaseTransferred t when Case(t.Case) is EntityReference transferred: Do(() => TransferCase(transferred, t.Agent), "transfer of a case"); break;
            case CaseResolved r when Case(r.Case) is EntityReference resolved: Do(() => ResolveCase(resolved, r.Resolution), r.Resolution); break;
            case CaseReopened r when Case(r.Case) is EntityReference reopened: Do(() => ReopenCase(reopened), "reopening a case"); break;
            case CaseCancelled r when Case(r.Case) is EntityReference cancelled: Do(() => CancelCase(cancelled), "cancelling a case"); break;
            case FeedbackGiven f: Do(() => _admin.Create(Feedback(f)), f.Reference); break;
        }
    }

    private Guid PlaceOrder(OrderPlaced o) => Agent(o.Agent).Create(new Entity(Tables.SalesOrder)
    {
        [SalesOrderColumns.Name] = o.Name,
        [SalesOrderColumns.CustomerId] = Contact(o.Customer),
        [SalesOrderColumns.TotalAmount] = new Money(o.Amount),
    });

    private Guid IssueInvoice(InvoiceIssued i)
    {
        var invoice = new Entity(Tables.Invoice)
        {
            [InvoiceColumns.Name] = i.Name,
            [InvoiceColumns.CustomerId] = Contact(i.Customer),
            [InvoiceColumns.TotalAmount] = new Money(i.Amount),
        };
        if (_orders.TryGetValue(i.Order, out Guid order) && order != Guid.Empty) invoice[InvoiceColumns.SalesOrderId] = new EntityReference(Tables.SalesOrder, order);
        return Agent(i.Agent).Create(invoice);
    }

    private Guid HoldAppointment(AppointmentHeld a)
    {
        LocalOrganizationService agent = Agent(a.Agent);
        Guid id = agent.Create(new Entity(Tables.Appointment)
        {
            [ActivityColumns.Subject] = a.Subject,
            [ActivityColumns.ScheduledStart] = a.At,
            [ActivityColumns.ScheduledEnd] = a.At.AddHours(1),
            [AppointmentColumns.RequiredAttendees] = Parties(Contact(a.Customer)),
            [AppointmentColumns.Organizer] = Parties(User(a.Agent)),
            [ActivityColumns.RegardingObjectId] = Contact(a.Customer),
        });
        SetState(agent, Tables.Appointment, id, StandardChoices.ActivityState.Completed, 3);
        return id;
    }

    private Guid ReceiveEmail(EmailReceived m) => Agent(m.Agent).Create(
        Email(m.Subject, m.Body, StandardChoices.DirectionCode.Incoming, from: Contact(m.Customer), to: User(m.Agent), Regarding(m.Customer, m.Case)));

    private Guid SendEmail(EmailSent m)
    {
        LocalOrganizationService agent = Agent(m.Agent);
        Guid id = agent.Create(Email(m.Subject, m.Body, StandardChoices.DirectionCode.Outgoing, from: User(m.Agent), to: Contact(m.Customer), Regarding(m.Customer, m.Case)));
        SetState(agent, Tables.Email, id, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);
        return id;
    }

    /// <summary>An agent logs the call the customer made and closes it as received (phone call status 4): an open call is a planned one.</summary>
    private Guid ReceiveCall(CallReceived call)
    {
        LocalOrganizationService agent = Agent(call.Agent);
        Guid id = agent.Create(PhoneCall(call.Subject, call.Notes, StandardChoices.DirectionCode.Incoming, from: Contact(call.Customer), to: User(call.Agent), Regarding(call.Customer, call.Case)));
        SetState(agent, Tables.PhoneCall, id, StandardChoices.ActivityState.Completed, 4);
        return id;
    }

    private Guid MakeCall(CallMade call)
    {
        LocalOrganizationService agent = Agent(call.Agent);
        Guid id = agent.Create(PhoneCall(call.Subject, call.Notes, StandardChoices.DirectionCode.Outgoing, from: User(call.Agent), to: Contact(call.Customer), Regarding(call.Customer, call.Case)));
        SetState(agent, Tables.PhoneCall, id, StandardChoices.ActivityState.Completed, 2);
        return id;
    }

    private static Entity Email(string subject, string body, bool direction, EntityReference from, EntityReference to, EntityReference regarding) => new(Tables.Email)
    {
        [ActivityColumns.Subject] = subject,
        [ActivityColumns.Description] = body,
        [EmailColumns.DirectionCode] = direction,
        [EmailColumns.From] = Parties(from),
        [EmailColumns.To] = Parties(to),
        [ActivityColumns.RegardingObjectId] = regarding,
    };

    private static Entity PhoneCall(string subject, string notes, bool direction, EntityReference from, EntityReference to, EntityReference regarding) => new(Tables.PhoneCall)
    {
        [ActivityColumns.Subject] = subject,
        [ActivityColumns.Description] = notes,
        [PhoneCallColumns.DirectionCode] = direction,
        [PhoneCallColumns.From] = Parties(from),
        [PhoneCallColumns.To] = Parties(to),
        [ActivityColumns.RegardingObjectId] = regarding,
    };

    private Guid OpenCase(CaseOpened c)
    {
        var incident = new Entity(Tables.Incident)
        {
            [IncidentColumns.Title] = c.Title,
            [IncidentColumns.Description] = c.Description,
            [IncidentColumns.CustomerId] = Contact(c.Customer),
            [IncidentColumns.CaseOriginCode] = new OptionSetValue(c.Origin),
            [IncidentColumns.PriorityCode] = new OptionSetValue(c.Priority),
        };
        if (c.ResolveBy is DateTime due) incident[IncidentColumns.ResolveBy] = due;
        return Agent(c.Agent).Create(incident);
    }

    private Guid TransferCase(EntityReference incident, int agent)
    {
        _admin.Execute(new OrganizationRequest("Assign") { ["Target"] = incident, ["Assignee"] = User(agent) });
        return incident.Id;
    }

    private Guid ResolveCase(EntityReference incident, string resolution)
    {
        _admin.Execute(new OrganizationRequest("CloseIncident")
        {
            ["IncidentResolution"] = new Entity(Tables.IncidentResolution)
            {
                [IncidentResolutionColumns.Subject] = resolution,
                [IncidentResolutionColumns.IncidentId] = incident,
            },
            ["Status"] = new OptionSetValue(StandardChoices.IncidentStatus.ProblemSolved),
        });
        return incident.Id;
    }

    private Guid ReopenCase(EntityReference incident)
    {
        SetState(_admin, Tables.Incident, incident.Id, StandardChoices.IncidentState.Active, StandardChoices.IncidentStatus.InProgress);
        return incident.Id;
    }

    private Guid CancelCase(EntityReference incident)
    {
        SetState(_admin, Tables.Incident, incident.Id, StandardChoices.IncidentState.Cancelled, StandardChoices.IncidentStatus.Cancelled);
        return incident.Id;
    }

    private Entity Feedback(FeedbackGiven f)
    {
        string where = f.Location ?? (f.Channel == Choices.Channel.Web ? "web" : "email survey");
        var row = new Entity(Tables.Feedback)
        {
            [FeedbackColumns.Name] = $"Answer {f.At:yyyy-MM-dd} ({where})",
            [FeedbackColumns.Channel] = new OptionSetValue(f.Channel),
            [FeedbackColumns.Segment] = new OptionSetValue(f.Segment),
            [FeedbackColumns.AnsweredOn] = f.At,
            [FeedbackColumns.SourceReference] = f.Reference,
        };
        if (f.Csat is int csat) row[FeedbackColumns.Csat] = csat;
        if (f.Ces is int ces) row[FeedbackColumns.Ces] = ces;
        if (f.Nps is int nps) row[FeedbackColumns.Nps] = nps;
        if (f.Comment is string comment) row[FeedbackColumns.Comment] = comment;
        if (f.Location is string location) row[FeedbackColumns.Location] = location;
        if (f.Customer is int customer) row[FeedbackColumns.Contact] = Contact(customer);
        if (f.Case is int caseIndex && Case(caseIndex) is EntityReference about) row[FeedbackColumns.Case] = about;
        return row;
    }

    private static void SetState(LocalOrganizationService service, string table, Guid id, int state, int status) =>
        service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference(table, id),
            ["State"] = new OptionSetValue(state),
            ["Status"] = new OptionSetValue(status),
        });

    /// <summary>
    /// A service whose correlation and request ids come from the replay's seeded sequence: plug-ins derive
    /// follow-up ids from the correlation id, and the same seed must give the same rows.
    /// </summary>
    private LocalOrganizationService SeededService(LocalOrganization organization, Guid userId)
    {
        LocalOrganizationService service = organization.GetService(userId);
        service.RequestIds = NextRequestId;
        return service;
    }

    private Guid NextRequestId()
    {
        var bytes = new byte[16];
        _requestIds.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private LocalOrganizationService Agent(int index)
    {
        if (!_agentServices.TryGetValue(index, out LocalOrganizationService? service))
        {
            service = SeededService(_organization, _agents[index]);
            _agentServices[index] = service;
        }
        return service;
    }

    private EntityReference Contact(int index) => new(Tables.Contact, _contacts[index]);

    private EntityReference User(int index) => new(Tables.SystemUser, _agents[index]);

    /// <summary>The case, or null when it could not be created (the failure is already counted).</summary>
    private EntityReference? Case(int index) =>
        _cases.TryGetValue(index, out Guid id) && id != Guid.Empty ? new EntityReference(Tables.Incident, id) : null;

    private EntityReference Regarding(int customer, int? caseIndex) =>
        caseIndex is int c && Case(c) is EntityReference about ? about : Contact(customer);

    private static EntityCollection Parties(EntityReference party) =>
        new(new List<Entity> { new(Tables.ActivityParty) { [ActivityPartyColumns.PartyId] = party } }) { EntityName = Tables.ActivityParty };

    /// <summary>Runs one operation; a fault is counted and kept (the first few) rather than ending the demo.</summary>
    private Guid Do(Func<Guid> operation, string what)
    {
        try
        {
            return operation();
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            Fail($"{what}: {fault.Detail?.Message ?? fault.Message}");
        }
        catch (InvalidPluginExecutionException ex)
        {
            Fail($"{what}: {ex.Message}");
        }
        return Guid.Empty;
    }

    private void Fail(string message)
    {
        _meter.CountFailedOperation();
        if (_failures.Count < 20) _failures.Add(message);
    }

    private void DrainAsync()
    {
        if (_organization.Plugins is PluginPipeline pipeline)
        {
            foreach (AsyncJobResult result in pipeline.AsyncQueue.Drain())
            {
                if (result.Outcome == StepOutcome.Failed)
                {
                    _meter.CountFailedJob();
                    if (_failures.Count < 20) _failures.Add($"asynchronous {result.Job.Step.Name}: {result.Error}");
                }
            }
        }
        _meter.Collect();
    }
}

/// <summary>What a replay leaves besides the organization's rows: contact ids in customer order, the service calls measured, failures, and when it ended.</summary>
public sealed record DemoReplayResult(IReadOnlyList<Guid> Contacts, ServiceCallTotals Calls, IReadOnlyList<string> Failures, DateTime EndedAt,
    CalibrationRun? Calibration = null, DateTime? CalibratedAt = null);
// Calibration: the last calibration run; CalibratedAt: the first (cases resolved from then on are the holdout).
