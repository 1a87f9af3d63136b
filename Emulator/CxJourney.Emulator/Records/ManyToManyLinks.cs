using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// The rows of a many-to-many relationship's intersect table: one row per associated pair,
/// holding the two records' ids in columns named after the tables' primary keys (with "one" and
/// "two" appended when a table is related to itself), as the platform's intersect tables do.
/// </summary>
internal sealed class ManyToManyLinks
{
    private readonly OrganizationCore _core;
    private readonly RelationshipMetadata _relationship;
    private readonly string? _intersectIdColumn;

    public ManyToManyLinks(OrganizationCore core, RelationshipMetadata relationship)
    {
        _core = core;
        _relationship = relationship;
        TableMetadata first = core.Table(relationship.FirstTable);
        TableMetadata second = core.Table(relationship.SecondTable);
        IntersectTable = relationship.IntersectTable ?? relationship.SchemaName.ToLowerInvariant();
        bool reflexive = first.LogicalName == second.LogicalName;
        FirstColumn = reflexive ? first.PrimaryIdAttribute + "one" : first.PrimaryIdAttribute;
        SecondColumn = reflexive ? second.PrimaryIdAttribute + "two" : second.PrimaryIdAttribute;
        if (core.TryTable(IntersectTable, out TableMetadata intersect))
        {
            _intersectIdColumn = intersect.PrimaryIdAttribute;
        }
        else
        {
            core.Store.EnsureTable(new TableStorageDefinition(IntersectTable, new[] { FirstColumn, SecondColumn }, Array.Empty<AlternateKeyDefinition>()));
        }
    }

    public string IntersectTable { get; }

    public string FirstColumn { get; }

    public string SecondColumn { get; }

    public string FirstTable => _relationship.FirstTable!;

    public string SecondTable => _relationship.SecondTable!;

    /// <summary>Linking or unlinking two rows needs Append and AppendTo on both.</summary>
    public void DemandLink(Requests.RequestContext context, Guid firstId, Guid secondId)
    {
        foreach ((string table, Guid id) in new[] { (FirstTable, firstId), (SecondTable, secondId) })
        {
            if (!_core.TryTable(table, out TableMetadata metadata) || _core.Store.Find(table, id) is not Entity row) continue;
            _core.Guard.DemandLink(context, metadata, row);
        }
    }

    public Entity? Find(Guid firstId, Guid secondId)
    {
        IReadOnlyCollection<Entity> candidates = _core.Store.FindByIndex(IntersectTable, FirstColumn, firstId) ?? Array.Empty<Entity>();
        return candidates.FirstOrDefault(row => IdIn(row, SecondColumn) == secondId);
    }

    public void Add(StoreTransaction? transaction, Guid firstId, Guid secondId)
    {
        Guid id = _core.Ids.NewId();
        var row = new Entity(IntersectTable, id);
        row[_intersectIdColumn ?? IntersectTable + "id"] = id;
        row[FirstColumn] = firstId;
        row[SecondColumn] = secondId;
        long version = _core.Store.NextRowVersion();
        row[SystemColumns.VersionNumber] = version;
        row.RowVersion = OrganizationStore.FormatRowVersion(version);
        _core.Store.Insert(transaction, row);
    }

    public void Remove(StoreTransaction? transaction, Entity link) => _core.Store.Remove(transaction, IntersectTable, link.Id);

    /// <summary>Every link row that names the record on either side (for a deleted record).</summary>
    public IEnumerable<Entity> LinksOf(string table, Guid id)
    {
        var found = new List<Entity>();
        if (table == FirstTable) found.AddRange(_core.Store.FindByIndex(IntersectTable, FirstColumn, id) ?? Array.Empty<Entity>());
        if (table == SecondTable) found.AddRange(_core.Store.FindByIndex(IntersectTable, SecondColumn, id) ?? Array.Empty<Entity>());
        return found.Distinct().ToList();
    }

    private static Guid? IdIn(Entity row, string column) => row.Attributes.TryGetValue(column, out object? value) ? value switch
    {
        Guid guid => guid,
        EntityReference reference => reference.Id,
        _ => null,
    } : null;
}
