using System.Collections.Generic;

namespace CxJourney.SolutionModel.Metadata;

/// <summary>One statecode value of a table, with its default and valid statuscode values.</summary>
public sealed record TableState
{
    public required int Value { get; init; }
    public required string Label { get; init; }
    public required string InvariantName { get; init; }
    public required int DefaultStatus { get; init; }

    /// <summary>Every statuscode value valid with this state, in the order the metadata lists them.</summary>
    public required IReadOnlyList<int> Statuses { get; init; }

    public override string ToString() => $"{Value} {Label} (default status {DefaultStatus})";
}
