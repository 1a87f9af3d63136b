namespace CxJourney.SolutionModel.Schema;

/// <summary>
/// One value of a choice column. A status option names the state it belongs to (<see cref="State"/>);
/// a state option names its default status and invariant name.
/// </summary>
public sealed record ChoiceOption
{
    public required int Value { get; init; }
    public required string Label { get; init; }
    public string? Description { get; init; }

    /// <summary>For a statuscode option: the statecode value it belongs to.</summary>
    public int? State { get; init; }

    /// <summary>For a statecode option: the statuscode a row gets when set to this state without one.</summary>
    public int? DefaultStatus { get; init; }

    /// <summary>For a statecode option: the language-independent name (Active, Resolved...).</summary>
    public string? InvariantName { get; init; }

    public override string ToString() => $"{Value} {Label}";
}
