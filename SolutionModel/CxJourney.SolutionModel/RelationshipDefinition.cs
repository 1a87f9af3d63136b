using CxJourney.SolutionModel.Schema;


namespace CxJourney.SolutionModel;

/// <summary>
/// An &lt;EntityRelationship&gt; from Other/Relationships/&lt;table&gt;.xml (or inline in
/// customizations.xml). Table and column names are given both as written (schema case) and as
/// logical names.
/// </summary>
public sealed record RelationshipDefinition
{
    public required string Name { get; init; }
    public required RelationshipKind Kind { get; init; }

    // One-to-many, as written and as logical names.
    public string? ReferencingEntityName { get; init; }
    public string? ReferencedEntityName { get; init; }
    public string? ReferencingAttributeName { get; init; }
    public string? ReferencingTable => ReferencingEntityName?.ToLowerInvariant();
    public string? ReferencedTable => ReferencedEntityName?.ToLowerInvariant();
    public string? ReferencingAttribute => ReferencingAttributeName?.ToLowerInvariant();

    public CascadeRule? CascadeAssign { get; init; }
    public CascadeRule? CascadeDelete { get; init; }
    public CascadeRule? CascadeReparent { get; init; }
    public CascadeRule? CascadeShare { get; init; }
    public CascadeRule? CascadeUnshare { get; init; }
    public CascadeRule? CascadeArchive { get; init; }
    public bool IsHierarchical { get; init; }
    public bool IsCustomizable { get; init; } = true;

    // Many-to-many.
    public string? FirstEntityName { get; init; }
    public string? SecondEntityName { get; init; }
    public string? IntersectEntityName { get; init; }

    public required SourceLocation Source { get; init; }

    public override string ToString() => Name;
}
