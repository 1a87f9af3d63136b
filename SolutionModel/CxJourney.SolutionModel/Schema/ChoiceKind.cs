namespace CxJourney.SolutionModel.Schema;

/// <summary>The kind of an option set, as &lt;OptionSetType&gt; names it.</summary>
public enum ChoiceKind
{
    Picklist,
    State,
    Status,
    Boolean,
}
