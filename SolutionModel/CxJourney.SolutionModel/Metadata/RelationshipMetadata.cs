using CxJourney.SolutionModel.Schema;


namespace CxJourney.SolutionModel.Metadata;

/// <summary>
/// A relationship the local organization enforces. One-to-many: the referencing table's lookup
/// column points at the referenced table, with the cascade rules applied when the referenced row
/// is assigned, deleted, reparented or shared. Many-to-many: two tables joined by an intersect table.
/// </summary>
public sealed record RelationshipMetadata
{
    public required string SchemaName { get; init; }
    public required RelationshipKind Kind { get; init; }

    // One-to-many.
    public string? ReferencedTable { get; init; }
    public string? ReferencingTable { get; init; }
    public string? ReferencingAttribute { get; init; }
    public CascadeRule CascadeAssign { get; init; } = CascadeRule.NoCascade;
    public CascadeRule CascadeDelete { get; init; } = CascadeRule.RemoveLink;
    public CascadeRule CascadeReparent { get; init; } = CascadeRule.NoCascade;
    public CascadeRule CascadeShare { get; init; } = CascadeRule.NoCascade;
    public CascadeRule CascadeUnshare { get; init; } = CascadeRule.NoCascade;
    public CascadeRule CascadeArchive { get; init; } = CascadeRule.NoCascade;
    public bool IsHierarchical { get; init; }

    // Many-to-many.
    public string? FirstTable { get; init; }
    public string? SecondTable { get; init; }
    public string? IntersectTable { get; init; }

    public SourceLocation? Source { get; init; }

    public override string ToString() => Kind == RelationshipKind.OneToMany
        ? $"{SchemaName}: {ReferencingTable}.{ReferencingAttribute} -> {ReferencedTable}"
        : $"{SchemaName}: {FirstTable} <-> {SecondTable} via {IntersectTable}";
}
