namespace CxJourney.SolutionModel.Schema;

/// <summary>The two kinds of relationship a solution can define.</summary>
public enum RelationshipKind
{
    OneToMany,
    ManyToMany,
}
