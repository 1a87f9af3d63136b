using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Metadata.Standard;
using CxJourney.SolutionModel.Reading;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Catalog;

/// <summary>
/// Every table the local organization has: the built-in standard tables merged with what
/// Solution/ defines (new tables, columns added to standard tables, global choices, relationships).
/// Table and column logical names match exactly: Dataverse logical names are lower case, and a
/// request for "Contact" fails the way the platform fails it.
/// </summary>
public sealed class MetadataCatalog
{
    private static readonly Lazy<MetadataCatalog> StandardCatalog = new(() => new MetadataCatalog(
        StandardTables.All, Array.Empty<OptionSetDefinition>(), Array.Empty<RelationshipMetadata>()));

    private readonly Dictionary<string, TableMetadata> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TableMetadata> _tablesBySet = new(StringComparer.Ordinal);
    private readonly Dictionary<int, TableMetadata> _tablesByTypeCode = new();
    private readonly Dictionary<string, OptionSetDefinition> _globalChoices = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RelationshipMetadata> _relationships = new(StringComparer.OrdinalIgnoreCase);

    internal MetadataCatalog(
        IEnumerable<TableMetadata> tables,
        IEnumerable<OptionSetDefinition> globalChoices,
        IEnumerable<RelationshipMetadata> relationships)
    {
        foreach (var table in tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal))
        {
            _tables.Add(table.LogicalName, table);
            _tablesBySet.TryAdd(table.EntitySetName, table);
            if (table.ObjectTypeCode is { } code) _tablesByTypeCode.TryAdd(code, table);
        }
        foreach (var choice in globalChoices) _globalChoices.TryAdd(choice.Name, choice);
        foreach (var relationship in relationships) _relationships.TryAdd(relationship.SchemaName, relationship);
        AddStandardRelationships();
    }

    /// <summary>The platform's relationships among the tables present (a solution's own definition of one wins).</summary>
    private void AddStandardRelationships()
    {
        foreach (RelationshipMetadata relationship in StandardRelationships.All())
        {
            if (!_tables.TryGetValue(relationship.ReferencingTable!, out TableMetadata? child) || !_tables.ContainsKey(relationship.ReferencedTable!)) continue;
            if (!child.TryGetColumn(relationship.ReferencingAttribute!, out ColumnMetadata? column)) continue;
            bool targets = false;
            foreach (string target in column.Targets) targets |= string.Equals(target, relationship.ReferencedTable, StringComparison.Ordinal);
            if (targets) _relationships.TryAdd(relationship.SchemaName, relationship);
        }
    }

    /// <summary>Only the built-in standard tables (an organization with no solution imported).</summary>
    public static MetadataCatalog Standard => StandardCatalog.Value;

    /// <summary>
    /// The standard tables merged with the solution's. Throws <see cref="SolutionFormatException"/>
    /// listing every inconsistency (unknown global choice, lookup without target, ...) with its file.
    /// </summary>
    public static MetadataCatalog Create(SolutionDefinition solution)
    {
        var result = Analyze(solution);
        if (result.HasErrors) throw new SolutionFormatException(solution.RootFolder, result.Issues);
        return result.Catalog;
    }

    /// <summary>Reads Solution/ and builds the catalog; throws <see cref="SolutionFormatException"/> on any error.</summary>
    public static MetadataCatalog Load(string solutionFolder) => Create(SolutionReader.Read(solutionFolder));

    /// <summary>Builds the catalog without throwing: inconsistent items are left out and reported.</summary>
    public static CatalogBuildResult Analyze(SolutionDefinition solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var issues = new List<SolutionIssue>();
        var catalog = SolutionMetadataBuilder.Build(solution, StandardTables.All, issues);
        return new CatalogBuildResult(catalog, issues);
    }

    /// <summary>Every table, ordered by logical name.</summary>
    public IReadOnlyCollection<TableMetadata> Tables => _tables.Values;

    public IReadOnlyCollection<OptionSetDefinition> GlobalChoices => _globalChoices.Values;

    public IReadOnlyCollection<RelationshipMetadata> Relationships => _relationships.Values;

    public bool ContainsTable(string logicalName)
    {
        ArgumentNullException.ThrowIfNull(logicalName);
        return _tables.ContainsKey(logicalName);
    }

    public bool TryGetTable(string logicalName, [NotNullWhen(true)] out TableMetadata? table)
    {
        ArgumentNullException.ThrowIfNull(logicalName);
        return _tables.TryGetValue(logicalName, out table);
    }

    /// <summary>The table, or <see cref="UnknownTableException"/>.</summary>
    public TableMetadata GetTable(string logicalName)
        => TryGetTable(logicalName, out var table) ? table : throw new UnknownTableException(logicalName);

    /// <summary>The column, or <see cref="UnknownTableException"/> / <see cref="UnknownColumnException"/>.</summary>
    public ColumnMetadata GetColumn(string tableLogicalName, string columnLogicalName)
        => GetTable(tableLogicalName).GetColumn(columnLogicalName);

    /// <summary>The table behind a Web API collection name (contacts, incidents).</summary>
    public bool TryGetTableByEntitySetName(string entitySetName, [NotNullWhen(true)] out TableMetadata? table)
    {
        ArgumentNullException.ThrowIfNull(entitySetName);
        return _tablesBySet.TryGetValue(entitySetName, out table);
    }

    public TableMetadata? FindTableByObjectTypeCode(int objectTypeCode)
        => _tablesByTypeCode.TryGetValue(objectTypeCode, out var table) ? table : null;

    public bool TryGetGlobalChoice(string name, [NotNullWhen(true)] out OptionSetDefinition? choice)
        => _globalChoices.TryGetValue(name, out choice);

    public bool TryGetRelationship(string schemaName, [NotNullWhen(true)] out RelationshipMetadata? relationship)
        => _relationships.TryGetValue(schemaName, out relationship);

    /// <summary>One-to-many relationships whose referenced (parent) table is <paramref name="tableLogicalName"/>.</summary>
    public IEnumerable<RelationshipMetadata> RelationshipsReferencing(string tableLogicalName)
        => _relationships.Values.Where(r => r.Kind == RelationshipKind.OneToMany
                                            && string.Equals(r.ReferencedTable, tableLogicalName, StringComparison.Ordinal));
}

/// <summary>What <see cref="MetadataCatalog.Analyze"/> built, and the inconsistencies it met.</summary>
public sealed record CatalogBuildResult(MetadataCatalog Catalog, IReadOnlyList<SolutionIssue> Issues)
{
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
}
