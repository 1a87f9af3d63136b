using System;
using System.Collections.Generic;
using CxJourney.Emulator.Messages;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator;

/// <summary>
/// Everything a message handler works with: the metadata, the store, the clock, the id source,
/// the request processor (for sub-operations), and the record operations built on them. One per
/// organization; handlers receive it in their constructor.
/// </summary>
public sealed class OrganizationCore
{
    internal OrganizationCore(MetadataCatalog catalog, OrganizationClock clock, IdGenerator ids)
    {
        Catalog = catalog;
        Clock = clock;
        Ids = ids;
        Store = new OrganizationStore();
        Processor = new RequestProcessor(Store);
        Values = new ColumnValues(this);
        Writer = new RecordWriter(this);
        Reader = new RecordReader(this);
        AutoNumbers = new AutoNumbers(this);
        Security = new Security.SecurityModel(this);
        Access = new Security.AccessChecks(this);
    }

    public MetadataCatalog Catalog { get; private set; }

    /// <summary>A solution import's new metadata (a superset of the old); callers hold the store's gate.</summary>
    internal void ReplaceCatalog(MetadataCatalog catalog) => Catalog = catalog;

    public OrganizationClock Clock { get; }

    /// <summary>Which alternate keys' indexes are still being built (requests using them fail).</summary>
    public AlternateKeyIndexes KeyIndexes => _keyIndexes ??= new AlternateKeyIndexes(() => Clock.UtcNow);

    private AlternateKeyIndexes? _keyIndexes;

    public IdGenerator Ids { get; }

    public OrganizationStore Store { get; }

    public RequestProcessor Processor { get; }

    /// <summary>The built-in administrator every service runs as unless told otherwise.</summary>
    public Guid AdminUserId { get; internal set; }

    public Guid RootBusinessUnitId { get; internal set; }

    public Guid OrganizationId { get; internal set; }

    /// <summary>Roles, teams' and users' roles, shares, column security; each user's effective access.</summary>
    public Security.SecurityModel Security { get; }

    internal Security.AccessChecks Access { get; }

    /// <summary>The same checks as the record operations see them.</summary>
    internal IRecordGuard Guard => Access;

    internal ColumnValues Values { get; }

    internal RecordWriter Writer { get; }

    internal RecordReader Reader { get; }

    internal AutoNumbers AutoNumbers { get; }

    /// <summary>The table's metadata, or the platform's unknown-entity fault; makes sure the store can hold its rows.</summary>
    public TableMetadata Table(string? logicalName)
    {
        if (string.IsNullOrEmpty(logicalName) || !Catalog.TryGetTable(logicalName, out TableMetadata? table))
        {
            throw RecordFaults.UnknownTable(logicalName ?? "");
        }
        EnsureStorage(table);
        return table;
    }

    public bool TryTable(string? logicalName, out TableMetadata table)
    {
        if (!string.IsNullOrEmpty(logicalName) && Catalog.TryGetTable(logicalName, out TableMetadata? found))
        {
            EnsureStorage(found);
            table = found;
            return true;
        }
        table = null!;
        return false;
    }

    /// <summary>The stored row (not a copy), or null.</summary>
    internal Entity? Find(string table, Guid id) => Store.Find(table, id);

    /// <summary>
    /// The id a reference names: its Id, or the row its alternate-key values identify. Faults as
    /// the platform does when the table, the key or the row does not exist.
    /// </summary>
    public Guid ResolveReference(EntityReference reference)
    {
        TableMetadata table = Table(reference.LogicalName);
        if (reference.Id != Guid.Empty)
        {
            if (!Store.Contains(table.LogicalName, reference.Id)) throw RecordFaults.RecordNotFound(table.LogicalName, reference.Id);
            return reference.Id;
        }
        if (reference.KeyAttributes.Count > 0)
        {
            return FindByKey(table, reference.KeyAttributes) ?? throw RecordFaults.RecordNotFoundByKey(table.LogicalName);
        }
        throw RecordFaults.RecordNotFound(table.LogicalName, Guid.Empty);
    }

    /// <summary>The row identified by key attributes: the primary key column alone, or an alternate key's columns.</summary>
    internal Guid? FindByKey(TableMetadata table, KeyAttributeCollection keys)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> pair in keys)
        {
            if (!table.TryGetColumn(pair.Key, out ColumnMetadata? column)) throw RecordFaults.UnknownColumn(table.LogicalName, pair.Key);
            values[pair.Key] = pair.Value is null ? null : Values.Prepare(table, column, pair.Value);
        }
        if (values.Count == 1 && values.TryGetValue(table.PrimaryIdAttribute, out object? idValue) && idValue is Guid id)
        {
            return Store.Contains(table.LogicalName, id) ? id : null;
        }
        Guid? found = Store.FindByAlternateKey(table.LogicalName, values, out AlternateKeyDefinition? key);
        if (key is null)
        {
            // https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
            throw Faults.Fault.Create(
                Faults.ErrorCodes.EntityKeyNotDefined,
                $"The specified key attributes are not a defined key for the {table.LogicalName} entity: ({string.Join(", ", values.Keys)}) is not one of its alternate keys.");
        }
        // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
        // (the index is built by a system job; until the key is Active, requests that use it fail)
        AlternateKeyIndexStatus status = KeyIndexes.StatusOf(table.LogicalName, key.LogicalName);
        if (status != AlternateKeyIndexStatus.Active)
        {
            throw Faults.Fault.Create(
                Faults.ErrorCodes.EntityKeyNotActive,
                $"The alternate key '{key.LogicalName}' of entity '{table.LogicalName}' cannot be used: its index is {status} (EntityKeyIndexStatus), not Active. Its system job is still building the index after the key was created or imported.");
        }
        return found;
    }

    /// <summary>Registers the table with the store: its lookup columns indexed, its alternate keys unique.</summary>
    internal void EnsureStorage(TableMetadata table)
    {
        if (Store.HasTable(table.LogicalName)) return;
        var indexed = new List<string>();
        foreach (ColumnMetadata column in table.Columns)
        {
            // Lookups, and the id columns of intersect tables, so that a query by them never scans.
            bool foreignId = column.Type == ColumnType.Uniqueidentifier && column.LogicalName != table.PrimaryIdAttribute;
            if (column.IsLookup || foreignId) indexed.Add(column.LogicalName);
        }
        var keys = new List<AlternateKeyDefinition>();
        foreach (AlternateKeyMetadata key in table.AlternateKeys)
        {
            keys.Add(new AlternateKeyDefinition(key.LogicalName, key.DisplayName, key.KeyAttributes));
        }
        Store.EnsureTable(new TableStorageDefinition(table.LogicalName, indexed, keys));
    }
}
