using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Messages;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Reading;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator;

/// <summary>
/// An in-process Dataverse organization for tests, the demo and the views. It starts with its
/// organization row, a root business unit and an administrator (the user services run as by
/// default); built from a solution folder, it also holds the solution's environment variables as
/// an import leaves them. Requests go through <see cref="GetService"/> like against a real organization;
/// <see cref="Seed"/>, <see cref="Get"/> and <see cref="Query"/> set up and inspect data directly.
/// </summary>
public sealed class LocalOrganization
{
    /// <summary>The default clock's start: a fixed instant, so createdon and date operators are reproducible.</summary>
    public static readonly DateTime DefaultStart = new(2024, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly LocalOrganizationOptions _options;
    private readonly Import.SolutionImport _imports;

    private LocalOrganization(OrganizationCore core, LocalOrganizationOptions options)
    {
        Core = core;
        Name = options.Name;
        _options = options;
        _imports = new Import.SolutionImport(this);
    }

    public string Name { get; }

    /// <summary>The organization's internals: metadata, store, request processor (the pipeline's seam).</summary>
    public OrganizationCore Core { get; }

    public MetadataCatalog Metadata => Core.Catalog;

    public OrganizationClock Clock => Core.Clock;

    public RequestProcessor Processor => Core.Processor;

    public Guid OrganizationId => Core.OrganizationId;

    public Guid AdminUserId => Core.AdminUserId;

    public Guid RootBusinessUnitId => Core.RootBusinessUnitId;

    /// <summary>The plug-in pipeline (steps, execution log, async queue, unit mode), or null when the organization runs no plug-ins.</summary>
    public Pipeline.PluginPipeline? Plugins => Core.Processor.Pipeline as Pipeline.PluginPipeline;

    /// <summary>Roles, role and profile assignments, shares and column security (business units, users and teams are rows).</summary>
    public Security.SecurityModel Security => Core.Security;

    /// <summary>Starts a user for a test or a demo: <c>org.NewUser("Ada", "Agent").In(unit).WithRoles("CX Agent").Create()</c>.</summary>
    public Security.UserBuilder NewUser(string firstName, string lastName) => new(this, firstName, lastName);

    /// <summary>Gives a user or an owner team a role by name (the solution's roles, or "System Administrator").</summary>
    public void AssignRole(Guid principalId, string roleName) => Core.Security.AssignRole(principalId, roleName);

    public static LocalOrganization Create(LocalOrganizationOptions? options = null)
    {
        options ??= new LocalOrganizationOptions();
        SolutionDefinition? solution = options.SolutionFolder is string folder && (options.Metadata is null || options.PluginAssemblies is not null)
            ? SolutionReader.Read(folder)
            : null;
        if (solution is not null) solution = SolutionLayers.Import(solution, options.AddOnSolutionFolders);
        MetadataCatalog catalog = options.Metadata
            ?? (solution is not null ? MetadataCatalog.Create(solution) : MetadataCatalog.Standard);
        var core = new OrganizationCore(catalog, options.Clock ?? new OrganizationClock(DefaultStart), new IdGenerator(options.IdSeed));
        foreach (IMessageHandler handler in StandardHandlers(core)) core.Processor.Register(handler);
        var organization = new LocalOrganization(core, options);
        core.Processor.Register(new ImportSolutionAsyncHandler(organization));
        core.Processor.Register(new PublishAllXmlHandler());
        organization.Bootstrap();
        if (solution is not null)
        {
            EnvironmentVariableImport.Apply(core, solution, organization.AdminUserId);
            core.Security.AddRoles(solution.Roles);
        }
        if (solution is not null && options.AlternateKeyIndexBuild is TimeSpan build)
        {
            foreach (TableDefinition defined in solution.Tables)
            {
                if (!catalog.TryGetTable(defined.LogicalName, out TableMetadata? table)) continue;
                foreach (AlternateKeyMetadata key in table.AlternateKeys) core.KeyIndexes.StartBuild(table.LogicalName, key.LogicalName, core.Clock.UtcNow + build);
            }
        }
        if (options.PluginAssemblies is not null)
        {
            Pipeline.PluginPipeline.Attach(organization, solution, options.PluginAssemblies, options.Pipeline);
        }
        return organization;
    }

    /// <summary>
    /// Imports a packed solution zip (what `cxjourney pack` writes) as ImportSolution does: tables,
    /// steps, environment variables, web resources and the solution row. The same solution at the same
    /// version again changes nothing (<see cref="Import.SolutionImportResult.Changed"/> is false).
    /// Throws <see cref="Import.SolutionImportException"/> (the reader's, the metadata's or the step
    /// registration's message) for a zip that cannot be imported, leaving the organization as it was.
    /// </summary>
    public Import.SolutionImportResult ImportSolution(byte[] customizationFile)
    {
        try
        {
            return _imports.Import(customizationFile);
        }
        catch (Exception error) when (error is SolutionFormatException or System.IO.InvalidDataException or MetadataException or Pipeline.PluginRegistrationException)
        {
            throw new Import.SolutionImportException(error.Message, error);
        }
    }

    /// <summary>The solutions imported with <see cref="ImportSolution"/>, in order.</summary>
    public IReadOnlyList<SolutionDefinition> ImportedSolutions => _imports.Imported;

    /// <summary>Runs the steps of <paramref name="solution"/> with the plug-in assemblies given at creation (none: no plug-ins run).</summary>
    internal void AttachSteps(SolutionDefinition solution)
    {
        if (_options.PluginAssemblies is null) return;
        Pipeline.PluginPipeline.Attach(this, solution, _options.PluginAssemblies, _options.Pipeline);
    }

    public static LocalOrganization Create(MetadataCatalog metadata) => Create(new LocalOrganizationOptions { Metadata = metadata });

    /// <summary>The handlers of every message the local organization supports.</summary>
    private static IEnumerable<IMessageHandler> StandardHandlers(OrganizationCore core) =>
    [
        new CreateHandler(core),
        new RetrieveHandler(core),
        new UpdateHandler(core),
        new DeleteHandler(core),
        new RetrieveMultipleHandler(core),
        new UpsertHandler(core),
        new ExecuteMultipleHandler(core),
        new ExecuteTransactionHandler(core),
        new CreateMultipleHandler(core),
        new UpdateMultipleHandler(core),
        new UpsertMultipleHandler(core),
        new SetStateHandler(core),
        new AssignHandler(core),
        new CloseIncidentHandler(core),
        new AssociateHandler(core),
        new DisassociateHandler(core),
        new WhoAmIHandler(core),
        GrantAccessHandler.Grant(core),
        GrantAccessHandler.Modify(core),
        new RevokeAccessHandler(core),
        new RetrievePrincipalAccessHandler(core),
    ];

    /// <summary>The system jobs building alternate key indexes have finished: every key is Active.</summary>
    public void ActivateAlternateKeys() => Core.KeyIndexes.ActivateAll();

    /// <summary>The index status of an alternate key (EntityKeyIndexStatus).</summary>
    public AlternateKeyIndexStatus AlternateKeyStatus(string table, string key) => Core.KeyIndexes.StatusOf(table, key);

    /// <summary>An organization service for a user (default: the administrator).</summary>
    public LocalOrganizationService GetService(Guid? userId = null)
    {
        Guid user = userId ?? AdminUserId;
        if (Find("systemuser", user) is null) throw new ArgumentException($"No systemuser {user} exists in the local organization; create it with CreateUser first.", nameof(userId));
        return new LocalOrganizationService(Core, user);
    }

    /// <summary>Adds a user (enabled, read-write) in a business unit (default: the root one).</summary>
    public Guid CreateUser(string firstName, string lastName, Guid? businessUnitId = null, Guid? id = null)
    {
        var user = new Entity("systemuser", id ?? Core.Ids.NewId())
        {
            ["firstname"] = firstName,
            ["lastname"] = lastName,
            ["domainname"] = $"{firstName}.{lastName}@{Name}.onmicrosoft.com".ToLowerInvariant().Replace(' ', '.'),
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId ?? RootBusinessUnitId),
        };
        return Insert(user);
    }

    /// <summary>A user by domain name or full name (case-insensitive), or null; for "serve as" options.</summary>
    public Guid? FindUser(string domainOrFullName)
    {
        foreach (Entity user in Query("systemuser"))
        {
            if (string.Equals(user.GetAttributeValue<string>("domainname"), domainOrFullName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(user.GetAttributeValue<string>("fullname"), domainOrFullName, StringComparison.OrdinalIgnoreCase)) return user.Id;
        }
        return null;
    }

    /// <summary>Adds a business unit under a parent (default: the root one).</summary>
    public Guid CreateBusinessUnit(string name, Guid? parentBusinessUnitId = null) =>
        Insert(new Entity("businessunit", Core.Ids.NewId())
        {
            ["name"] = name,
            ["parentbusinessunitid"] = new EntityReference("businessunit", parentBusinessUnitId ?? RootBusinessUnitId),
        });

    /// <summary>Adds an owner team (administered by the administrator) with the given members.</summary>
    public Guid CreateTeam(string name, Guid? businessUnitId = null, params Guid[] memberUserIds)
    {
        Guid teamId = Insert(new Entity("team", Core.Ids.NewId())
        {
            ["name"] = name,
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId ?? RootBusinessUnitId),
            ["administratorid"] = new EntityReference("systemuser", AdminUserId),
            ["teamtype"] = new OptionSetValue(0),
        });
        if (memberUserIds.Length > 0)
        {
            lock (Core.Store.Gate)
            {
                foreach (Guid user in memberUserIds) AddTeamMemberLocked(teamId, user);
            }
        }
        return teamId;
    }

    /// <summary>
    /// Records a user's membership of a team as a row of the platform's intersect table
    /// teammembership (teamid, systemuserid), through the teammembership_association relationship
    /// when the metadata defines it.
    /// </summary>
    public void AddTeamMember(Guid teamId, Guid userId)
    {
        lock (Core.Store.Gate)
        {
            AddTeamMemberLocked(teamId, userId);
        }
    }

    private void AddTeamMemberLocked(Guid teamId, Guid userId)
    {
        Core.ResolveReference(new EntityReference("systemuser", userId));
        if (Metadata.TryGetRelationship("teammembership_association", out RelationshipMetadata? membership))
        {
            var links = new ManyToManyLinks(Core, membership);
            bool teamFirst = links.FirstTable == "team";
            if (links.Find(teamFirst ? teamId : userId, teamFirst ? userId : teamId) is null) links.Add(null, teamFirst ? teamId : userId, teamFirst ? userId : teamId);
            return;
        }
        Core.Store.EnsureTable(new TableStorageDefinition("teammembership", new[] { "teamid", "systemuserid" }, Array.Empty<Store.AlternateKeyDefinition>()));
        Guid id = Core.Ids.NewId();
        var row = new Entity("teammembership", id) { ["teammembershipid"] = id, ["teamid"] = teamId, ["systemuserid"] = userId };
        long version = Core.Store.NextRowVersion();
        row["versionnumber"] = version;
        row.RowVersion = OrganizationStore.FormatRowVersion(version);
        Core.Store.Insert(null, row);
    }

    /// <summary>Adds a public queue owned by the administrator.</summary>
    public Guid CreateQueue(string name) => Insert(new Entity("queue", Core.Ids.NewId()) { ["name"] = name });

    /// <summary>
    /// Inserts rows directly, without the plug-in pipeline: values are checked against the
    /// metadata as a Create checks them, but the rows may carry statecode/statuscode, createdon,
    /// createdby and owner as the data being set up requires. All or nothing.
    /// </summary>
    public void Seed(params Entity[] rows)
    {
        lock (Core.Store.Gate)
        {
            StoreTransaction transaction = Core.Store.BeginTransaction();
            RequestContext context = RequestContext.ForCaller(AdminUserId).WithTransaction(transaction);
            try
            {
                foreach (Entity row in rows) Core.Writer.Create(row, context, WriteMode.Seed);
                transaction.Commit();
            }
            catch
            {
                transaction.Rollback();
                throw;
            }
        }
    }

    /// <summary>A copy of the row with every column, lookup names and formatted values; throws when there is none.</summary>
    public Entity Get(string table, Guid id) =>
        Find(table, id) ?? throw new KeyNotFoundException($"No {table} row {id} exists in the local organization.");

    /// <summary>A copy of the row, or null.</summary>
    public Entity? Find(string table, Guid id)
    {
        lock (Core.Store.Gate)
        {
            TableMetadata metadata = Core.Table(table);
            Entity? stored = Core.Store.Find(table, id);
            return stored is null ? null : Core.Reader.Project(metadata, stored, null);
        }
    }

    /// <summary>Copies of every row of a table, in the order they were created.</summary>
    public IReadOnlyList<Entity> Query(string table)
    {
        lock (Core.Store.Gate)
        {
            if (IsIntersectWithoutMetadata(table)) return Core.Store.Scan(table).Select(RowCopy.Clone).ToList();
            TableMetadata metadata = Core.Table(table);
            return Core.Store.Scan(table).Select(row => Core.Reader.Project(metadata, row, null)).ToList();
        }
    }

    /// <summary>How many rows a table holds.</summary>
    public int Count(string table)
    {
        lock (Core.Store.Gate)
        {
            return IsIntersectWithoutMetadata(table) ? Core.Store.Count(table) : Core.Store.Count(Core.Table(table).LogicalName);
        }
    }

    /// <summary>A many-to-many relationship's intersect table the metadata does not describe (its rows live in the store only).</summary>
    private bool IsIntersectWithoutMetadata(string table) =>
        !Metadata.ContainsTable(table)
        && Metadata.Relationships.Any(r => r.Kind == RelationshipKind.ManyToMany && string.Equals(r.IntersectTable, table, StringComparison.Ordinal));

    private Guid Insert(Entity row)
    {
        Seed(row);
        return row.Id;
    }

    /// <summary>The rows every organization has: itself, its root business unit and its administrator.</summary>
    private void Bootstrap()
    {
        Core.OrganizationId = Core.Ids.NewId();
        Core.RootBusinessUnitId = Core.Ids.NewId();
        Core.AdminUserId = Core.Ids.NewId();
        lock (Core.Store.Gate)
        {
            StoreTransaction transaction = Core.Store.BeginTransaction();
            RequestContext context = RequestContext.ForCaller(AdminUserId).WithTransaction(transaction);
            if (Metadata.ContainsTable("organization"))
            {
                Core.Writer.Create(new Entity("organization", OrganizationId) { ["name"] = Name }, context, WriteMode.Seed);
            }
            Core.Writer.Create(new Entity("businessunit", RootBusinessUnitId) { ["name"] = Name }, context, WriteMode.Seed);
            Core.Writer.Create(new Entity("systemuser", AdminUserId)
            {
                ["firstname"] = "System",
                ["lastname"] = "Administrator",
                ["domainname"] = $"admin@{Name}.onmicrosoft.com",
                ["businessunitid"] = new EntityReference("businessunit", RootBusinessUnitId),
            }, context, WriteMode.Seed);
            transaction.Commit();
        }
        // https://learn.microsoft.com/power-platform/admin/database-security#predefined-security-roles
        Core.Security.AssignRole(AdminUserId, CxJourney.Emulator.Security.SecurityModel.SystemAdministratorRoleId);
    }
}
